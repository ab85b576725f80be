import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormulaCell, InputCell } from '../../src/engine/index.js';
import { compute, loadScenario } from '../../src/scenario/index.js';
import { bodyRows } from '../../src/tui/layout.js';
import { openComparison, rowsShown } from '../../src/tui/screens/compare/state.js';
import { layOutExplain } from '../../src/tui/screens/explain/layout.js';
import { explainShown, rowTarget } from '../../src/tui/screens/explain/state.js';
import { DOWN_BAR, GAP_BAR, LEVEL_MARK, layOutWaterfall, UP_BAR, type WaterfallInput } from '../../src/tui/screens/explain/waterfall.js';
import { initialState } from '../../src/tui/state/reducer.js';
import { sliceOf, withSlice } from '../../src/tui/state/stack.js';
import type { State } from '../../src/tui/state/types.js';
import { cli } from '../cli/cli.js';
import { cumulativePrivate } from './brief-figures.js';
import { baseline, press, SCENARIOS, shownAs } from './helpers.js';

const THREE_CHANGES = 'test/fixtures/analysis/three-changes.yaml';

/** The baseline as edited compared with `file`, the row `label` selected. */
function comparedOn(file: string, label: string): State {
  const other = loadScenario(file);
  const state = openComparison(initialState(baseline()), [{ name: other.name, ...compute(other) }]);
  const selected = rowsShown(sliceOf(state, 'compare')).findIndex((row) => row.label === label);
  expect(selected).toBeGreaterThanOrEqual(0);
  return withSlice(state, 'compare', { selected });
}

const explained = (state: State) => {
  const { shown } = sliceOf(state, 'explain');
  if (shown?.kind !== 'waterfall') throw new Error(`no waterfall: ${JSON.stringify(shown)}`);
  return shown;
};

