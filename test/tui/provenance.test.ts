import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isShippedScenario } from '../../src/cli/package-info.js';
import { isSeries } from '../../src/engine/index.js';
import { loadScenario } from '../../src/scenario/index.js';
import { runSave } from '../../src/tui/effects.js';
import { readRecovery, writeRecovery } from '../../src/tui/recovery.js';
import { chartSubject } from '../../src/tui/screens/chart/chart-input.js';
import { detailOf } from '../../src/tui/screens/grid/detail.js';
import { scenariosListed } from '../../src/tui/screens/picker/effects.js';
import { scenarioFile } from '../../src/tui/screens/picker/scenario-files.js';
import { editsOf, withEdits } from '../../src/tui/state/edits.js';
import { shownMoney } from '../../src/tui/state/money.js';
import { initialState, reducer } from '../../src/tui/state/reducer.js';
import { isDirty } from '../../src/tui/state/selectors.js';
import type { Action, State } from '../../src/tui/state/types.js';
import { BASELINE, baseline, press, promptOf, questionOf, SCENARIOS, scenarioCopy, select, shownAs } from './helpers.js';

const start = (file = BASELINE): State => initialState(loadScenario(file));
const selected = (state: State): string => [...state.sheet.model.cells.keys()][state.screens.grid.selected]!;
/** The line of the detail panel with this label, for the selected cell. */
const lineIn = (state: State, label: string) => detailOf(state, selected(state))?.lines.find((line) => line.label === label);
const cellIn = (state: State, name: string) => state.sheet.model.cells.get(name)!.cell;
const at20 = (state: State = start()): State => press(select(state, 'marginal_private_share'), ['enter'], ['ctrl-u'], '20%', ['enter']);

/** Runs the save the state asks for, as the app does, and applies what it reports back. */
function saveNow(state: State): State {
  const effect = state.effects.at(-1);
  if (effect?.kind !== 'save') throw new Error(`no save asked for: ${JSON.stringify(effect)}`);
  const actions: Action[] = [];
  runSave(effect, state, (action) => actions.push(action));
  return actions.reduce(reducer, { ...state, effects: [] });
}

describe('the detail panel', () => {
  it('cites the source by its record, and says when the value differs from what it supports', () => {
    const state = select(start(), 'marginal_private_share');
    expect(lineIn(state, 'Source')?.text).toBe('hf-ft: HuffPost UK, reporting a Health Foundation analysis for the Financial Times, 27 March 2017');
    expect(lineIn(state, 'Quote')?.text).toMatch(/^“An analysis by the Health Foundation think tank found that £900m/);
    expect(lineIn(state, 'Changed')).toBeUndefined();
    const edited = at20(state);
    expect(lineIn(edited, 'Changed')).toEqual({ label: 'Changed', text: '≠ 52.94% per hf-ft; here 20.00%; was 52.94% in the file', tone: 'changed' });
    expect(lineIn(select(edited, 'budget_growth'), 'Source')?.text).toBe('assumption: 2% a year, a round figure for a modest settlement; not from the sources');
  });

  it('shows every check, and the claims a cell bears on, with ✓ and ✗ as the edits change them', () => {
    const state = select(start(), 'marginal_private_share');
    expect(lineIn(state, 'Checks')).toEqual({ label: 'Checks', text: '✓ 4 of 5 hold; ✗ share_more_than_double', tone: 'changed' });
    expect(lineIn(state, 'Claims')?.text).toMatch(/^✓ new_money_split: £900m of the new money .*; ✓ roughly_half: roughly half/);
    const edited = at20(state);
    expect(lineIn(edited, 'Checks')?.text).toBe('✓ 2 of 5 hold; ✗ new_money_split, ✗ roughly_half, ✗ share_more_than_double');
    expect(lineIn(edited, 'Claims')?.text).toMatch(/^✗ new_money_split: .*; ✗ roughly_half: /);
    // private_spend_base is read by share_of_total; budget_growth by no check.
    expect(lineIn(select(edited, 'private_spend_base'), 'Claims')?.text).toMatch(/^✓ share_of_total: £8\.7bn/);
    expect(lineIn(select(edited, 'budget_growth'), 'Claims')).toBeUndefined();
  });

  it('shows what was observed beside the projection', () => {
    const state = select(start(join(SCENARIOS, 'what-happened.yaml')), 'private_share');
    expect(lineIn(state, 'Observed')?.text).toBe(
      '2016/17 7.70% observed, 7.49% projected (-0.21 pp); 2017/18 7.30% observed, 7.39% projected (+0.09 pp); 2018/19 7.30% observed, 7.29% projected (-0.01 pp); 2019/20 7.20% observed, 7.20% projected (±0.00 pp); 2022/23 6.50% observed',
    );
  });
});

