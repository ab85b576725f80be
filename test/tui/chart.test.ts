import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rowText } from '../../src/charts/index.js';
import { bindingFor } from '../../src/tui/keymap.js';
import { chartSubject } from '../../src/tui/screens/chart/chart-input.js';
import { layOutChart } from '../../src/tui/screens/chart/layout.js';
import { scenariosListed } from '../../src/tui/screens/picker/effects.js';
import { scenarioFile } from '../../src/tui/screens/picker/scenario-files.js';
import { initialState, reducer } from '../../src/tui/state/reducer.js';
import { selectedName } from '../../src/tui/state/selectors.js';
import type { State } from '../../src/tui/state/types.js';
import { referenceBaseline } from '../engine/baseline-cells.js';
import { BASELINE, baseline, press, promptOf, SCENARIOS, select, shownAs } from './helpers.js';

const YEARS = ['2016/17', '2017/18', '2018/19', '2019/20', '2020/21'];

/** The baseline's private share by the brief's formulas, (8.7 + 900/1700 · extra_t) / budget_t, from the hand-written reference. */
const SHARE = referenceBaseline(0.02, YEARS.length).privateShare;
/** The first year the baseline's private share is at or over 10%. */
const CROSSING_YEAR = YEARS[SHARE.findIndex((share) => share >= 0.1)]!;

const start = (): State => initialState(baseline());
const chartOf = (state: State, cell = 'private_share'): State => press(select(state, cell), 'v');

/** The average split compared with the baseline (picked, compared, then back to the grid). */
function comparedWithAverageSplit(state: State = start()): State {
  const listed = reducer(press(state, 'c'), {
    type: 'result',
    apply: (s) => scenariosListed(s, [scenarioFile(join(SCENARIOS, 'average-split.yaml'), BASELINE, 'average-split.yaml')]),
  });
  return press(listed, ' ', ['enter'], ['escape']);
}

const chartInput = (state: State) => {
  const subject = chartSubject(state);
  if (subject.kind !== 'chart') throw new Error(`no chart: ${subject.text}`);
  return subject.input;
};

/** The chart screen as the terminal would show it, `columns` × `rows`: its heading, chart lines and notes. */
function screenText(state: State, columns = 100, rows = 30): string[] {
  const { view } = layOutChart({ columns, rows, messageRows: 2 }, state);
  return [view.heading, ...(view.picture?.rows.map(rowText) ?? []), ...view.notes.map((note) => note.text), ...view.message];
}