const textOf = (line: readonly { text: string }[]) => line.map((run) => run.text).join('');
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe('explain in the comparison', () => {
  it('explains cumulative_extra_to_private between the baseline and higher growth: budget_growth is the whole £15.67bn gap', () => {
    const state = press(comparedOn(join(SCENARIOS, 'higher-growth.yaml'), 'cumulative_extra_to_private'), 'e');
    expect(shownAs(state)).toBe('explain');
    const shown = explained(state);
    const gap = cumulativePrivate(0.036) - cumulativePrivate(0.02);
    expect(gap.toFixed(2)).toBe('15.67');
    expect(shown.input.from.value).toBeCloseTo(cumulativePrivate(0.02), 12);
    expect(shown.input.to.value).toBeCloseTo(cumulativePrivate(0.036), 12);
    expect(shown.input.steps).toHaveLength(1);
    expect(state.message?.text).toBe('explained cumulative_extra_to_private: 1 contributor');
    expect(shown.input.steps[0]!.label).toBe('budget_growth');
    expect(shown.input.steps[0]!.change).toBeCloseTo(gap, 12);
    expect(shown.heading).toBe('Why Higher growth differs from Baseline: cumulative_extra_to_private: £18.67bn → £34.34bn, +£15.67bn');
    const { view } = layOutExplain({ columns: 80, rows: 24, messageRows: 2 }, state);
    const lines = view.picture!.lines.map(textOf);
    expect(lines[0]).toMatch(/^Baseline +£18\.67bn +│ +$/);
    expect(lines[1]).toMatch(new RegExp(`^budget_growth +\\+£15\\.67bn ▲  ${UP_BAR}+$`));
    expect(lines[3]).toMatch(new RegExp(`^sum = gap +\\+£15\\.67bn ▲  ${GAP_BAR}+$`));
    expect(lines[4]).toMatch(/^Higher growth +£34\.34bn +│$/);
    expect(view.notes.join(' ')).toContain('One thing differs, so it accounts for the whole gap.');
    expect(view.notes.join(' ')).toContain('Contributions are to Higher growth minus Baseline; they add up to the gap.');
    const back = press(state, ['escape']);
    expect(shownAs(back)).toBe('compare');
    // k explains the row above, private_share 2020/21, and the comparison's selection follows.
    const above = press(state, 'k');
    expect(explained(above).heading).toMatch(/: private_share in 2020\/21: 11\.87% → /);
    expect(rowsShown(sliceOf(above, 'compare'))[sliceOf(above, 'compare').selected]?.label).toBe('private_share 2020/21');
  });

  it('passes over observed values with j and k, which have no gap to explain', () => {
    const other = loadScenario(join(SCENARIOS, 'what-happened.yaml'));
    const compared = openComparison(initialState(baseline()), [{ name: other.name, ...compute(other), observed: other.observed, sources: other.sources }]);
    const rows = rowsShown(sliceOf(compared, 'compare'));
    const selected = rows.findIndex((row) => row.label === 'cumulative_extra_to_private');
    // Right above it: private_share's ten observed rows (five years, each published and projected − observed).
    expect(rows.slice(selected - 11, selected).map((row) => row.observed)).toEqual([false, ...Array(10).fill(true)]);
    const state = press(withSlice(compared, 'compare', { selected }), 'e', 'k');
    // What happened projects four years, to 2019/20, so 2020/21 is there only in the baseline.
    expect(sliceOf(state, 'explain').shown).toMatchObject({
      heading: 'Why What happened to 2019/20 differs from Baseline: private_share in 2020/21',
      text: 'at(private_share, "2020/21") cannot be computed in What happened to 2019/20, so it cannot be explained.',
    });
    expect(rowsShown(sliceOf(state, 'compare'))[sliceOf(state, 'compare').selected]?.label).toBe('private_share 2020/21');
  });

  it('splits the gap over three changes by exact Shapley values as nhs-whatif explain does, adding up to the gap', async () => {
    const state = press(comparedOn(THREE_CHANGES, 'cumulative_extra_to_private'), 'e');
    const shown = explained(state);
    const json = JSON.parse(
      (await cli('explain', 'scenarios/baseline.yaml', THREE_CHANGES, '--show', 'cumulative_extra_to_private', '--format', 'json')).stdout,
    );
    expect(shown.contributions).toEqual(json.explanations[0].contributions);
    expect(shown.input.steps.map((step) => step.label)).toEqual(['marginal_private_share', 'budget_growth', 'horizon_years']);
    const gap = cumulativePrivate(0.035, 7) * (0.3 / (900 / 1700)) - cumulativePrivate(0.02);
    expect(Math.abs(sum(shown.contributions) - gap) / Math.abs(gap)).toBeLessThan(1e-12);
    const { view } = layOutExplain({ columns: 100, rows: 30, messageRows: 2 }, state);
    expect(view.notes.join(' ')).toContain(
      "Shapley values, exact: each contributor's change averaged over every order of making the 3 changes (8 combinations computed).",
    );
    const lines = view.picture!.lines.map(textOf);
    // The lower share takes money away (▼, drawn ▒); growth and a longer horizon add (▲, drawn █).
    expect(lines[1]).toMatch(new RegExp(`^marginal_private_share +-£[0-9.]+bn ▼  +${DOWN_BAR}+ *$`));
    expect(lines[2]).toMatch(new RegExp(`^budget_growth +\\+£[0-9.]+bn ▲  +${UP_BAR}+ *$`));
    expect(lines[5]).toContain(`sum = gap`);
  });

  it('explains a year of a series as the row shows it, and its total as the sum over the horizon', () => {
    const year = press(comparedOn(join(SCENARIOS, 'higher-growth.yaml'), 'private_share 2020/21'), 'e');
    expect(explained(year).heading).toMatch(/^Why Higher growth differs from Baseline: private_share in 2020\/21: 11\.87% → /);
    expect(rowTarget({ cell: 'private_share', part: 'year', year: '2020/21' })).toBe('at(private_share, "2020/21")');
    const total = press(comparedOn(join(SCENARIOS, 'higher-growth.yaml'), 'extra_to_private total'), 'e');
    expect(explained(total).input.from.value).toBeCloseTo(cumulativePrivate(0.02), 12);
    expect(explained(total).heading).toContain('sum(extra_to_private)');
  });

  it.each([
    [80, 24],
    [120, 40],
    [200, 60],
  ])('fits the screen at %ix%i with the waterfall of three changes and its notes', (columns, rows) => {
    const state = press(comparedOn(THREE_CHANGES, 'cumulative_extra_to_private'), 'e');
    const { view } = layOutExplain({ columns, rows, messageRows: 2 }, state);
    const lines = [...view.heading, '', ...view.picture!.lines.map(textOf), ...view.notes];
    expect(lines.length).toBeLessThanOrEqual(bodyRows(rows, 2));
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(columns);
    expect(view.picture!.drawn).toBe(3);
    expect(view.notes.join(' ')).toContain('Shapley values, exact');
  });

  it('goes to the next compared scenario with l, the same row explained against it', () => {
    const others = ['higher-growth.yaml', 'average-split.yaml'].map((name) => loadScenario(join(SCENARIOS, name)));
    let state = openComparison(
      initialState(baseline()),
      others.map((other) => ({ name: other.name, ...compute(other) })),
    );
    const selected = rowsShown(sliceOf(state, 'compare')).findIndex((row) => row.label === 'cumulative_extra_to_private');
    state = press(withSlice(state, 'compare', { selected }), 'e');
    expect(explained(state).input.to.label).toBe('Higher growth');
    state = press(state, 'l');
    // The average split changes the marginal share to 7.6%: its one contribution is the whole gap.
    const averageSplit = explained(state);
    expect(averageSplit.input.to.label).toBe('Average split');
    expect(averageSplit.input.steps.map((step) => step.label)).toEqual(['marginal_private_share']);
    expect(averageSplit.input.to.value).toBeCloseTo(cumulativePrivate(0.02) * (0.076 / (900 / 1700)), 12);
    expect(explained(press(state, 'l')).input.to.label).toBe('Higher growth');
  });

  it('says when the split is sampled, with its seed, for more than ten changes, and still adds up to the gap', () => {
    // Eleven inputs that differ, each adding its value to one output: each contributes exactly its own change.
    const extra = (offset: number) => Array.from({ length: 11 }, (_, i): InputCell => ({ kind: 'input', name: `x${i}`, unit: '£bn', value: i + offset }));
    const sum11: FormulaCell = { kind: 'formula', name: 'total_x', unit: '£bn', formula: Array.from({ length: 11 }, (_, i) => `x${i}`).join(' + ') };
    const sheet = (offset: number) => ({ name: `offset ${offset}`, ...compute({ ...baseline(), cells: [...baseline().cells, ...extra(offset), sum11] }) });
    const shown = explainShown(sheet(0), sheet(0.5), 'total_x');
    if (shown.kind !== 'waterfall') throw new Error('no waterfall');
    expect(shown.notes[0]).toBe('Shapley values, sampled: 2,000 random orders of the 11 changes, seed 1 (the same seed gives the same split).');
    for (const contribution of shown.contributions) expect(contribution).toBeCloseTo(0.5, 12);
    expect(sum(shown.contributions)).toBeCloseTo(11 * 0.5, 12);
  });

  it('says so when there is one scenario only, or when the other has no such cell', () => {
    const alone = press(openComparison(initialState(baseline()), []), 'e');
    expect(alone.message?.text).toBe('explain needs two scenarios: p chooses files to compare');
    const missing = press(comparedOn(join(SCENARIOS, 'what-happened.yaml'), 'private_share_2019_20'), 'e');
    const { shown } = sliceOf(missing, 'explain');
    expect(shown?.kind === 'message' && shown.text).toBe('Baseline has no cell private_share_2019_20, so there is no gap to explain.');
  });
});

