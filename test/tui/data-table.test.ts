import { describe, expect, it } from 'vitest';
import type { InputCell } from '../../src/engine/index.js';
import { measureOf } from '../../src/engine/measure.js';
import { compute } from '../../src/scenario/index.js';
import { bodyRows } from '../../src/tui/layout.js';
import { defaultInputs, spreadText } from '../../src/tui/screens/data-table/defaults.js';
import { type HeatGrid, layOutHeat, SHADES, shadeLegend } from '../../src/tui/screens/data-table/heat.js';
import { layOutDataTable } from '../../src/tui/screens/data-table/layout.js';
import { readLever } from '../../src/tui/screens/data-table/levers.js';
import { initialState } from '../../src/tui/state/reducer.js';
import { sliceOf } from '../../src/tui/state/stack.js';
import type { State } from '../../src/tui/state/types.js';
import { cli } from '../cli/cli.js';
import { TOTAL_BUDGET_BASE } from './brief-figures.js';
import { baseline, press, promptOf, select, shownAs } from './helpers.js';

/** The brief's closed form: last(private_share) = (8.7 + (B·(1+g)^5 − B)·m) / (B·(1+g)^5), B = 8.7 / 0.076. */
const finalShare = (growth: number, share: number): number => {
  const budget = TOTAL_BUDGET_BASE * (1 + growth) ** 5;
  return (8.7 + (budget - TOTAL_BUDGET_BASE) * share) / budget;
};

const GROWTH = [0.01, 0.02, 0.03, 0.04, 0.05];
const SHARES = [0.1, 0.3, 0.529];

const percent = (value: number) => `${(value * 100).toFixed(2)}%`;
const textOf = (line: readonly { text: string }[]) => line.map((run) => run.text).join('');

const input = (name: string, fields: Partial<InputCell>): InputCell => ({ kind: 'input', name, unit: 'percent', value: 0, ...fields });

/** The baseline's data table of last(private_share) by budget_growth (1%–5%) and marginal_private_share, asked for with t. */
function tableOfGrowthAndShare(): State {
  let state = press(select(initialState(baseline()), 'private_share'), 't');
  expect(promptOf(state)?.text).toBe('last(private_share)');
  state = press(state, ['enter']);
  expect(promptOf(state)?.label).toBe('down the side:');
  state = press(state, ['ctrl-u'], 'budget_growth=1%:5%:1%', ['enter']);
  expect(promptOf(state)?.label).toBe('across the top:');
  return press(state, ['ctrl-u'], 'marginal_private_share=10%,30%,52.9%', ['enter']);
}