describe('E edits a cell’s description, source and unit', () => {
  it('in three prompts, each starting from the text as it is, as one undoable change', () => {
    let state = press(select(start(), 'marginal_private_share'), 'E');
    expect(promptOf(state)).toMatchObject({ purpose: 'description', text: "Share of each year's extra money spent with private providers" });
    state = press(state, ['ctrl-u'], 'Share of new money bought privately', ['enter']);
    expect(promptOf(state)).toMatchObject({ purpose: 'source', text: 'hf-ft' });
    state = press(state, ['ctrl-u'], 'hf-fx', ['enter']);
    expect(promptOf(state)?.problem).toBe('no source record "hf-fx" (did you mean "hf-ft"?); sources are: hf-ft, echo-2016, later-2010-11');
    state = press(state, ['ctrl-u'], 'assumption: half of it, for a briefing', ['enter']);
    expect(promptOf(state)).toMatchObject({ purpose: 'unit', text: 'percent' });
    state = press(state, ['ctrl-u'], 'precent', ['enter']);
    expect(promptOf(state)?.problem).toBe('unit must be one of £bn, percent, years, number (did you mean percent?)');
    state = press(state, ['ctrl-u'], 'percent', ['enter']);
    expect(shownAs(state)).toBe('grid');
    expect(cellIn(state, 'marginal_private_share')).toMatchObject({
      description: 'Share of new money bought privately',
      source: 'assumption: half of it, for a briefing',
      unit: 'percent',
    });
    expect(isDirty(state)).toBe(true);
    const undone = press(state, 'u');
    expect(cellIn(undone, 'marginal_private_share')).toMatchObject({
      description: "Share of each year's extra money spent with private providers",
      source: 'hf-ft',
    });
    expect(isDirty(undone)).toBe(false);
  });

  it('Esc at any prompt leaves the cell as it was; free text as a source is refused with how to write it', () => {
    const asked = press(select(start(), 'budget_growth'), 'E', ['enter']);
    expect(promptOf(press(asked, ['ctrl-u'], 'my guess', ['enter']))?.problem).toBe(
      'source must name a record under sources: (hf-ft, echo-2016, later-2010-11) or say why the value is assumed: "assumption: why"',
    );
    const cancelled = press(asked, ['escape']);
    expect(shownAs(cancelled)).toBe('grid');
    expect(isDirty(cancelled)).toBe(false);
  });

  it('is kept by the recovery file, and replayed from it', () => {
    const dir = scenarioCopy();
    const file = join(dir, 'scenarios', 'baseline.yaml');
    const state = press(select(start(file), 'budget_growth'), 'E', ['enter'], ['ctrl-u'], 'assumption: a 3% settlement', ['enter'], ['enter']);
    const edits = editsOf(state.scenario, state.sheet);
    expect(edits.details).toEqual({ budget_growth: { source: 'assumption: a 3% settlement' } });
    writeRecovery(file, state.scenario.text, edits);
    const read = readRecovery(file);
    if (!read?.ok) throw new Error('recovery not read');
    const replayed = withEdits(state.scenario, read.recovery.edits);
    expect(replayed.skipped).toEqual([]);
    expect(replayed.sheet.model.cells.get('budget_growth')?.cell.source).toBe('assumption: a 3% settlement');
  });
});

describe('$ shows money in cash or in base-year prices', () => {
  it('through the scenario’s deflator, saying which; shares and base-year values do not change', () => {
    const state = start(join(SCENARIOS, 'real-terms.yaml'));
    expect(shownMoney(state).unit).toBe('£bn cash');
    const real = press(state, '$');
    expect(real.money).toBe('real');
    expect(real.message?.text).toBe('money in £bn 2015/16 prices: each year divided by (1 + price_growth)^t; shares and base-year values unchanged');
    const { sheet, unit } = shownMoney(real);
    expect(unit).toBe('£bn 2015/16 prices');
    const budget = sheet.evaluation.results.get('budget')!;
    if (!budget.ok || !isSeries(budget.value)) throw new Error('budget has no years');
    for (const value of budget.value) expect(value).toBeCloseTo(8.7 / 0.076, 10);
    expect(sheet.evaluation.results.get('private_share')).toBe(state.sheet.evaluation.results.get('private_share'));
    expect(detailOf(select(real, 'budget'), 'budget')?.lines.find((line) => line.label === 'Unit')?.text).toBe('£ billion, 2015/16 prices');
    const back = press(real, '$');
    expect(back.money).toBe('cash');
    expect(back.message?.text).toBe('money in £bn cash');
    // Nothing is edited by looking at it in other prices.
    expect(isDirty(real)).toBe(false);
  });

  it('says how to add a deflator to a scenario without one', () => {
    const state = press(start(), '$');
    expect(state.money).toBeUndefined();
    expect(state.message).toEqual({
      tone: 'error',
      text: 'this scenario has no deflator, so money shows in cash only: add deflator: NAME to its file, naming an annual price growth rate (unit: percent) or a price index by year',
    });
  });
});

