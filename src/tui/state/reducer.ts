import { type Cell, formatNumber, sheetOf } from '../../engine/index.js';
import { type Scenario, scenarioNameOf } from '../../scenario/index.js';
import { clampHelpTop } from '../help.js';
import { answerFor, type Command, commandFor } from '../keymap.js';
import type { KeyName } from '../keys.js';
import { scrollTop } from '../layout.js';
import { comparisonCommand, emptyCompare, openPicker, pickerCommand, scenarioOpened, scenariosListed } from './compare.js';
import { withEdits } from './edits.js';
import { isDirty, rowNames, savedFileName, selectedName } from './selectors.js';
import { addFormulaCell, type Change, deleteCell, newNameProblem, nudge, setFormula, setValueText, valueText } from './sheet.js';
import { readAsNote } from './typed-values.js';
import type { Action, AfterSave, Effect, Message, Mode, Prompt, PromptPurpose, Question, Recovered, State } from './types.js';

const HISTORY_LIMIT = 500;

/** What the app found when opening the file: edits to offer back, or a note to show. */
export interface Opening {
  readonly recovered?: Recovered;
  readonly notice?: Message;
}

export function initialState(scenario: Scenario, opening: Opening = {}): State {
  const sheet = sheetOf(scenario.cells, scenario.baseYear);
  const { recovered, notice } = opening;
  return {
    scenario,
    saved: new Map(scenario.cells.map((cell) => [cell.name, cell])),
    savedResults: sheet.evaluation.results,
    sheet,
    undo: [],
    redo: [],
    selected: 0,
    gridTop: 0,
    firstYear: 0,
    layout: { rows: 20, yearColumns: 5 },
    mode: recovered ? { kind: 'question', question: { kind: 'restore', recovered } } : { kind: 'grid' },
    ...(notice ? { message: notice } : {}),
    effects: [],
    compare: emptyCompare,
  };
}

export const reducer = (state: State, action: Action): State => inView(step(state, action));

/** Scrolls the grid, the file picker and the comparison just enough to keep what is selected in each in view. */
function inView(state: State): State {
  const { layout, compare } = state;
  const gridTop = scrollTop(state.gridTop, state.selected, layout.rows, state.sheet.model.cells.size);
  const fileTop = scrollTop(compare.fileTop, compare.cursor, layout.pickerRows ?? 1, compare.files.length);
  const rowTop = scrollTop(compare.rowTop, compare.row, layout.compareRows ?? 1, compare.table?.formatted.rows.length ?? 0);
  const scrolled = gridTop === state.gridTop ? state : { ...state, gridTop };
  return fileTop === compare.fileTop && rowTop === compare.rowTop ? scrolled : { ...scrolled, compare: { ...compare, fileTop, rowTop } };
}

function step(state: State, action: Action): State {
  switch (action.type) {
    case 'keys':
      return action.keys.reduce(pressKey, state);
    case 'layout': {
      const next: State = { ...state, layout: action.layout, firstYear: clampYear(state, state.firstYear, action.layout.yearColumns) };
      return next.mode.kind === 'help' ? { ...next, mode: { ...next.mode, top: helpTop(next, next.mode.top) } } : next;
    }
    case 'effects-taken':
      return { ...state, effects: state.effects.slice(action.count) };
    case 'saved':
      return afterSave(state, action.scenario, action.cells, action.afterSave);
    case 'changed-on-disk':
      return { ...state, mode: { kind: 'question', question: { kind: 'overwrite', file: action.file, afterSave: action.afterSave } } };
    case 'save-failed':
      // A new file's name is asked again, so it can be changed.
      if (action.typed !== undefined) return saveAsPrompt(state, action.typed, `not saved: ${action.problem}; type another name or press Esc`);
      return { ...state, mode: { kind: 'grid' }, message: { tone: 'error', text: `not saved: ${action.problem}` } };
    case 'scenarios-listed':
      return scenariosListed(state, action.files);
    case 'scenario-opened':
      return scenarioOpened(state, action.file);
  }
}

