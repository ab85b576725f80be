import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioOpened, scenariosListed } from '../../src/tui/screens/picker/effects.js';
import { scenarioFile } from '../../src/tui/screens/picker/scenario-files.js';
import type { ListedScenario } from '../../src/tui/screens/picker/state.js';
import { initialState, reducer } from '../../src/tui/state/reducer.js';
import { changeMark, isDirty, rowNames, selectedName } from '../../src/tui/state/selectors.js';
import { withSlice } from '../../src/tui/state/stack.js';
import type { State } from '../../src/tui/state/types.js';
import { briefOutputs } from './brief-figures.js';
import { BASELINE, baseline, press, promptOf, questionOf, SCENARIOS, select, shown, shownAs, valueIn } from './helpers.js';

const start = (): State => initialState(baseline());
const atGrowth = (): State => select(start(), 'budget_growth');
const input = (state: State, name: string) => {
  const cell = state.sheet.model.cells.get(name)?.cell;
  if (cell?.kind !== 'input') throw new Error(`${name} is not an input`);
  return cell.value;
};

describe('moving', () => {
  it('starts on the first input and lists inputs before formulas', () => {
    const state = start();
    expect(selectedName(state)).toBe('private_spend_base');
    const names = rowNames(state);
    expect(names.indexOf('horizon_years')).toBeLessThan(names.indexOf('total_budget_base'));
  });

  it('moves with j/k and arrows, and stays within the rows', () => {
    let state = press(start(), 'jjj');
    expect(selectedName(state)).toBe('budget_growth');
    state = press(state, ['up'], 'k');
    expect(selectedName(state)).toBe('private_share_base');
    state = press(state, 'kkkkk');
    expect(state.screens.grid.selected).toBe(0);
    state = press(state, 'G', 'jj');
    expect(selectedName(state)).toBe('cumulative_extra_to_nhs');
    expect(selectedName(press(state, ['home']))).toBe('private_spend_base');
  });

  it('scrolls year columns with h/l only as far as there are hidden years', () => {
    let state = reducer(start(), { type: 'layout', fits: { grid: { rows: 10, yearColumns: 3 } } });
    state = press(state, 'llll');
    expect(state.screens.grid.firstYear).toBe(2); // 5 years, 3 shown
    expect(press(state, 'hhh').screens.grid.firstYear).toBe(0);
  });
});

