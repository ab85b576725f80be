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

  it('refuses inputs without a range, the horizon, and ranges outside the input’s limits', () => {
    const cell: InputCell = { kind: 'input', name: 'g', value: 0.02, unit: 'percent' };
    expect(solveRangeProblem(cell)).toMatch(/g has no min and max to search between: give them in the file or with --between LOW:HIGH/);
    expect(solveRangeProblem({ ...cell, min: 0, max: 0.2 })).toBeUndefined();
    expect(solveRangeProblem({ ...cell, min: 0, max: 0.2 }, { min: 0.1, max: 0.3 })).toMatch(/within g's min and max/);
    expect(solveRangeProblem({ ...cell, min: 0, max: 0.2 }, { min: 0.1, max: 0.1 })).toMatch(/lower to a higher value/);
    expect(solveRangeProblem({ kind: 'input', name: 'horizon_years', value: 5, unit: 'years', min: 1, max: 30 })).toMatch(/whole number of years/);
  });
});

const SCAN_POINTS = 66;
