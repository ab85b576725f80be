import { describe, expect, it } from 'vitest';
import { combinationsProblem, dataTable } from '../../src/analysis/data-table.js';
import { type Cell, measureOf, sheetOf } from '../../src/engine/index.js';
import { baselineCells, referenceBaseline } from '../engine/baseline-cells.js';

describe('data tables', () => {
  const sheet = sheetOf(baselineCells(), '2015/16');

  it('give every combination of two levers, the first changing slowest, equal to the formulas written out', () => {
    const growths = [0.01, 0.02, 0.03, 0.04, 0.05];
    const shares = [0.1, 0.3, 0.529];
    const table = dataTable({
      sheet,
      levers: [
        { input: 'budget_growth', levels: growths },
        { input: 'marginal_private_share', levels: shares },
      ],
      outputs: [measureOf(sheet, 'last(private_share)'), measureOf(sheet, 'cumulative_extra_to_private')],
    });
    expect(table.points).toHaveLength(15);
    table.points.forEach((point, i) => {
      const [growth, share] = [growths[Math.floor(i / 3)]!, shares[i % 3]!];
      expect(point.levels).toEqual([growth, share]);
      const reference = referenceBaseline(growth, 5, share);
      expect(point.values[0]).toBeCloseTo(reference.privateShare[4]!, 14);
      expect(Math.abs(point.values[1]! - reference.cumulativePrivate) / reference.cumulativePrivate).toBeLessThan(1e-12);
    });
    expect(table.failedValues).toBe(0);
  });

  it('vary the horizon too', () => {
    const table = dataTable({ sheet, levers: [{ input: 'horizon_years', levels: [5, 10, 30] }], outputs: [measureOf(sheet, 'cumulative_extra_to_nhs')] });
    expect(table.points.map((point) => point.values[0])).toEqual(
      [5, 10, 30].map((years) => expect.closeTo(referenceBaseline(0.02, years).cumulativeNhs, 9) as unknown as number),
    );
  });

  it('refuse more than 100,000 combinations with the count, and an input varied twice', () => {
    const levels = Array.from({ length: 400 }, (_, i) => i / 1000);
    expect(
      combinationsProblem([
        { input: 'budget_growth', levels },
        { input: 'marginal_private_share', levels },
      ]),
    ).toBe('400 values of budget_growth × 400 values of marginal_private_share make 160,000 combinations; the most is 100,000: use fewer values');
    expect(
      combinationsProblem([
        { input: 'budget_growth', levels: [0.01] },
        { input: 'budget_growth', levels: [0.02] },
      ]),
    ).toBe('each input may be varied once');
  });

  it('count failing values and say why for the first few', () => {
    const cells: Cell[] = [
      { kind: 'input', name: 'x', value: 1, unit: 'number' },
      { kind: 'formula', name: 'y', formula: '1 / x', unit: 'number' },
    ];
    const small = sheetOf(cells, '2015/16');
    const table = dataTable({ sheet: small, levers: [{ input: 'x', levels: [-1, 0, 2] }], outputs: [measureOf(small, 'y')] });
    expect(table.points.map((point) => point.values[0])).toEqual([-1, undefined, 0.5]);
    expect(table.failedValues).toBe(1);
    expect(table.failures).toEqual([{ levels: [0], output: 'y', problem: expect.stringMatching(/division by zero/) }]);
  });
});