describe('changing inputs', () => {
  it('nudges by the input step and recomputes at once', () => {
    const state = press(atGrowth(), '++');
    expect(input(state, 'budget_growth')).toBe(0.03);
    expect(shown(state, 'cumulative_extra_to_private')).toBe('£28.39bn');
    expect(isDirty(state)).toBe(true);
    expect(state.message?.text).toBe('budget_growth = 3.00%');
  });

  it('+ then - brings back the exact value from the file, so nothing is left to save', () => {
    const share = select(start(), 'marginal_private_share');
    expect(input(share, 'marginal_private_share')).toBe(0.5294117647058824); // 900/1700
    const up = press(share, '+');
    expect(input(up, 'marginal_private_share')).toBe(0.539411764705882);
    expect(isDirty(up)).toBe(true);
    for (const keys of ['+-', '-+', '++--', '+++---']) {
      const back = press(share, keys);
      expect(input(back, 'marginal_private_share')).toBe(0.5294117647058824);
      expect(isDirty(back)).toBe(false);
      expect(changeMark(back, back.sheet.model.cells.get('marginal_private_share')!.cell)).toBeUndefined();
    }
  });

  it('nudges without floating-point noise: 8.7 + 0.1 is 8.8 exactly', () => {
    const spend = press(select(start(), 'private_spend_base'), '+');
    expect(input(spend, 'private_spend_base')).toBe(8.8);
    expect(input(press(spend, '+'), 'private_spend_base')).toBe(8.9);
    expect(input(press(select(start(), 'budget_growth'), '-----'), 'budget_growth')).toBe(-0.005);
    expect(input(press(select(start(), 'budget_growth'), '----'), 'budget_growth')).toBe(0);
  });

  it('refuses to nudge past the maximum or a formula cell, with a message', () => {
    const top = press(atGrowth(), '+'.repeat(60));
    expect(input(top, 'budget_growth')).toBe(0.2);
    expect(press(top, '+').message).toEqual({ tone: 'error', text: 'budget_growth is already at its maximum' });
    const formula = press(select(start(), 'budget'), '+');
    expect(formula.message?.tone).toBe('error');
    expect(formula.undo).toHaveLength(0);
  });

  it('edits a value by typing: Enter, replace the text, Enter', () => {
    let state = press(atGrowth(), ['enter']);
    expect(shownAs(state)).toBe('prompt');
    state = press(state, ['ctrl-u'], '0.03', ['enter']);
    expect(shownAs(state)).toBe('grid');
    expect(shown(state, 'cumulative_extra_to_private')).toBe('£28.39bn');
  });

  it('accepts percentages as typed', () => {
    const state = press(atGrowth(), ['enter', 'ctrl-u'], '3%', ['enter']);
    expect(input(state, 'budget_growth')).toBe(0.03);
  });

  it('refuses text that is not a number, keeps the prompt open and the old value', () => {
    const state = press(atGrowth(), ['enter', 'ctrl-u'], 'abc', ['enter']);
    expect(promptOf(state)?.problem).toMatch(/"abc" is not a number/);
    expect(input(state, 'budget_growth')).toBe(0.02);
    const cancelled = press(state, ['escape']);
    expect(shownAs(cancelled)).toBe('grid');
    expect(input(cancelled, 'budget_growth')).toBe(0.02);
    expect(isDirty(cancelled)).toBe(false);
  });

  it("states limits in the input's unit, and how to type a percentage", () => {
    const problem = (state: State) => promptOf(state)?.problem;
    expect(problem(press(atGrowth(), ['enter', 'ctrl-u'], '5', ['enter']))).toBe('budget_growth must be at most 20.00%, not 500.00%; for 5% type 5% or 0.05');
    expect(problem(press(atGrowth(), ['enter', 'ctrl-u'], '-50', ['enter']))).toBe(
      'budget_growth must be at least -10.00%, not -5000.00%; type a percentage such as 3% or a fraction such as 0.03',
    );
    expect(problem(press(atGrowth(), ['enter', 'ctrl-u'], '25%', ['enter']))).toBe(
      'budget_growth must be at most 20.00%, not 25.00%; type a percentage such as 3% or a fraction such as 0.03',
    );
    expect(problem(press(start(), ['enter', 'ctrl-u'], '70', ['enter']))).toBe('private_spend_base must be at most £50.00bn, not £70.00bn');
  });

  it('says how a plain 1 was read on a percentage input (100%), and takes 1% as one percent', () => {
    const share = select(start(), 'marginal_private_share');
    const whole = press(share, ['enter', 'ctrl-u'], '1', ['enter']);
    expect(input(whole, 'marginal_private_share')).toBe(1);
    expect(whole.message?.text).toBe('marginal_private_share = 100.00% (1 is read as 100.00%; for 1% type 1%)');
    const onePercent = press(share, ['enter', 'ctrl-u'], '1%', ['enter']);
    expect(input(onePercent, 'marginal_private_share')).toBe(0.01);
    expect(onePercent.message?.text).toBe('marginal_private_share = 1.00%');
    expect(press(share, ['enter', 'ctrl-u'], '0.6', ['enter']).message?.text).toBe('marginal_private_share = 60.00%');
  });

  it('refuses values outside the input range', () => {
    const state = press(atGrowth(), ['enter', 'ctrl-u'], '0.5', ['enter']);
    expect(promptOf(state)?.problem).toBe('budget_growth must be at most 20.00%, not 50.00%; type a percentage such as 3% or a fraction such as 0.03');
  });

  it('edits text with the cursor: left, backspace, insert', () => {
    const state = press(atGrowth(), ['enter', 'left', 'backspace'], '12'); // "2%|" → "2|%" → "|%" → "12|%"
    expect(promptOf(state)?.text).toBe('12%');
    expect(input(press(state, ['enter']), 'budget_growth')).toBe(0.12);
  });
});

