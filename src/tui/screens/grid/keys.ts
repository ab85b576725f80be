import { movingKeys } from '../../moving-keys.js';
import type { Binding } from '../../screen.js';
import { apply, redo, undo } from '../../state/history.js';
import { toggleMoney } from '../../state/money.js';
import { save, saveAs } from '../../state/saving.js';
import { savedFileName, selectedName } from '../../state/selectors.js';
import { deleteCell, nudge } from '../../state/sheet.js';
import type { State } from '../../state/types.js';
import { error } from '../../state/update.js';
import { addPrompt, detailsPrompt, editPrompt, valueLabel } from './prompts.js';
import { newScenarioPrompt, openScenarioPrompt } from './scenario-prompts.js';
import { toggleSpread } from './spread.js';
import { moveSelection, pageYears, scrollYears, yearsAtEnd } from './state.js';

const selectedCell = (state: State) => {
  const name = selectedName(state);
  return name === undefined ? undefined : state.sheet.model.cells.get(name)?.cell;
};

function fileValue(state: State, name: string): number | undefined {
  const saved = state.saved.get(name);
  return saved?.kind === 'input' ? saved.value : undefined;
}

function nudgeSelected(state: State, steps: 1 | -1): State {
  const cell = selectedCell(state);
  return cell ? apply(state, nudge(state.sheet, cell.name, steps, fileValue(state, cell.name)), valueLabel(cell.name)) : state;
}

function edit(state: State): State {
  const cell = selectedCell(state);
  return cell ? editPrompt(state, cell) : state;
}

function editDetails(state: State): State {
  const cell = selectedCell(state);
  return cell ? detailsPrompt(state, cell) : state;
}

function deleteSelected(state: State): State {
  const cell = selectedCell(state);
  if (!cell) return state;
  if (state.scenario.cells.some((c) => c.name === cell.name)) {
    return error(state, `${cell.name} is part of ${savedFileName(state)}; only cells added here can be deleted`);
  }
  return apply(state, deleteCell(state.sheet, cell.name), `delete ${cell.name}`);
}

export const GRID_KEYS: readonly Binding[] = [
  ...movingKeys('grid', moveSelection, scrollYears),
  {
    command: 'grid.years-page-back',
    keys: ['['],
    label: '[',
    description: 'years: a page back',
    hint: 'years',
    footerKeys: '[ ]',
    footerRank: 13,
    run: (state) => pageYears(state, -1),
  },
  { command: 'grid.years-page-forward', keys: [']'], label: ']', description: 'years: a page forward', run: (state) => pageYears(state, 1) },
  { command: 'grid.first-year', keys: ['{'], label: '{', description: 'years: back to the first', run: (state) => yearsAtEnd(state, 'first') },
  { command: 'grid.last-year', keys: ['}'], label: '}', description: 'years: on to the last', run: (state) => yearsAtEnd(state, 'last') },
  {
    command: 'grid.edit',
    keys: ['enter', 'e'],
    label: 'Enter e',
    description: "edit the input's value or the formula",
    hint: 'edit',
    footerRank: 2,
    run: edit,
  },
  {
    command: 'grid.nudge-up',
    keys: ['+', '='],
    label: '+',
    description: 'raise the input by its step',
    hint: 'nudge',
    footerKeys: '+/-',
    footerRank: 4,
    run: (state) => nudgeSelected(state, 1),
  },
  { command: 'grid.nudge-down', keys: ['-', '_'], label: '-', description: 'lower the input by its step', run: (state) => nudgeSelected(state, -1) },
  { command: 'grid.add', keys: ['a'], label: 'a', description: 'add a formula cell (name, then formula)', hint: 'add', footerRank: 9, run: addPrompt },
  {
    command: 'grid.delete',
    keys: ['d'],
    label: 'd',
    description: 'delete a cell added since the file was opened',
    hint: 'delete',
    footerRank: 10,
    run: deleteSelected,
  },
  { command: 'grid.undo', keys: ['u'], label: 'u', description: 'undo the last change', hint: 'undo', footerRank: 3, run: undo },
  { command: 'grid.redo', keys: ['ctrl-r'], label: '^R', description: 'redo what was undone', hint: 'redo', footerRank: 8, run: redo },
  { command: 'grid.save', keys: ['s'], label: 's', description: 'save to the open file (comments kept)', hint: 'save', footerRank: 1, run: save },
  {
    command: 'grid.open-scenario',
    keys: ['O'],
    label: 'O',
    description: 'open another scenario file in place of this one (asks about unsaved changes first)',
    run: (state) => openScenarioPrompt(state),
  },
  {
    command: 'grid.new-scenario',
    keys: ['x'],
    label: 'x',
    description: 'start a new scenario: a file beside this one that extends it (unsaved changes go with it)',
    run: (state) => newScenarioPrompt(state),
  },
  {
    command: 'grid.save-as',
    keys: ['S'],
    label: 'S',
    description: 'save as a new file beside the open one',
    hint: 'save as',
    footerRank: 7,
    run: (state) => saveAs(state),
  },
  {
    command: 'grid.edit-details',
    keys: ['E'],
    label: 'E',
    description: "edit the cell's description, then its source (a source's id or assumption: why), then its unit",
    run: editDetails,
  },
  {
    command: 'grid.money',
    keys: ['$'],
    label: '$',
    description: "money in cash or in the base year's prices, through the scenario's deflator",
    run: toggleMoney,
  },
  {
    command: 'grid.spread',
    keys: ['p'],
    label: 'p',
    description: "p5–p95 beside each formula's value, from a simulation of the inputs' ranges (the file's samples and seed)",
    hint: 'p5–p95',
    footerRank: 15,
    run: toggleSpread,
  },
];