describe('saving an edited value', () => {
  it("rewrites the value's own source to say it changed, and the panel shows the saved source", () => {
    const dir = scenarioCopy();
    const file = join(dir, 'scenarios', 'baseline.yaml');
    const saved = saveNow(press(at20(start(file)), 's'));
    expect(saved.message?.text).toBe(`saved ${file}`);
    expect(isDirty(saved)).toBe(false);
    expect(readFileSync(file, 'utf8')).toContain('    value: 0.2\n    unit: percent\n');
    expect(loadScenario(file).cells.find((cell) => cell.name === 'marginal_private_share')?.source).toBe('assumption: changed from 52.94% (hf-ft)');
    expect(cellIn(saved, 'marginal_private_share').source).toBe('assumption: changed from 52.94% (hf-ft)');
    // Still changed from its source, and still saying so.
    expect(lineIn(saved, 'Changed')?.text).toBe('≠ 52.94% per hf-ft; here 20.00%');
  });

  it('save-as from a shipped scenario offers, by default, a file that extends it with only what changed', () => {
    const dir = scenarioCopy();
    const file = join(dir, 'scenarios', 'baseline.yaml');
    const asked = press(at20(initialState(loadScenario(file), { shipped: true })), 'S', 'baseline-20pc', ['enter']);
    expect(questionOf(asked)?.text).toBe('baseline-20pc.yaml: [e]xtend baseline.yaml with only what changed (Enter), or a [f]ull copy?');
    expect(press(asked, 'f').effects.at(-1)).toMatchObject({ kind: 'save', newFile: true, name: 'baseline-20pc' });
    expect(press(asked, 'f').effects.at(-1)).not.toHaveProperty('derived');
    const derived = press(asked, ['enter']);
    expect(derived.effects.at(-1)).toMatchObject({ kind: 'save', newFile: true, derived: true });
    const after = saveNow(derived);
    const target = join(dir, 'scenarios', 'baseline-20pc.yaml');
    expect(after.scenario.file).toBe(target);
    expect(after.scenario.extends).toBe('baseline.yaml');
    expect(readFileSync(target, 'utf8')).toContain('extends: baseline.yaml\nname: baseline-20pc\n');
    expect(loadScenario(target).cells).toEqual(after.sheet.model.cells.items.map((compiled) => compiled.cell));
    expect(isDirty(after)).toBe(false);
    // Esc saves nothing.
    expect(press(asked, ['escape']).effects).toEqual([]);
    expect(existsSync(join(dir, 'scenarios', 'other.yaml'))).toBe(false);
  });

  it('knows a shipped scenario by its folder: the package’s own scenarios, not a copy of them', () => {
    expect(isShippedScenario('scenarios/baseline.yaml')).toBe(true);
    expect(isShippedScenario(BASELINE)).toBe(true);
    expect(isShippedScenario(join(scenarioCopy(), 'scenarios', 'baseline.yaml'))).toBe(false);
    expect(isShippedScenario('scenarios/no-such-file.yaml')).toBe(false);
  });

  it('save-as from a file of the user’s own writes a full copy at once, as before', () => {
    const state = press(start(join(scenarioCopy(), 'scenarios', 'baseline.yaml')), 'S', 'mine', ['enter']);
    expect(state.overlay).toBeUndefined();
    expect(state.effects.at(-1)).toMatchObject({ kind: 'save', newFile: true, name: 'mine' });
  });
});

describe('the chart', () => {
  it('draws what was observed beside each line, naming the sources in the legend', () => {
    const compared = reducer(press(start(), 'c'), {
      type: 'result',
      apply: (s) => scenariosListed(s, [scenarioFile(join(SCENARIOS, 'what-happened.yaml'), BASELINE, 'what-happened.yaml')]),
    });
    const state = press(select(press(compared, ' ', ['enter'], ['escape']), 'private_share'), 'v');
    const subject = chartSubject(state);
    if (subject.kind !== 'chart') throw new Error(subject.text);
    const [mine, happened] = subject.input.series;
    expect(mine!.observed).toBeUndefined();
    expect(happened!.observed).toEqual({
      source: "Full Fact, 2019; The King's Fund, 2021; Public Accounts Committee, citing the DHSC annual report and accounts 2022-23, 2024",
      points: [
        { year: '2016/17', value: 0.077 },
        { year: '2017/18', value: 0.073 },
        { year: '2018/19', value: 0.073 },
        { year: '2019/20', value: 0.072 },
        { year: '2022/23', value: 0.065 },
      ],
    });
    // The baseline drifts up to 11.87% by 2020/21 while the published share falls.
    expect(mine!.values.at(-1)).toBeCloseTo(0.1187, 4);
    const own = chartSubject(press(select(start(join(SCENARIOS, 'what-happened.yaml')), 'private_spend'), 'v'));
    expect(own.kind === 'chart' && own.input.series[0]!.observed?.points.map((point) => point.value)).toEqual([9.0, 8.8, 9.2, 9.7, 11.5]);
    expect(baseline().observed.size).toBe(0);
  });
});