describe('formulas', () => {
  it('accepts a valid formula change and recomputes', () => {
    const state = press(select(start(), 'extra_to_private'), ['enter', 'ctrl-u'], 'extra_money * 0.5', ['enter']);
    expect(shownAs(state)).toBe('grid');
    expect(shown(state, 'cumulative_extra_to_private')).toBe(shown(state, 'cumulative_extra_to_nhs'));
  });

  it('refuses unknown names with a suggestion, and circular references', () => {
    const unknown = press(select(start(), 'extra_to_private'), ['enter', 'ctrl-u'], 'extra_mony * 0.5', ['enter']);
    expect(promptOf(unknown)?.problem).toMatch(/unknown name "extra_mony".*did you mean "extra_money"/);
    const cycle = press(select(start(), 'budget'), ['enter', 'ctrl-u'], 'extra_money + 1', ['enter']);
    expect(promptOf(cycle)?.problem).toMatch(/circular reference/);
    const syntax = press(select(start(), 'budget'), ['enter', 'ctrl-u'], '1 +', ['enter']);
    expect(shownAs(syntax)).toBe('prompt');
    expect(valueIn(syntax, 'budget')).toEqual(valueIn(start(), 'budget'));
  });
});

describe('adding and deleting cells', () => {
  const added = () => press(start(), 'a', 'total_extra', ['enter'], 'sum(extra_money)', ['enter']);

  it('adds a formula cell after the others, selects it and infers its unit', () => {
    const state = added();
    expect(rowNames(state).at(-1)).toBe('total_extra');
    expect(selectedName(state)).toBe('total_extra');
    expect(state.sheet.model.cells.get('total_extra')?.cell.unit).toBe('£bn');
    expect(shown(state, 'total_extra')).toBe('£35.27bn');
    expect(isDirty(state)).toBe(true);
  });

  it('refuses bad and duplicate names, and bad formulas', () => {
    const bad = press(start(), 'a', '2x', ['enter']);
    expect(promptOf(bad)?.problem).toMatch(/not a valid cell name/);
    const taken = press(start(), 'a', 'budget', ['enter']);
    expect(promptOf(taken)?.problem).toBe('there is already a cell named budget');
    const formula = press(start(), 'a', 'x1', ['enter'], 'nope + 1', ['enter']);
    expect(promptOf(formula)?.problem).toMatch(/unknown name "nope"/);
    expect(formula.sheet.model.cells.has('x1')).toBe(false);
  });

  it('a ratio is a plain number', () => {
    const state = press(start(), 'a', 'ratio', ['enter'], 'cumulative_extra_to_private / cumulative_extra_to_nhs', ['enter']);
    expect(state.sheet.model.cells.get('ratio')?.cell.unit).toBe('number');
    expect(state.message?.text).toBe(
      'add ratio = cumulative_extra_to_private / cumulative_extra_to_nhs: a plain number; E gives it a unit (£bn, percent, years)',
    );
    const inPercent = press(state, 'E', ['enter'], ['enter'], ['ctrl-u'], 'percent', ['enter']);
    const { cumulativePrivate, cumulativeNhs } = briefOutputs();
    expect(inPercent.sheet.model.cells.get('ratio')?.cell.unit).toBe('percent');
    expect(shown(inPercent, 'ratio', 'percent')).toBe(`${((cumulativePrivate / cumulativeNhs) * 100).toFixed(2)}%`);
  });

  it('deletes only cells added here, and only when nothing reads them', () => {
    const refused = press(start(), 'd');
    expect(refused.message?.text).toMatch(/private_spend_base is part of .*baseline.yaml/);
    let state = press(added(), 'a', 'double', ['enter'], 'total_extra * 2', ['enter']);
    state = select(state, 'total_extra');
    expect(press(state, 'd').message?.text).toBe('cannot delete total_extra: double depends on it');
    state = press(state, 'j', 'd', 'd');
    expect(state.sheet.model.cells.has('double')).toBe(false);
    expect(state.sheet.model.cells.has('total_extra')).toBe(false);
    expect(isDirty(state)).toBe(false);
  });
});

