import { describe, expect, it } from 'vitest';
import { solve, solveRangeProblem } from '../../src/analysis/solve.js';
import { targetWords } from '../../src/analysis/target.js';
import { type Cell, type InputCell, measureOf, sheetOf } from '../../src/engine/index.js';
import { baselineCells, referenceBaseline } from '../engine/baseline-cells.js';

const withRange = (cells: Cell[], name: string, min: number, max: number): Cell[] =>
  cells.map((cell) => (cell.name === name && cell.kind === 'input' ? { ...cell, min, max } : cell));

const baseline = () => sheetOf(withRange(baselineCells(), 'marginal_private_share', 0, 1), '2015/16');

describe('goal seek', () => {
  it('finds the marginal share that holds the 2020/21 private share at 10%, as the closed form does', () => {
    const sheet = baseline();
    const target = measureOf(sheet, 'last(private_share)');
    const solution = solve({ sheet, input: 'marginal_private_share', target, wanted: 0.1 });
    // private_share_5 = (8.7 + m extra_5) / budget_5 = 0.10  ⇒  m = (0.10 budget_5 − 8.7) / extra_5.
    const { budget, extra } = referenceBaseline(0.02);
    const closedForm = (0.1 * budget[4]! - 8.7) / extra[4]!;
    if (solution.kind !== 'solved') throw new Error(`expected a solution, got ${solution.kind}`);
    expect(Math.abs(solution.value - closedForm) / closedForm).toBeLessThan(1e-12);
    expect(solution.value).toBeCloseTo(0.33059, 5);
    expect(Math.abs(solution.reached - 0.1)).toBeLessThan(1e-13);
    expect(solution.others).toEqual([]);
    expect(solution.searched).toEqual({ min: 0, max: 1 });
    expect(solution.evaluations).toBeLessThan(SCAN_POINTS + 20);
    expect(targetWords(target, sheet.evaluation.years)).toBe('private_share in 2020/21');
  });

  it('never changes the scenario it searches', () => {
    const sheet = baseline();
    const before = sheet.evaluation.results.get('private_share');
    solve({ sheet, input: 'marginal_private_share', target: measureOf(sheet, 'last(private_share)'), wanted: 0.1 });
    expect((sheet.model.cells.get('marginal_private_share')!.cell as InputCell).value).toBe(900 / 1700);
    expect(sheet.evaluation.results.get('private_share')).toBe(before);
  });

  it('says what the target reaches when the wanted value is out of reach', () => {
    const sheet = baseline();
    const solution = solve({ sheet, input: 'marginal_private_share', target: measureOf(sheet, 'last(private_share)'), wanted: 0.3 });
    if (solution.kind !== 'out-of-reach') throw new Error(`expected out of reach, got ${solution.kind}`);
    const { budget, extra } = referenceBaseline(0.02);
    // At 0% the private share falls to 8.7 / budget_5; at 100% it is (8.7 + extra_5) / budget_5.
    expect(solution.lowest.input).toBe(0);
    expect(solution.lowest.target).toBeCloseTo(8.7 / budget[4]!, 14);
    expect(solution.highest.input).toBe(1);
    expect(solution.highest.target).toBeCloseTo((8.7 + extra[4]!) / budget[4]!, 14);
  });

  it('of two roots gives the one nearest the current value and counts the other', () => {
    // y = 4 x (1 - x) is 0.75 at x = 0.25 and at x = 0.75.
    const cells: Cell[] = [
      { kind: 'input', name: 'x', value: 0.6, unit: 'number', min: 0, max: 1 },
      { kind: 'formula', name: 'y', formula: '4 * x * (1 - x)', unit: 'number' },
    ];
    const sheet = sheetOf(cells, '2015/16');
    const solution = solve({ sheet, input: 'x', target: measureOf(sheet, 'y'), wanted: 0.75 });
    if (solution.kind !== 'solved') throw new Error(`expected a solution, got ${solution.kind}`);
    expect(solution.value).toBeCloseTo(0.75, 12);
    expect(solution.others).toHaveLength(1);
    expect(solution.others[0]).toBeCloseTo(0.25, 12);
    const fromLow = sheetOf([{ ...(cells[0] as InputCell), value: 0.1 }, cells[1]!], '2015/16');
    const other = solve({ sheet: fromLow, input: 'x', target: measureOf(fromLow, 'y'), wanted: 0.75 });
    expect(other.kind === 'solved' && other.value).toBeCloseTo(0.25, 12);
  });

  it('tells a jump across the wanted value from a solution', () => {
    const cells: Cell[] = [
      { kind: 'input', name: 'x', value: 0.2, unit: 'number', min: 0, max: 1 },
      { kind: 'formula', name: 'y', formula: 'x > 0.5 ? 2 : 1', unit: 'number' },
    ];
    const sheet = sheetOf(cells, '2015/16');
    const solution = solve({ sheet, input: 'x', target: measureOf(sheet, 'y'), wanted: 1.5 });
    if (solution.kind !== 'jump') throw new Error(`expected a jump, got ${solution.kind}`);
    expect(solution.at).toBeCloseTo(0.5, 10);
    expect(solution.below.target).toBe(1);
    expect(solution.above.target).toBe(2);
  });

  const oneInput = (formula: string, value = 0.2): ReturnType<typeof sheetOf> =>
    sheetOf(
      [
        { kind: 'input', name: 'x', value, unit: 'number', min: 0, max: 1 },
        { kind: 'formula', name: 'y', formula, unit: 'number' },
      ],
      '2015/16',
    );
  const solveY = (formula: string, wanted: number, value = 0.2) => {
    const sheet = oneInput(formula, value);
    return solve({ sheet, input: 'x', target: measureOf(sheet, 'y'), wanted });
  };

  it('says a target that does not read the input gives its value whatever the input is, not 66 solutions', () => {
    const sheet = sheetOf(withRange(baselineCells(), 'budget_growth', -0.1, 0.2), '2015/16');
    const target = measureOf(sheet, 'private_share_base');
    const same = solve({ sheet, input: 'budget_growth', target, wanted: 0.076 });
    if (same.kind !== 'solved') throw new Error(`expected a solution, got ${same.kind}`);
    expect(same).toMatchObject({ value: 0.02, interval: { min: -0.1, max: 0.2 }, others: [], otherIntervals: [], dependsOnInput: false });
    const other = solve({ sheet, input: 'budget_growth', target, wanted: 0.1 });
    expect(other).toMatchObject({ kind: 'out-of-reach', dependsOnInput: false, lowest: { target: 0.076 }, highest: { target: 0.076 } });
  });

  it('gives the interval over which a true/false target holds, its end at the closed-form threshold', () => {
    const sheet = baseline();
    const solution = solve({ sheet, input: 'marginal_private_share', target: measureOf(sheet, 'last(private_share) > 0.1'), wanted: 1 });
    if (solution.kind !== 'solved') throw new Error(`expected a solution, got ${solution.kind}`);
    const { budget, extra } = referenceBaseline(0.02);
    const threshold = (0.1 * budget[4]! - 8.7) / extra[4]!;
    expect(solution.interval!.max).toBe(1);
    expect(Math.abs(solution.interval!.min - threshold) / threshold).toBeLessThan(1e-11);
    expect(solution.value).toBe(900 / 1700);
    expect(solution.others).toEqual([]);
    expect(solution.otherIntervals).toEqual([]);
    const below = solve({ sheet, input: 'marginal_private_share', target: measureOf(sheet, 'last(private_share) > 0.1'), wanted: 0 });
    if (below.kind !== 'solved') throw new Error(`expected a solution, got ${below.kind}`);
    expect(below.interval!.min).toBe(0);
    expect(Math.abs(below.interval!.max - threshold) / threshold).toBeLessThan(1e-11);
    // Outside the interval, the answer is its end nearest the current value.
    expect(below.value).toBe(below.interval!.max);
  });

  it('finds the flat part of a capped target as an interval with its end by bisection', () => {
    const solution = solveY('min(x, 0.4)', 0.4);
    if (solution.kind !== 'solved') throw new Error(`expected a solution, got ${solution.kind}`);
    expect(solution.interval!.max).toBe(1);
    expect(Math.abs(solution.interval!.min - 0.4)).toBeLessThan(1e-12);
    expect(solution.value).toBe(solution.interval!.min);
  });

  it('says a target that jumps over the value where it cannot be computed does so, not that the value is out of reach', () => {
    const solution = solveY('1 / (x - 0.5)', 0);
    if (solution.kind !== 'jump') throw new Error(`expected a jump, got ${solution.kind}`);
    expect(solution).toMatchObject({ at: 0.5, noValue: true });
    // The scan points either side of 0.5 are 0.5 ∓ 1/64, where 1/(x − 0.5) is ∓64.
    expect(solution.below).toEqual({ input: 0.5 - 1 / 64, target: -64 });
    expect(solution.above).toEqual({ input: 0.5 + 1 / 64, target: 64 });
  });

  it('accepts a root where the target touches the value without crossing it, and says how near a near miss comes', () => {
    const touching = solveY('(x - 0.5123)^2', 0);
    if (touching.kind !== 'solved') throw new Error(`expected a solution, got ${touching.kind}`);
    expect(Math.abs(touching.value - 0.5123)).toBeLessThan(1e-9);
    expect(touching.reached).toBeLessThan(1e-18);
    // Near the end of the range, between the first two scan points.
    const nearEnd = solveY('(x - 0.003)^2', 0);
    expect(nearEnd.kind === 'solved' && nearEnd.value).toBeCloseTo(0.003, 9);
    // Two roots 0.001 apart, between the same two scan points: both are found.
    const twice = solveY('(x - 0.5123)^2 - 0.000001', 0);
    if (twice.kind !== 'solved') throw new Error(`expected a solution, got ${twice.kind}`);
    expect(twice.value).toBeCloseTo(0.5113, 12);
    expect(twice.others).toHaveLength(1);
    expect(twice.others[0]).toBeCloseTo(0.5133, 12);
    const miss = solveY('(x - 0.5123)^2 + 0.00001', 0);
    if (miss.kind !== 'out-of-reach') throw new Error(`expected out of reach, got ${miss.kind}`);
    expect(miss.closest!.input).toBeCloseTo(0.5123, 8);
    expect(miss.closest!.target).toBeCloseTo(0.00001, 15);
    expect(miss.lowest).toEqual(miss.closest);
  });

  it('refuses inputs without a range, the horizon, and ranges outside the input’s limits', () => {
    const cell: InputCell = { kind: 'input', name: 'g', value: 0.02, unit: 'percent' };
    expect(solveRangeProblem(cell)).toMatch(/g has no min and max to search between: give them in the file or with --between LOW:HIGH/);
    expect(solveRangeProblem({ ...cell, min: 0, max: 0.2 })).toBeUndefined();
    expect(solveRangeProblem({ ...cell, min: 0, max: 0.2 }, { min: 0.1, max: 0.3 })).toBe(
      "the range to search must lie within g's min and max (0.00% to 20.00%)",
    );
    expect(solveRangeProblem({ ...cell, min: 0, max: 0.2 }, { min: 0.1, max: 0.1 })).toBe(
      'the range to search must run from a lower to a higher value, not 10.00% to 10.00%',
    );
    expect(solveRangeProblem({ ...cell, min: 0.2, max: 0.1 })).toBe("g's min and max must run from a lower to a higher value, not 20.00% to 10.00%");
    expect(solveRangeProblem({ kind: 'input', name: 'horizon_years', value: 5, unit: 'years', min: 1, max: 30 })).toMatch(/whole number of years/);
  });
});

const SCAN_POINTS = 66;