describe('the chart screen', () => {
  it('opens with v on the selected series: the baseline’s private share, 8.49% in 2016/17 to 11.87% by 2020/21', () => {
    expect(bindingFor('grid', 'v')?.command).toBe('chart.open');
    const state = chartOf(start());
    expect(state.stack).toEqual(['grid', 'chart']);
    const input = chartInput(state);
    expect(input.quantity).toBe('private_share');
    expect(input.unit).toBe('percent');
    expect(input.series.map((series) => series.name)).toEqual(['Baseline']);
    expect(input.series[0]!.years).toEqual(YEARS);
    for (const [i, value] of input.series[0]!.values.entries()) expect(value).toBeCloseTo(SHARE[i]!, 12);
    expect(SHARE[4]).toBeCloseTo(0.1187, 4);
    const text = screenText(state);
    expect(text[0]).toMatch(/^Chart of private_share \(percent\) by fiscal year/);
    expect(text.join('\n')).toContain('● Baseline');
    expect(text.join('\n')).toContain('2016/17');
    // Notes wrap between words.
    expect(text.join(' ')).toContain('To draw other scenarios here, compare them: Esc, then c in the grid.');
    expect(text.join(' ')).toContain('r sets a reference line, e.g. 10%.');
  });

  it('draws each compared scenario as its own line: the average split stays at 7.6%', () => {
    const state = chartOf(comparedWithAverageSplit());
    const input = chartInput(state);
    expect(input.series.map((series) => series.name)).toEqual(['Baseline', 'Average split']);
    for (const value of input.series[1]!.values) expect(value).toBeCloseTo(0.076, 12);
    const text = screenText(state).join('\n');
    expect(text).toContain('● Baseline  ■ Average split');
    expect(text).not.toContain('compare them');
  });

  it('sets a 10% reference line and names the year each scenario crosses it', () => {
    const opened = chartOf(comparedWithAverageSplit());
    const asked = press(opened, 'r');
    expect(shownAs(asked)).toBe('prompt');
    expect(promptOf(asked)?.label).toBe('reference line for private_share:');
    const set = press(asked, '10%', ['enter']);
    expect(shownAs(set)).toBe('chart');
    expect(set.message?.text).toBe('reference line at 10.00% for private_share');
    expect(chartInput(set).reference).toBe(0.1);
    expect(CROSSING_YEAR).toBe('2018/19');
    const text = screenText(set);
    expect(text).toContain(`private_share crosses 10.00% in ${CROSSING_YEAR} (Baseline); never within 2016/17–2020/21 (Average split)`);
    expect(text.find((line) => line.startsWith('10.00%┤'))).toMatch(/┈/);
    // The line stays with its cell, and the prompt offers what was typed.
    expect(promptOf(press(set, 'r'))?.text).toBe('10%');
    expect(chartInput(press(press(set, ['escape']), 'v')).reference).toBe(0.1);
  });

  it('refuses text that is not a number, says how a plain number on a share is read, and removes the line when left empty', () => {
    const opened = chartOf(start());
    const refused = press(opened, 'r', 'ten', ['enter']);
    expect(promptOf(refused)?.problem).toBe('"ten" is not a number (try 10% or 0.1)');
    const plain = press(opened, 'r', '0.1', ['enter']);
    expect(chartInput(plain).reference).toBe(0.1);
    const whole = press(opened, 'r', '10', ['enter']);
    expect(chartInput(whole).reference).toBe(10);
    expect(whole.message?.text).toBe('reference line at 1000.00% for private_share (10 is read as 1000.00%; for 10% type 10%)');
    const removed = press(plain, 'r', ['ctrl-u'], ['enter']);
    expect(chartInput(removed).reference).toBeUndefined();
    expect(removed.message?.text).toBe('no reference line for private_share');
  });

  it('moves to the previous and next cell with values by year without leaving the chart, and Esc goes back to the grid there', () => {
    const opened = chartOf(start());
    const previous = press(opened, 'k');
    expect(shownAs(previous)).toBe('chart');
    expect(selectedName(previous)).toBe('private_spend');
    expect(chartInput(previous).unit).toBe('£bn');
    expect(selectedName(press(previous, 'kkkk'))).toBe('budget');
    const first = press(previous, 'kkkkk');
    expect(selectedName(first)).toBe('budget');
    expect(first.message?.text).toBe('no cell with values by year before budget');
    // Single numbers (total_budget_base, the inputs, the cumulative sums) are skipped.
    const last = press(opened, 'j');
    expect(selectedName(last)).toBe('private_share');
    expect(last.message?.text).toBe('no cell with values by year after private_share');
    const back = press(previous, ['escape']);
    expect(back.stack).toEqual(['grid']);
    expect(selectedName(back)).toBe('private_spend');
  });

  it('explains instead of drawing an empty chart for a single number, and j goes on to a series', () => {
    const single = chartOf(start(), 'cumulative_extra_to_private');
    const subject = chartSubject(single);
    expect(subject.kind).toBe('message');
    const text = screenText(single, 80, 24).join(' ');
    expect(text).toContain('cumulative_extra_to_private is a single number (£18.67bn) in Baseline, not a value for each year, so there is no line to draw.');
    expect(text).toContain('↑↓ jk go to the cells that have a value for each year');
    expect(selectedName(press(single, 'k'))).toBe('private_share');
    expect(promptOf(press(single, 'r'))).toBeUndefined();
  });

  it('charts the scenario as edited now: at 3% growth the share crosses 10% a year sooner', () => {
    const edited = press(select(start(), 'budget_growth'), '++');
    const state = chartOf(edited);
    const input = chartInput(state);
    expect(input.series[0]!.name).toBe('Baseline (current, unsaved)');
    const share = referenceBaseline(0.03, YEARS.length).privateShare;
    for (const [i, value] of input.series[0]!.values.entries()) expect(value).toBeCloseTo(share[i]!, 12);
    const year = YEARS[share.findIndex((value) => value >= 0.1)]!;
    expect(year).toBe('2017/18');
    const text = screenText(press(state, 'r', '10%', ['enter']));
    expect(text).toContain(`private_share crosses 10.00% in ${year} (Baseline (current, unsaved))`);
  });

  it('fits the terminal at 40x12 and 200x60, laid out again at each size', () => {
    const state = press(chartOf(comparedWithAverageSplit()), 'r', '10%', ['enter']);
    for (const [columns, rows] of [
      [40, 12],
      [200, 60],
    ] as const) {
      const { fit, view } = layOutChart({ columns, rows, messageRows: 2 }, state);
      const lines = screenText(state, columns, rows);
      // The title above and the status line and footer below take 3 rows, and one is kept free.
      expect(lines.length).toBeLessThanOrEqual(rows - 4);
      expect(view.height).toBe(rows - 4);
      for (const line of lines) expect([...line].length).toBeLessThanOrEqual(columns);
      expect(fit.columns).toBe(columns);
      expect(lines.join(' ')).toContain('private_share crosses 10.00% in 2018/19');
      expect(lines.join('\n')).toContain('■ Average split');
    }
  });
});