describe('undo and redo', () => {
  it('undoes and redoes every kind of change', () => {
    let state = press(atGrowth(), '+', ['enter', 'ctrl-u'], '0.05', ['enter'], 'a', 'x', ['enter'], 'budget_growth * 2', ['enter']);
    expect(state.undo).toHaveLength(3);
    state = press(state, 'u');
    expect(state.sheet.model.cells.has('x')).toBe(false);
    expect(state.message?.text).toBe('undid: add x = budget_growth * 2');
    state = press(state, 'uu');
    expect(input(state, 'budget_growth')).toBe(0.02);
    expect(isDirty(state)).toBe(false);
    expect(press(state, 'u').message?.text).toBe('nothing to undo');
    state = press(state, ['ctrl-r', 'ctrl-r']);
    expect(input(state, 'budget_growth')).toBe(0.05);
    expect(press(select(state, 'budget_growth'), '-').redo).toHaveLength(0); // a new change clears redo
  });
});

describe('saving and quitting', () => {
  it('quits at once when nothing changed', () => {
    expect(press(start(), 'q').effects).toEqual([{ kind: 'exit' }]);
  });

  it('asks Save / Discard / Cancel when there are unsaved changes, for q and Ctrl-C', () => {
    const dirty = press(atGrowth(), '+');
    for (const key of ['q', 'ctrl-c']) {
      const asked = press(dirty, [key]);
      expect(questionOf(asked)?.kind).toBe('quit');
      expect(asked.effects).toEqual([]);
      const cancelled = press(asked, 'c');
      expect(shownAs(cancelled)).toBe('grid');
      expect(isDirty(cancelled)).toBe(true);
      expect(shownAs(press(asked, 'x'))).toBe('question'); // other keys do nothing
      expect(press(asked, 'd').effects).toEqual([{ kind: 'exit' }]);
      expect(press(asked, 's').effects).toEqual([{ kind: 'save', file: dirty.scenario.file, force: false, newFile: false, afterSave: 'exit' }]);
    }
  });

  it('Ctrl-C while typing leaves the prompt and asks before quitting', () => {
    const state = press(press(atGrowth(), '+'), ['enter', 'ctrl-c']);
    expect(questionOf(state)?.kind).toBe('quit');
  });

  it('s asks the app to save; a changed file on disk asks before overwriting', () => {
    const state = press(atGrowth(), '+', 's');
    expect(state.effects).toEqual([{ kind: 'save', file: state.scenario.file, force: false, newFile: false, afterSave: 'stay' }]);
    const asked = reducer({ ...state, effects: [] }, { type: 'changed-on-disk', file: state.scenario.file, afterSave: 'stay' });
    expect(shownAs(asked)).toBe('question');
    expect(press(asked, 'y').effects).toEqual([{ kind: 'save', file: state.scenario.file, force: true, newFile: false, afterSave: 'stay' }]);
    const declined = press(asked, 'n');
    expect(declined.effects).toEqual([]);
    expect(isDirty(declined)).toBe(true);
  });

  it('a save makes the current cells the reference, and quits if it was asked to', () => {
    const state = press(atGrowth(), '+');
    const cells = [...state.sheet.model.cells.values()].map((compiled) => compiled.cell);
    const saved = reducer(state, { type: 'saved', scenario: state.scenario, cells, afterSave: 'stay' });
    expect(isDirty(saved)).toBe(false);
    expect(saved.message?.text).toMatch(/^saved /);
    expect(reducer(state, { type: 'saved', scenario: state.scenario, cells, afterSave: 'exit' }).effects).toEqual([{ kind: 'exit' }]);
  });

  it('a failed save says why and keeps the changes', () => {
    const state = reducer(press(atGrowth(), '+'), { type: 'save-failed', problem: 'disk full' });
    expect(state.message).toEqual({ tone: 'error', text: 'not saved: disk full' });
    expect(isDirty(state)).toBe(true);
  });

  it('S saves as a new .yaml file beside the open one, refusing paths', () => {
    const state = press(start(), 'S', 'growth-3', ['enter']);
    const dir = state.scenario.file.slice(0, state.scenario.file.lastIndexOf('/') + 1);
    expect(state.effects).toEqual([
      { kind: 'save', file: `${dir}growth-3.yaml`, force: false, newFile: true, afterSave: 'stay', typed: 'growth-3', name: 'growth-3' },
    ]);
    expect(press(start(), 'S', 'Baseline-3PC.yml', ['enter']).effects[0]).toMatchObject({ file: `${dir}Baseline-3PC.yml`, name: 'Baseline-3PC' });
    const refused = press(start(), 'S', '../x', ['enter']);
    expect(promptOf(refused)?.problem).toMatch(/no folders/);
  });

  it('S with the name of a file that exists asks again, with the name kept to edit', () => {
    const asked = press(start(), 'S', 'higher-growth', ['enter']);
    const exists = reducer(asked, { type: 'save-failed', problem: 'scenarios/higher-growth.yaml already exists', typed: 'higher-growth' });
    expect(promptOf(exists)).toMatchObject({
      purpose: 'save-as',
      text: 'higher-growth',
      cursor: 13,
      problem: 'not saved: scenarios/higher-growth.yaml already exists; type another name or press Esc',
    });
    const renamed = press(exists, '-2', ['enter']);
    expect(renamed.effects.at(-1)).toMatchObject({ kind: 'save', file: expect.stringMatching(/\/higher-growth-2\.yaml$/), newFile: true });
    expect(shownAs(press(exists, ['escape']))).toBe('grid');
  });
});