describe('the layout of a waterfall', () => {
  const input = (steps: WaterfallInput['steps'], from = 10): WaterfallInput => ({
    from: { label: 'A', value: from },
    to: { label: 'B', value: from + sum(steps.map((step) => step.change)) },
    steps,
    unit: '£bn',
  });
  /** Where each step's bar starts and ends, in characters from the start of the bars. */
  const barEnds = (line: readonly { text: string }[]) => {
    const bar = line[1]!.text;
    const start = bar.search(/[^ ]/);
    return { start, end: bar.trimEnd().length };
  };

  it('starts each bar where the one before ended, down bars going back, and draws the gap from A to B', () => {
    const picture = layOutWaterfall(
      input([
        { label: 'up', change: 6 },
        { label: 'down', change: -2 },
        { label: 'up again', change: 4 },
      ]),
      { columns: 80, rows: 20 },
    );
    const lines = picture.lines.map(textOf);
    expect(lines[1]).toMatch(/^up +\+£6\.00bn ▲ {2}█+ *$/);
    expect(lines[2]).toMatch(/^down +-£2\.00bn ▼ {2,}▒+ *$/);
    expect(lines[5]).toMatch(/^sum = gap +\+£8\.00bn ▲ {2}═+ *$/);
    const [up, down, again] = [1, 2, 3].map((i) => barEnds(picture.lines[i]!));
    // 10 → 16 → 14 → 18 over 10..18: the down bar ends where the first did and goes back a quarter of the way.
    expect(up!.start).toBe(0);
    expect(down!.end).toBe(up!.end);
    expect(again!.start).toBe(down!.start);
    expect(again!.end).toBe(picture.lines[3]![1]!.text.length);
    expect(Math.abs(down!.end - down!.start - (up!.end - up!.start) / 3)).toBeLessThanOrEqual(1);
    expect(textOf(picture.lines[6]!).trimEnd().endsWith(LEVEL_MARK)).toBe(true);
  });

  it('draws one contributor across the whole width, and a zero one as nothing', () => {
    const one = layOutWaterfall(input([{ label: 'budget_growth', change: 15.67 }]), { columns: 60, rows: 10 });
    expect(textOf(one.lines[1]!)).toMatch(/^budget_growth +\+£15\.67bn ▲ {2}█+$/);
    expect([...textOf(one.lines[1]!)].length).toBe(60);
    const none = layOutWaterfall(input([{ label: 'same', change: 0 }]), { columns: 60, rows: 10 });
    expect(textOf(none.lines[1]!)).toMatch(/^same +±£0\.00bn {4,}$/);
  });

  it.each([40, 80, 120, 200])('fits %i columns, cutting long labels; too many steps keep the largest and sum the rest', (columns) => {
    const steps = Array.from({ length: 12 }, (_, i) => ({ label: `a_rather_long_input_name_${i}`, change: (i % 3 === 0 ? -1 : 1) * (i + 1) }));
    const picture = layOutWaterfall(input(steps), { columns, rows: 10 });
    for (const line of picture.lines) expect([...textOf(line)].length).toBeLessThanOrEqual(columns);
    expect(picture.drawn).toBe(5);
    expect(picture.summed).toBe(7);
    const lines = picture.lines.map(textOf);
    // The largest five (12, 11, 10, 9, 8 by size) in their order, then the other seven summed.
    const others = sum(steps.slice(0, 7).map((step) => step.change));
    expect(lines[6]).toMatch(new RegExp(`^7 others +\\+£${others.toFixed(2)}bn ▲`));
    const total = sum(steps.map((step) => step.change));
    expect(lines[8]).toMatch(new RegExp(`^sum = gap +\\+£${total.toFixed(2)}bn ▲`));
  });
});