describe('the default values of a data table', () => {
  it('spreads an input over its min..max in five to seven round numbers of its unit, or over its low..high', () => {
    expect(spreadText(input('budget_growth', { value: 0.02, min: -0.1, max: 0.2 }))).toBe('-10%:20%:5%');
    expect(spreadText(input('marginal_private_share', { value: 0.53, min: 0, max: 1 }))).toBe('0%:100%:20%');
    expect(spreadText(input('budget_growth', { value: 0.02, min: -0.1, max: 0.2, low: 0.01, high: 0.04 }))).toBe('1%:4%:0.5%');
    expect(spreadText(input('private_spend_base', { unit: '£bn', value: 8.7, min: 0, max: 50 }))).toBe('0:50:10');
    // Whole years only.
    expect(spreadText(input('horizon_years', { unit: 'years', value: 5, min: 1, max: 30 }))).toBe('5:30:5');
    expect(spreadText(input('horizon_years', { unit: 'years', value: 2, min: 1, max: 3 }))).toBe('1:3:1');
  });

  it('reads each default spread back as the values it says, and lever text as table --vary reads it', () => {
    const sheet = compute(baseline());
    const growth = readLever(sheet, 'budget_growth');
    // The baseline's budget_growth has a low of 1% and a high of 4%: its default is 1%:4%:0.5%.
    expect(growth.ok && growth.lever.levels).toEqual([0.01, 0.015, 0.02, 0.025, 0.03, 0.035, 0.04]);
    const listed = readLever(sheet, ' marginal_private_share = 10%,30%,52.9% ');
    expect(listed.ok && listed.lever).toEqual({ input: 'marginal_private_share', levels: [0.1, 0.3, 0.529] });
    expect(readLever(sheet, 'budget_grwth=1%:5%:1%')).toEqual({ ok: false, problem: 'no input named "budget_grwth" (did you mean "budget_growth"?)' });
    const formula = readLever(sheet, 'private_share=1%');
    expect(formula.ok || formula.problem).toContain('"private_share" is a formula, not an input');
    const outside = readLever(sheet, 'budget_growth=1%,30%');
    expect(outside.ok || outside.problem).toContain('budget_growth must be at most 20.00%, not 30.00%');
    const short = readLever(sheet, 'budget_growth=1%:5%:3%');
    expect(short.ok || short.problem).toContain('does not reach its end exactly');
  });

  it('offers the inputs the output depends on and that move it, those with a low and a high first, never the horizon', () => {
    const cells = baseline().cells.map((cell) => (cell.kind === 'input' ? { ...cell, low: undefined, high: undefined } : cell));
    const plain = compute({ ...baseline(), cells });
    // last(private_share) = s/G + (1 − 1/G)·m with G = (1 + g)^5: private_spend_base cancels out, so it is passed over.
    // Between the quarters of their min..max, s (25% to 75%) moves it by 50/G ≈ 45 pp, g (-2.5% to 12.5%) by 26 pp
    // and m (25% to 75%) by (1 − 1/G)·50 ≈ 4.7 pp: the largest two are offered.
    const measure = measureOf(plain, 'last(private_share)');
    expect(defaultInputs(plain, measure)).toEqual(['private_share_base', 'budget_growth']);
    expect(defaultInputs(plain, measure, 'budget_growth')).toEqual(['budget_growth', 'private_share_base']);
    const ranged = cells.map((cell) =>
      cell.kind === 'input' && (cell.name === 'budget_growth' || cell.name === 'marginal_private_share')
        ? { ...cell, low: cell.value / 2, high: cell.value * 1.5 }
        : cell,
    );
    const sheet = compute({ ...baseline(), cells: ranged });
    expect(defaultInputs(sheet, measureOf(sheet, 'last(private_share)'))).toEqual(['marginal_private_share', 'budget_growth']);
    expect(defaultInputs(sheet, measureOf(sheet, 'total_budget_base'))).toEqual(['private_spend_base', 'private_share_base']);
  });
});