describe('modes and key batches', () => {
  it('help opens and closes, keeping unsaved edits', () => {
    const state = press(atGrowth(), '+', '?');
    expect(shownAs(state)).toBe('help');
    expect(press(state, 'j').screens.grid.selected).toBe(state.screens.grid.selected); // keys do not act behind the help screen
    const back = press(state, ['escape']);
    expect(shownAs(back)).toBe('grid');
    expect(input(back, 'budget_growth')).toBe(0.025);
  });

  it('help scrolls with j k PgUp PgDn g G when it is longer than the screen, never past its last line', () => {
    // 55 lines of help, 20 shown: the last screen starts at line 35.
    const sized = reducer(start(), { type: 'layout', fits: { grid: { rows: 10, yearColumns: 5 }, help: { lines: 55, rows: 20 } } });
    const help = (state: State) => (shownAs(state) === 'help' ? state.screens.help.top : undefined);
    let state = press(sized, '?');
    expect(help(state)).toBe(0);
    expect(help(press(state, 'k'))).toBe(0);
    state = press(state, 'jjj');
    expect(help(state)).toBe(3);
    expect(help(press(state, ['pagedown']))).toBe(22); // a page is 19 lines, one kept for context
    expect(help(press(state, ['pagedown', 'pagedown']))).toBe(35);
    expect(help(press(state, ['ctrl-d', 'ctrl-u']))).toBe(3);
    expect(help(press(state, 'G'))).toBe(35);
    expect(help(press(state, 'G', 'j'))).toBe(35);
    expect(help(press(state, 'G', 'g'))).toBe(0);
    // A taller terminal shows more of it, so the last screen starts earlier.
    const taller = reducer(press(state, 'G'), { type: 'layout', fits: { grid: { rows: 30, yearColumns: 5 }, help: { lines: 55, rows: 40 } } });
    expect(help(taller)).toBe(15);
    expect(shownAs(press(state, 'q'))).toBe('grid');
    expect(shownAs(press(state, ['enter']))).toBe('grid');
    expect(press(state, '?').screens.grid.selected).toBe(0); // moving scrolled the help, not the grid
  });

  it('processes every key of a batch in order', () => {
    const state = reducer(start(), { type: 'keys', keys: ['j', 'j', 'j', '+', '+', 'u'] });
    expect(input(state, 'budget_growth')).toBe(0.025);
  });
});