/** Applies one key. Any message from the previous key is cleared first. */
export function pressKey(state: State, key: KeyName): State {
  const fresh: State = state.message ? { ...state, message: undefined } : state;
  if (key === 'ctrl-c' && state.mode.kind !== 'question') return runCommand({ ...fresh, mode: { kind: 'grid' } }, 'quit');
  switch (state.mode.kind) {
    case 'grid': {
      const command = commandFor(key);
      return command ? runCommand(fresh, command) : fresh;
    }
    case 'help':
      return helpKey(fresh, state.mode, key);
    case 'picker':
    case 'compare': {
      const view = state.mode.kind;
      const command = commandFor(key, view);
      if (command === 'help') return { ...fresh, mode: { kind: 'help', back: view, top: 0 } };
      if (command === 'quit') return runCommand(fresh, 'quit');
      if (!command) return fresh;
      return view === 'picker' ? pickerCommand(fresh, command) : comparisonCommand(fresh, command);
    }
    case 'prompt':
      return promptKey(fresh, state.mode.prompt, key);
    case 'question':
      return answer(fresh, state.mode.question, key);
  }
}

/** The help screen scrolls with the moving keys, within its lines. */
function helpKey(state: State, mode: Extract<Mode, { kind: 'help' }>, key: KeyName): State {
  const command = commandFor(key, 'help');
  if (command === 'close-help') return { ...state, mode: mode.back ? { kind: mode.back } : { kind: 'grid' } };
  const page = Math.max(1, (state.layout.helpRows ?? 1) - 1);
  const moves: Partial<Record<Command, number>> = {
    up: mode.top - 1,
    down: mode.top + 1,
    'page-up': mode.top - page,
    'page-down': mode.top + page,
    first: 0,
    last: Infinity,
  };
  const to = command === undefined ? undefined : moves[command];
  return to === undefined ? state : { ...state, mode: { ...mode, top: helpTop(state, to) } };
}

const helpTop = (state: State, top: number): number => clampHelpTop(top, state.layout.helpLines ?? 0, state.layout.helpRows ?? 1);

const info = (state: State, text: string): State => ({ ...state, message: { tone: 'info', text } });
const error = (state: State, text: string): State => ({ ...state, message: { tone: 'error', text } });
const withEffect = (state: State, effect: Effect): State => ({ ...state, effects: [...state.effects, effect] });

function select(state: State, index: number): State {
  const count = state.sheet.model.cells.size;
  return { ...state, selected: Math.max(0, Math.min(count - 1, index)) };
}

function clampYear(state: State, first: number, visible = state.layout.yearColumns): number {
  const years = state.sheet.evaluation.years.length;
  return Math.max(0, Math.min(first, years - Math.max(1, visible)));
}

function runCommand(state: State, command: Command): State {
  const name = selectedName(state);
  const cell = name === undefined ? undefined : state.sheet.model.cells.get(name)?.cell;
  const page = Math.max(1, state.layout.rows - 1);
  switch (command) {
    case 'up':
      return select(state, state.selected - 1);
    case 'down':
      return select(state, state.selected + 1);
    case 'page-up':
      return select(state, state.selected - page);
    case 'page-down':
      return select(state, state.selected + page);
    case 'first':
      return select(state, 0);
    case 'last':
      return select(state, state.sheet.model.cells.size - 1);
    case 'left':
      return { ...state, firstYear: clampYear(state, state.firstYear - 1) };
    case 'right':
      return { ...state, firstYear: clampYear(state, state.firstYear + 1) };
    case 'edit':
      if (!cell) return state;
      return cell.kind === 'input'
        ? openPrompt(state, { kind: 'value', cell: cell.name }, `${cell.name} =`, valueText(cell))
        : openPrompt(state, { kind: 'formula', cell: cell.name }, `${cell.name} =`, cell.formula);
    case 'nudge-up':
    case 'nudge-down':
      if (!cell) return state;
      return apply(state, nudge(state.sheet, cell.name, command === 'nudge-up' ? 1 : -1, fileValue(state, cell.name)), valueLabel(cell.name));
    case 'add':
      return openPrompt(state, { kind: 'new-name' }, 'new cell name:', '');
    case 'delete':
      if (!cell) return state;
      if (state.scenario.cells.some((c) => c.name === cell.name)) {
        return error(state, `${cell.name} is part of ${savedFileName(state)}; only cells added here can be deleted`);
      }
      return apply(state, deleteCell(state.sheet, cell.name), `delete ${cell.name}`);
    case 'undo':
      return undo(state);
    case 'redo':
      return redo(state);
    case 'save':
      return withEffect(state, { kind: 'save', file: state.scenario.file, force: false, newFile: false, afterSave: 'stay' });
    case 'save-as':
      return saveAsPrompt(state, '');
    case 'compare':
      return openPicker(state);
    case 'help':
      return { ...state, mode: { kind: 'help', top: 0 } };
    case 'toggle':
    case 'show-comparison':
    case 'open-file':
    case 'series-rows':
    case 'pick-again':
    case 'back':
    case 'close-help':
      return state; // keys of the picker, the comparison and the help
    case 'quit':
      return isDirty(state) ? { ...state, mode: { kind: 'question', question: { kind: 'quit' } } } : withEffect(state, { kind: 'exit' });
  }
}

