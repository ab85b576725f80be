import { afterEach, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/engine/index.js';
import { shownFirstYear } from '../../src/tui/screens/grid/state.js';
import { initialState } from '../../src/tui/state/reducer.js';
import type { State } from '../../src/tui/state/types.js';
import { budgetIn } from './brief-figures.js';
import { baseline, press, select, sized } from './helpers.js';
import { CTRL_U, closeApps, ENTER, lineOf, open, screenHas, type, until } from './ink-helpers.js';

afterEach(closeApps);

/** The baseline with a 30-year horizon, shown four years at a time. */
function thirtyYears(): State {
  const state = press(select(initialState(baseline()), 'horizon_years'), ['enter'], ['ctrl-u'], '30', ['enter']);
  return sized(state, { grid: { rows: 14, yearColumns: 4 } });
}

/** The first year column shown, four at a time. */
const firstShown = (state: State) => shownFirstYear(state.screens.grid.firstYear, state.sheet.evaluation.years.length, 4);

describe('year columns', () => {
  it('move a page at a time with [ and ], and to the first and last year with { and }', () => {
    const state = thirtyYears();
    expect(state.sheet.evaluation.years).toHaveLength(30);
    expect(press(state, ']').screens.grid.firstYear).toBe(4);
    expect(press(state, ']]').screens.grid.firstYear).toBe(8);
    // Never past the last page: the last four years show.
    expect(press(state, ']'.repeat(20)).screens.grid.firstYear).toBe(26);
    expect(press(state, ']]]', '[').screens.grid.firstYear).toBe(8);
    expect(press(state, '[').screens.grid.firstYear).toBe(0);
    expect(firstShown(press(state, '}'))).toBe(26);
    expect(press(state, '}', '{').screens.grid.firstYear).toBe(0);
    // One press where it took 26: the last year, 2045/46, in view.
    const last = press(state, '}');
    expect(last.sheet.evaluation.years.slice(firstShown(last), firstShown(last) + 4)).toEqual(['2042/43', '2043/44', '2044/45', '2045/46']);
    // From the last page, [ goes a page back from what shows.
    expect(firstShown(press(state, '}', '['))).toBe(22);
  });

  it('show the last year with one key on a 30-year horizon at 80x24, with the Value column saying which year it shows', async () => {
    const app = open(80, 24);
    await screenHas(app, 'horizon_years');
    await type(app, 'jjjj', ENTER, CTRL_U, '30', ENTER);
    let frame = await screenHas(app, '2016/17 29→');
    expect(frame.split('\n')[1]).toMatch(/ Value 2045\/46 /);
    await type(app, '}');
    frame = await screenHas(app, '2045/46 ←29');
    // The budget in 2045/46 in the Value column and in the year column.
    const shown = formatNumber(budgetIn(30), '£bn');
    expect(lineOf(frame, 'budget')).toMatch(new RegExp(`${shown.replace('.', '\\.')} .* ${shown.replace('.', '\\.')}$`));
    await type(app, '{');
    await screenHas(app, '2016/17 29→');
    await type(app, ']');
    await until(app, (f) => (f.split('\n')[1] ?? '').endsWith('2017/18 ←1 28→'), 'the next page of years');
  });

  it('widen for amounts of £1,000bn and more, written with thousands separators, so columns never run together', async () => {
    const app = open(120, 40);
    await screenHas(app, 'horizon_years');
    await type(app, 'jjj', ENTER, CTRL_U, '10%', ENTER);
    await screenHas(app, 'budget_growth = 10.00%');
    await type(app, 'j', ENTER, CTRL_U, '30', ENTER);
    let frame = await screenHas(app, 'horizon_years = 30');
    await type(app, '}');
    frame = await screenHas(app, '2045/46 ←');
    const last = formatNumber(budgetIn(30, 0.1), '£bn');
    expect(last).toMatch(/^£1,\d{3}\.\d\dbn$/);
    const line = lineOf(frame, 'budget');
    expect(line).toContain(` ${last}`);
    expect(line).toContain(formatNumber(budgetIn(29, 0.1), '£bn'));
    // Every number of the line has at least two spaces before it.
    for (const number of line.match(/ +£[\d,.]+bn/g) ?? []) expect(number.startsWith('  '), number).toBe(true);
    for (const text of frame.split('\n')) expect([...text].length).toBeLessThanOrEqual(120);
  });
});