describe('edits that change nothing', () => {
  it('closes the prompt without an undo step', () => {
    const value = press(atGrowth(), ['enter', 'enter']);
    expect(shownAs(value)).toBe('grid');
    expect(value.message?.text).toBe('unchanged');
    expect(value.undo).toHaveLength(0);
    const formula = press(select(start(), 'budget'), ['enter', 'enter']);
    expect(formula.message?.text).toBe('unchanged');
    expect(formula.undo).toHaveLength(0);
  });
});

describe('comparing scenarios', () => {
  const files = (): ListedScenario[] =>
    ['average-split.yaml', 'baseline.yaml', 'broken.yaml', 'higher-growth.yaml'].map((name) => scenarioFile(join(SCENARIOS, name), BASELINE, name));
  const listed = (state: State): State => reducer({ ...state, effects: [] }, { type: 'result', apply: (s) => scenariosListed(s, files()) });
  const cursorOn = (state: State, name: string): State =>
    withSlice(state, 'picker', { selected: state.screens.picker.files.findIndex((f) => f.file === name) });
  const row = (state: State, label: string) => {
    const rows = state.screens.compare.table?.formatted.rows ?? [];
    const found = rows.find((r) => r.label === label);
    if (!found) throw new Error(`no row ${label} in ${rows.map((r) => r.label).join(', ')}`);
    return found;
  };

  it('c opens the picker and asks the app to list the files beside the open one', () => {
    const state = press(start(), 'c');
    expect(shownAs(state)).toBe('picker');
    expect(state.screens.picker.loading).toBe(true);
    expect(state.effects).toEqual([{ kind: 'list-scenarios', dir: BASELINE.slice(0, BASELINE.lastIndexOf('/')) }]);
  });

  it('chooses files with Space, refuses one that failed to load, and compares with Enter', () => {
    let state = listed(press(start(), 'c'));
    expect(state.screens.picker.files.find((f) => f.file === 'broken.yaml')?.problem).toMatch(/broken\.yaml/);
    state = press(cursorOn(state, 'broken.yaml'), ' ');
    expect(state.screens.picker.chosen).toEqual([]);
    expect(state.message?.text).toMatch(/^cannot compare broken\.yaml: /);
    state = press(cursorOn(state, 'higher-growth.yaml'), ' ');
    expect(state.screens.picker.chosen).toHaveLength(1);
    state = press(state, ['enter']);
    expect(shownAs(state)).toBe('compare');
    expect(state.screens.compare.table?.formatted.scenarios).toEqual(['Baseline', 'Higher growth']);
    expect(row(state, 'cumulative_extra_to_private')).toMatchObject({ values: ['£18.67bn', '£34.34bn'], differences: [{ absolute: '+£15.67bn' }] });
  });

  it('Enter with nothing chosen compares the file under the cursor; Space again drops it', () => {
    const state = press(cursorOn(listed(press(start(), 'c')), 'average-split.yaml'), ['enter']);
    expect(state.screens.compare.table?.formatted.scenarios).toEqual(['Baseline', 'Average split']);
    const dropped = press(cursorOn(listed(press(start(), 'c')), 'average-split.yaml'), '  ');
    expect(dropped.screens.picker.chosen).toEqual([]);
    expect(press(cursorOn(dropped, 'broken.yaml'), ['enter']).message?.tone).toBe('error');
  });

  it('the current column is the edited model, named as unsaved; Esc and c return to the grid with edits intact', () => {
    const edited = press(atGrowth(), '++');
    let state = press(cursorOn(listed(press(edited, 'c')), 'baseline.yaml'), ['enter']);
    expect(state.screens.compare.table?.formatted.scenarios).toEqual(['Baseline (current, unsaved)', 'Baseline (as saved)']);
    expect(row(state, 'cumulative_extra_to_private')).toMatchObject({ values: ['£28.39bn', '£18.67bn'], differences: [{ absolute: '-£9.71bn' }] });
    for (const back of [['escape'], ['c']]) {
      const grid = press(state, back);
      expect(shownAs(grid)).toBe('grid');
      expect(isDirty(grid)).toBe(true);
      expect(input(grid, 'budget_growth')).toBe(0.03);
      expect(selectedName(grid)).toBe('budget_growth');
      expect(press(grid, 'u').message?.text).toBe('undid: budget_growth = 3.00%');
    }
    // Back from the picker too.
    state = press(press(edited, 'c'), ['escape']);
    expect(shownAs(state)).toBe('grid');
    expect(input(state, 'budget_growth')).toBe(0.03);
  });

  it('moves rows and scenario columns with the grid keys, and t switches to every year', () => {
    let state = press(cursorOn(listed(press(start(), 'c')), 'average-split.yaml'), ' ');
    state = press(cursorOn(state, 'higher-growth.yaml'), ' ', ['enter']);
    state = reducer(state, { type: 'layout', fits: { grid: { rows: 10, yearColumns: 5 }, compare: { rows: 5, columns: 1 } } });
    const count = state.screens.compare.table?.formatted.rows.length ?? 0;
    expect(press(state, 'jj').screens.compare.selected).toBe(2);
    expect(press(state, 'G').screens.compare.selected).toBe(count - 1);
    expect(press(state, 'G', 'g').screens.compare.selected).toBe(0);
    expect(press(state, ['pagedown']).screens.compare.selected).toBe(4);
    expect(press(state, 'lll').screens.compare.firstColumn).toBe(1); // two compared, one shown
    expect(press(state, 'lh').screens.compare.firstColumn).toBe(0);
    expect(press(state, '+').sheet).toBe(state.sheet); // grid-only keys do nothing here
    const everyYear = press(state, 't');
    expect(everyYear.screens.compare.seriesRows).toBe('every-year');
    expect(everyYear.screens.compare.table?.formatted.rows.some((r) => r.label === 'budget 2016/17')).toBe(true);
    expect(press(everyYear, 't').screens.compare.table?.formatted.rows.some((r) => r.label === 'budget 2016/17')).toBe(false);
  });

  it('opens a file by path, which is chosen; one that fails keeps the prompt open with the path and why; Esc in the prompt returns to the picker', () => {
    let state = listed(press(start(), 'c'));
    state = press(state, 'o');
    expect(shownAs(state)).toBe('prompt');
    expect(shownAs(press(state, ['escape']))).toBe('picker');
    state = press(state, 'x.yaml', ['enter']);
    expect(shownAs(state)).toBe('picker');
    expect(state.effects).toEqual([{ kind: 'open-scenario', file: 'x.yaml', typed: 'x.yaml' }]);
    const opened = reducer(state, { type: 'result', apply: (s) => scenarioOpened(s, scenarioFile(join(SCENARIOS, 'higher-growth.yaml'), BASELINE)) });
    expect(opened.screens.picker.files).toHaveLength(4); // the same file listed once
    expect(opened.screens.picker.chosen).toHaveLength(1);
    const missing = reducer(state, {
      type: 'result',
      apply: (s) => scenarioOpened(s, scenarioFile('/nowhere/missing.yaml', BASELINE), ' /nowhere/missing.yaml'),
    });
    // Not listed as a failed row: the prompt is open again with the path as typed and the reason.
    expect(missing.screens.picker.files).toHaveLength(4);
    expect(missing.screens.picker.chosen).toEqual([]);
    expect(promptOf(missing)?.text).toBe(' /nowhere/missing.yaml');
    expect(promptOf(missing)?.problem).toMatch(/^not added: .*cannot read \/nowhere\/missing\.yaml: no such file/);
  });

  it('keeps choices when the files are listed again, and ? returns to the comparison', () => {
    let state = press(cursorOn(listed(press(start(), 'c')), 'higher-growth.yaml'), ' ', ['enter']);
    const help = press(state, '?');
    expect(help.stack).toEqual(['grid', 'compare', 'help']);
    expect(help.screens.help.top).toBe(0);
    expect(shownAs(press(help, ['escape']))).toBe('compare');
    state = listed(press(state, 'p'));
    expect(shownAs(state)).toBe('picker');
    expect(state.screens.picker.chosen).toHaveLength(1);
  });

  it('scrolls the file list and the comparison to keep the selected line in view', () => {
    const sized = reducer(start(), { type: 'layout', fits: { grid: { rows: 10, yearColumns: 5 }, picker: { rows: 2 }, compare: { rows: 3, columns: 1 } } });
    let state = listed(press(sized, 'c'));
    expect(state.screens.picker.top).toBe(0);
    state = press(state, 'jj');
    expect(state.screens.picker.selected).toBe(2);
    expect(state.screens.picker.top).toBe(1); // files 1 and 2 shown
    expect(press(state, 'k').screens.picker.top).toBe(1);
    expect(press(state, 'g').screens.picker.top).toBe(0);
    state = press(cursorOn(state, 'higher-growth.yaml'), ' ', ['enter']);
    expect(state.screens.compare.top).toBe(0);
    state = press(state, 'jjjj');
    expect(state.screens.compare.top).toBe(2); // rows 2 to 4 shown, 4 selected
    expect(press(state, 'g').screens.compare.top).toBe(0);
  });
});