/** Records a successful change for undo, or shows why it was refused. A function label is computed after the change. */
function apply(state: State, change: Change, label: string | ((after: State) => string)): State {
  if (!change.ok) return error(state, change.problem);
  const next: State = { ...state, sheet: change.sheet, redo: [] };
  const text = typeof label === 'string' ? label : label(next);
  const undo = [...state.undo.slice(-(HISTORY_LIMIT - 1)), { sheet: state.sheet, label: text }];
  return info(select({ ...next, undo, firstYear: clampYear(next, state.firstYear) }, state.selected), text);
}

function fileValue(state: State, name: string): number | undefined {
  const saved = state.saved.get(name);
  return saved?.kind === 'input' ? saved.value : undefined;
}

function valueLabel(name: string): (after: State) => string {
  return (after) => {
    const cell = after.sheet.model.cells.get(name)?.cell;
    return cell?.kind === 'input' ? `${name} = ${formatNumber(cell.value, cell.unit)}` : name;
  };
}

function undo(state: State): State {
  const entry = state.undo.at(-1);
  if (!entry) return info(state, 'nothing to undo');
  const next: State = { ...state, sheet: entry.sheet, undo: state.undo.slice(0, -1), redo: [...state.redo, { sheet: state.sheet, label: entry.label }] };
  return info(select({ ...next, firstYear: clampYear(next, state.firstYear) }, state.selected), `undid: ${entry.label}`);
}

function redo(state: State): State {
  const entry = state.redo.at(-1);
  if (!entry) return info(state, 'nothing to redo');
  const next: State = { ...state, sheet: entry.sheet, redo: state.redo.slice(0, -1), undo: [...state.undo, { sheet: state.sheet, label: entry.label }] };
  return info(select({ ...next, firstYear: clampYear(next, state.firstYear) }, state.selected), `redid: ${entry.label}`);
}

const saveAsPrompt = (state: State, text: string, problem?: string): State =>
  openPrompt(state, { kind: 'save-as' }, `save as (in ${dirOf(state.scenario.file)}):`, text, problem);

function openPrompt(state: State, purpose: PromptPurpose, label: string, text: string, problem?: string): State {
  return { ...state, mode: { kind: 'prompt', prompt: { purpose, label, text, cursor: [...text].length, ...(problem ? { problem } : {}) } } };
}

function editText(prompt: Prompt, key: KeyName): Prompt | undefined {
  const chars = [...prompt.text];
  const at = prompt.cursor;
  switch (key) {
    case 'left':
      return { ...prompt, cursor: Math.max(0, at - 1) };
    case 'right':
      return { ...prompt, cursor: Math.min(chars.length, at + 1) };
    case 'home':
    case 'ctrl-a':
      return { ...prompt, cursor: 0 };
    case 'end':
    case 'ctrl-e':
      return { ...prompt, cursor: chars.length };
    case 'backspace':
      if (at === 0) return prompt;
      chars.splice(at - 1, 1);
      return { ...prompt, text: chars.join(''), cursor: at - 1 };
    case 'ctrl-u':
      return { ...prompt, text: chars.slice(at).join(''), cursor: 0 };
    default:
      if ([...key].length !== 1) return undefined;
      chars.splice(at, 0, key);
      return { ...prompt, text: chars.join(''), cursor: at + 1 };
  }
}

function promptKey(state: State, prompt: Prompt, key: KeyName): State {
  if (key === 'escape')
    return { ...state, mode: { kind: prompt.purpose.kind === 'open-file' ? 'picker' : 'grid' }, message: { tone: 'info', text: 'cancelled' } };
  if (key === 'enter') return submit(state, prompt);
  const edited = editText(prompt, key);
  return edited ? { ...state, mode: { kind: 'prompt', prompt: { ...edited, problem: undefined } } } : state;
}

const refused = (state: State, prompt: Prompt, problem: string): State => ({ ...state, mode: { kind: 'prompt', prompt: { ...prompt, problem } } });