describe('the data table screen', () => {
  it('shows last(private_share) for budget_growth × marginal_private_share equal to the closed form and to nhs-whatif table', async () => {
    const state = tableOfGrowthAndShare();
    expect(shownAs(state)).toBe('data-table');
    const shown = sliceOf(state, 'data-table').shown!;
    expect(shown.grid.down.labels).toEqual(['1.00%', '2.00%', '3.00%', '4.00%', '5.00%']);
    expect(shown.grid.across.labels).toEqual(['10.00%', '30.00%', '52.90%']);
    GROWTH.forEach((growth, row) => {
      SHARES.forEach((share, column) => {
        expect(shown.grid.values[row]![column]).toBeCloseTo(finalShare(growth, share), 14);
      });
    });
    const json = JSON.parse(
      (
        await cli(
          'table',
          'scenarios/baseline.yaml',
          '--vary',
          'budget_growth=1%:5%:1%',
          '--vary',
          'marginal_private_share=10%,30%,52.9%',
          '--show',
          'last(private_share)',
          '--format',
          'json',
        )
      ).stdout,
    );
    expect(json.rows.map((row: { values: Record<string, number> }) => row.values['last(private_share)'])).toEqual(shown.grid.values.flat());
    // The scenario's own values, 2% and 52.94%, are nearest the second row and the third column.
    expect([shown.grid.down.current, shown.grid.across.current]).toEqual([1, 2]);
    expect(state.undo).toHaveLength(0);
  });

  it('lays the grid out with every value in its unit after a shade, the scenario’s own row, column and cell in brackets', () => {
    const state = tableOfGrowthAndShare();
    const { view } = layOutDataTable({ columns: 80, rows: 24, messageRows: 2 }, state);
    const lines = view.picture!.lines.map(textOf);
    expect(view.heading).toBe('Data table of private_share in 2020/21 (last(private_share)), in percent');
    expect(lines[0]).toBe('budget_growth ↓  marginal_private_share →');
    expect(lines[1]).toMatch(/^ +10\.00% +30\.00% +\[ *52\.90%\] *$/);
    const row = lines.find((line) => line.includes('[2.00%]'))!;
    // Shades by quarters of lowest (1%, 10%) to highest (5%, 52.9%): 7.72% to 17.41%, so 9.71% is still in the first.
    const [lowest, highest] = [finalShare(0.01, 0.1), finalShare(0.05, 0.529)];
    const shade = (value: number) => SHADES[Math.min(3, Math.floor(((value - lowest) / (highest - lowest)) * 4))];
    const [a, b, c] = [finalShare(0.02, 0.1), finalShare(0.02, 0.3), finalShare(0.02, 0.529)];
    expect([shade(a), shade(b), shade(c)]).toEqual(['░', '░', '▒']);
    expect(row).toMatch(new RegExp(`\\[2\\.00%\\] +░ +${percent(a)} +░ +${percent(b)} +\\[▒ ${percent(c)}\\]`));
    expect(lines.find((line) => line.includes(' 5.00% '))).toContain(`█ ${percent(highest)}`);
    const values = [a, b, c].map(percent);
    const notes = view.notes.map((note) => note.text).join(' ');
    expect(notes).toContain(`At budget_growth 2.00%, marginal_private_share 52.90%: last(private_share) ${values[2]}.`);
    expect(notes).toContain("[ ] nearest the scenario's own values, budget_growth 2.00%, marginal_private_share 52.94%: last(private_share) 11.87%");
    expect(notes).toContain(`░ from ${percent(finalShare(0.01, 0.1))}`);
  });

  it.each([
    [80, 24],
    [120, 40],
    [200, 60],
  ])('fits the screen at %ix%i: every row of the default table, its notes, nothing wider than the terminal', (columns, rows) => {
    const state = press(select(initialState(baseline()), 'private_share'), 't', ['enter'], ['enter'], ['enter']);
    const { view } = layOutDataTable({ columns, rows, messageRows: 2 }, state);
    const lines = [view.heading, ...view.picture!.lines.map(textOf), ...view.notes.map((note) => note.text)];
    expect(lines.length).toBeLessThanOrEqual(bodyRows(rows, 2));
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(columns);
    // budget_growth over its low..high, 1%:4%:0.5%, down; marginal_private_share over 30%:70%:10% across.
    expect(view.picture!.rows).toEqual({ from: 0, count: 7, of: 7 });
    expect(view.picture!.columns).toEqual({ from: 0, count: 5, of: 5 });
    expect(view.notes.at(-1)?.text).toContain('█ from');
  });

  it('moves the cursor with the moving keys and says its values, offers the table again with e, and goes back with Esc', () => {
    let state = tableOfGrowthAndShare();
    state = press(state, 'j', 'h');
    const { view } = layOutDataTable({ columns: 100, rows: 30, messageRows: 2 }, state);
    expect(view.notes[0]?.text).toBe(`At budget_growth 3.00%, marginal_private_share 30.00%: last(private_share) ${percent(finalShare(0.03, 0.3))}.`);
    state = press(state, 'G', 'g', 'l', 'l', 'l');
    expect(sliceOf(state, 'data-table').cursor).toEqual({ row: 0, column: 2 });
    const again = press(state, 'e');
    expect(promptOf(again)?.text).toBe('last(private_share)');
    expect(promptOf(press(again, ['enter']))?.text).toBe('budget_growth=1%:5%:1%');
    const back = press(state, ['escape']);
    expect(shownAs(back)).toBe('grid');
    expect(back.sheet).toBe(state.sheet);
  });

  it('refuses an output that is not one number, and the same input twice, keeping the prompt open', () => {
    let state = press(select(initialState(baseline()), 'private_share'), 't', ['ctrl-u'], 'private_share', ['enter']);
    expect(promptOf(state)?.problem).toContain('private_share gives one value per year; use last(private_share)');
    state = press(state, ['ctrl-u'], 'last(private_share)', ['enter'], ['ctrl-u'], 'budget_growth', ['enter'], ['ctrl-u'], 'budget_growth=1%', ['enter']);
    expect(promptOf(state)?.problem).toBe('budget_growth is already down the side: choose another input');
    expect(shownAs(press(state, ['escape']))).toBe('grid');
  });
});