describe("the grid's scroll position", () => {
  // The baseline has 14 cells; 5 rows show.
  const sized = (rows = 5) => reducer(start(), { type: 'layout', fits: { grid: { rows, yearColumns: 5 } } });

  it('moves only as far as keeps the selected cell in view', () => {
    let state = press(sized(), 'jjjj');
    expect(state.screens.grid.top).toBe(0); // rows 0 to 4 shown
    state = press(state, 'j');
    expect(state.screens.grid.top).toBe(1);
    expect(press(state, 'kkk').screens.grid.top).toBe(1); // row 2 is still in view
    expect(press(state, 'kkkkk').screens.grid.top).toBe(0);
    expect(press(state, 'G').screens.grid.top).toBe(9);
    expect(press(state, 'G', 'g').screens.grid.top).toBe(0);
    expect(press(state, ['pagedown']).screens.grid.top).toBe(5);
  });

  it('follows a resize, showing as many rows as fit at the end', () => {
    const atEnd = press(sized(), 'G');
    expect(atEnd.screens.grid.top).toBe(9);
    const taller = reducer(atEnd, { type: 'layout', fits: { grid: { rows: 10, yearColumns: 5 } } });
    expect(taller.screens.grid.top).toBe(4);
    expect(reducer(atEnd, { type: 'layout', fits: { grid: { rows: 20, yearColumns: 5 } } }).screens.grid.top).toBe(0);
  });

  it('keeps an added cell in view, and moves back when it is deleted', () => {
    const added = press(sized(), 'a', 'total_extra', ['enter'], 'sum(extra_money)', ['enter']);
    expect(selectedName(added)).toBe('total_extra');
    expect(added.screens.grid.top).toBe(10); // 15 cells, the last 5 shown
    const deleted = press(added, 'd');
    expect(deleted.sheet.model.cells.size).toBe(14);
    expect(deleted.screens.grid.top).toBe(9);
    expect(press(deleted, 'u').screens.grid.top).toBe(9);
  });
});