function submit(state: State, prompt: Prompt): State {
  const { purpose, text } = prompt;
  const grid: State = { ...state, mode: { kind: 'grid' } };
  switch (purpose.kind) {
    case 'value': {
      const change = setValueText(state.sheet, purpose.cell, text);
      if (!change.ok && change.unchanged) return info(grid, 'unchanged');
      if (!change.ok) return refused(state, prompt, change.problem);
      const done = apply(grid, change, valueLabel(purpose.cell));
      const cell = change.sheet.model.cells.get(purpose.cell)?.cell;
      const note = cell?.kind === 'input' ? readAsNote(cell, cell.value, text) : undefined;
      return note ? info(done, `${done.message?.text} (${note})`) : done;
    }
    case 'formula': {
      const change = setFormula(state.sheet, purpose.cell, text);
      if (!change.ok && change.unchanged) return info(grid, 'unchanged');
      return change.ok ? apply(grid, change, `${purpose.cell} = ${text.trim()}`) : refused(state, prompt, change.problem);
    }
    case 'new-name': {
      const problem = newNameProblem(state.sheet, text);
      if (problem) return refused(state, prompt, problem);
      return openPrompt(state, { kind: 'new-formula', cell: text.trim() }, `${text.trim()} =`, '');
    }
    case 'new-formula': {
      const change = addFormulaCell(state.sheet, purpose.cell, text);
      if (!change.ok) return refused(state, prompt, change.problem);
      const added = apply(grid, change, `add ${purpose.cell} = ${text.trim()}`);
      return select(added, rowNames(added).indexOf(purpose.cell));
    }
    case 'save-as': {
      const file = saveAsFile(state, text);
      if (typeof file !== 'string') return refused(state, prompt, file.problem);
      // The copy is named after its file (baseline-3pc.yaml is "baseline-3pc"), so a comparison tells it from the original.
      return withEffect(grid, { kind: 'save', file, force: false, newFile: true, afterSave: 'stay', typed: text, name: scenarioNameOf(file) });
    }
    case 'open-file': {
      const file = text.trim();
      if (file === '') return refused(state, prompt, 'type the path of a scenario file, e.g. scenarios/higher-growth.yaml');
      return withEffect({ ...state, mode: { kind: 'picker' } }, { kind: 'open-scenario', file });
    }
  }
}

const dirOf = (file: string): string => {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '.' : file.slice(0, slash + 1);
};

/** The path a save-as name stands for: a plain file name beside the open file, .yaml added if missing. */
function saveAsFile(state: State, text: string): string | { problem: string } {
  const name = text.trim();
  if (name === '') return { problem: 'type a file name, e.g. my-scenario' };
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) return { problem: 'use letters, digits, ".", "-" and "_" only (no folders)' };
  const file = /\.ya?ml$/i.test(name) ? name : `${name}.yaml`;
  const dir = dirOf(state.scenario.file);
  return dir === '.' ? file : `${dir}${file}`;
}

function answer(state: State, question: Question, key: KeyName): State {
  const grid: State = { ...state, mode: { kind: 'grid' } };
  const given = answerFor(question.kind, key);
  if (given === undefined) return state;
  switch (question.kind) {
    case 'quit':
      if (given === 'save') return withEffect(grid, { kind: 'save', file: state.scenario.file, force: false, newFile: false, afterSave: 'exit' });
      if (given === 'discard') return withEffect(grid, { kind: 'exit' });
      return info(grid, 'still here: nothing was discarded');
    case 'overwrite':
      if (given === 'yes') return withEffect(grid, { kind: 'save', file: question.file, force: true, newFile: false, afterSave: question.afterSave });
      return info(grid, `not saved; ${question.file} was left as it is on disk`);
    case 'restore':
      if (given === 'yes') return restore(grid, question.recovered);
      return info(withEffect(grid, { kind: 'discard-recovery' }), 'recovered changes discarded');
  }
}

/** Replays recovered edits as unsaved changes, one undo step. */
function restore(state: State, recovered: Recovered): State {
  const { sheet, skipped } = withEdits(state.scenario, recovered.edits);
  const restored = apply(state, { ok: true, sheet }, 'restore recovered changes');
  return skipped.length > 0
    ? error(restored, `restored recovered changes except: ${skipped.join('; ')}`)
    : info(restored, 'restored the recovered changes (not saved yet)');
}

/** The file now holds `cells`: they become the reference for change marks. */
function afterSave(state: State, scenario: Scenario, cells: readonly Cell[], after: AfterSave): State {
  const saved = new Map<string, Cell>(cells.map((cell) => [cell.name, cell]));
  const next: State = {
    ...state,
    scenario,
    saved,
    savedResults: state.sheet.evaluation.results,
    mode: { kind: 'grid' },
    message: { tone: 'info', text: `saved ${scenario.file}` },
  };
  return after === 'exit' ? withEffect(next, { kind: 'exit' }) : next;
}