describe('the layout of a data table', () => {
  const grid = (rows: number, columns: number, value = (r: number, c: number): number | undefined => -0.05 + r * 0.01 + c * 0.002): HeatGrid => ({
    down: { name: 'budget_growth', labels: Array.from({ length: rows }, (_, r) => percent(r / 100)), current: 2 },
    across: { name: 'marginal_private_share', labels: Array.from({ length: columns }, (_, c) => percent(c / 10)), current: 3 },
    values: Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => value(r, c))),
    unit: 'percent',
  });

  it.each([
    [80, 24],
    [100, 30],
    [120, 40],
    [200, 60],
  ])('fits %ix%i, with whole columns and rows, each line within the width', (columns, rows) => {
    const picture = layOutHeat(grid(7, 6), { columns, rows: rows - 6 }, { top: 0, left: 0, cursor: { row: 2, column: 3 } });
    expect(picture.columns.count).toBe(6);
    expect(picture.rows.count).toBe(7);
    for (const line of picture.lines) expect([...textOf(line)].length).toBeLessThanOrEqual(columns);
    // A negative value keeps its sign, and the lowest and highest get the lightest and darkest shades.
    expect(textOf(picture.lines[2]!)).toContain(`░ -5.00%`);
    expect(textOf(picture.lines.at(-1)!)).toContain(`█  2.00%`);
  });

  it('leaves out whole columns and rows around the cursor, saying how many on each side', () => {
    const picture = layOutHeat(grid(30, 20), { columns: 80, rows: 12 }, { top: 0, left: 0, cursor: { row: 25, column: 15 } });
    expect(picture.columns).toEqual({ from: 11, count: 5, of: 20 });
    expect(picture.rows).toEqual({ from: 16, count: 10, of: 30 });
    const lines = picture.lines.map(textOf);
    expect(lines[1]).toMatch(/^↑16 ↓4 /);
    expect(lines[1]).toMatch(/ ←11 4→$/);
    expect(lines[1]).toContain('150.00%');
    expect(lines[1]).not.toContain(' 80.00%');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
    expect(picture.lines.flat().filter((run) => run.tone.kind === 'heat' && run.tone.cursor)).toHaveLength(1);
  });

  it('marks a value that failed as ERROR and shades alike values alike; the legend says the shades in the unit', () => {
    const picture = layOutHeat(
      grid(2, 2, (r, c) => (r === 0 && c === 0 ? undefined : 0.1)),
      { columns: 80, rows: 10 },
      { top: 0, left: 0, cursor: { row: 0, column: 0 } },
    );
    expect(textOf(picture.lines[2]!)).toContain('ERROR');
    expect(textOf(picture.lines[3]!)).toContain(`${SHADES[1]} 10.00%`);
    expect(shadeLegend(picture.lowest, picture.highest, 'percent')).toBe('every value is 10.00% (▒)');
    expect(shadeLegend(0, 0.2, 'percent')).toBe('░ from 0.00% · ▒ from 5.00% · ▓ from 10.00% · █ from 15.00% to 20.00%');
  });
});
