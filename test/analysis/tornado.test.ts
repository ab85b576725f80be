import { describe, expect, it } from 'vitest';
import { type Tornado, tornadoes } from '../../src/analysis/tornado.js';
import { tornadoBars } from '../../src/charts/tornado-bars.js';
import { type Cell, measureOf, sheetOf } from '../../src/engine/index.js';
import { tornadoReport } from '../../src/tables/tornado.js';
import { baselineCells, referenceBaseline } from '../engine/baseline-cells.js';

const ranged = (cells: Cell[], ranges: Record<string, [number, number]>): Cell[] =>
  cells.map((cell) => (cell.kind === 'input' && ranges[cell.name] ? { ...cell, low: ranges[cell.name]![0], high: ranges[cell.name]![1] } : cell));

describe('tornado', () => {
  const sheet = sheetOf(ranged(baselineCells(), { budget_growth: [0.01, 0.04], marginal_private_share: [0.3, 0.7] }), '2015/16');

  it('sorts the baseline’s ranged inputs by swing, with each end equal to the formulas written out', () => {
    const [result] = tornadoes(sheet, [measureOf(sheet, 'cumulative_extra_to_private')]) as [Tornado];
    const at = (growth: number, share: number) => referenceBaseline(growth, 5, share).cumulativePrivate;
    const m = 900 / 1700;
    expect(result.base).toBeCloseTo(at(0.02, m), 10);
    const expected = [
      { input: 'budget_growth', low: 0.01, high: 0.04, atLow: at(0.01, m), atHigh: at(0.04, m) },
      { input: 'marginal_private_share', low: 0.3, high: 0.7, atLow: at(0.02, 0.3), atHigh: at(0.02, 0.7) },
    ].sort((a, b) => Math.abs(b.atHigh - b.atLow) - Math.abs(a.atHigh - a.atLow));
    expect(result.bars.map((bar) => bar.input)).toEqual(expected.map((bar) => bar.input));
    result.bars.forEach((bar, i) => {
      expect(bar.low).toBe(expected[i]!.low);
      expect(bar.high).toBe(expected[i]!.high);
      expect(bar.atLow).toBeCloseTo(expected[i]!.atLow, 10);
      expect(bar.atHigh).toBeCloseTo(expected[i]!.atHigh, 10);
      expect(bar.side).toBe('across');
    });
    expect(result.notVaried).toEqual(['private_spend_base', 'private_share_base', 'horizon_years']);
  });

  it('shows both ends on one side of the base as such', () => {
    // y = (x - 1)^2 is 0 at x = 1 and 1 at both ends of 0..2.
    const cells: Cell[] = [
      { kind: 'input', name: 'x', value: 1, unit: 'number', low: 0, high: 2 },
      { kind: 'formula', name: 'y', formula: '(x - 1)^2', unit: 'number' },
    ];
    const small = sheetOf(cells, '2015/16');
    const [result] = tornadoes(small, [measureOf(small, 'y')]) as [Tornado];
    expect(result.bars[0]).toMatchObject({ atLow: 1, atHigh: 1, swing: 0, side: 'above' });
    const report = tornadoReport('Small', small, [result]);
    expect(report.tables[0]!.rows[0]!.at(-1)).toEqual({ kind: 'text', text: 'both ends above the base' });
  });

  it('calls ends that differ from the base by rounding alone no change', () => {
    // private_share = s / (1 + g)^5 + m (1 - 1 / (1 + g)^5) with the base total spend / s: the spend cancels out.
    const cells = ranged(baselineCells(), { private_spend_base: [8.65, 8.75] });
    const spend = sheetOf(cells, '2015/16');
    const [result] = tornadoes(spend, [measureOf(spend, 'last(private_share)')]) as [Tornado];
    const closedForm = 0.076 / 1.02 ** 5 + (900 / 1700) * (1 - 1 / 1.02 ** 5);
    expect(result.base).toBeCloseTo(closedForm, 14);
    expect(result.bars[0]!.atLow).toBeCloseTo(closedForm, 14);
    expect(result.bars[0]!.atHigh).toBeCloseTo(closedForm, 14);
    expect(result.bars[0]!.side).toBe('none');
  });

  it('draws bars on one scale around the base, readable without colour', () => {
    // Five columns each side stand for the largest distance from the base (4): 2 is 2.5 columns, drawn as 2.
    expect(
      tornadoBars(
        [
          { atLow: 8, atHigh: 14 },
          { atLow: 9, atHigh: 11 },
        ],
        10,
        11,
      ),
    ).toEqual(['   ░░│█████', '    ░│█    ']);
    // Both ends above: the nearer (the high, 11) is drawn over the further (the low, 12).
    expect(tornadoBars([{ atLow: 12, atHigh: 11 }], 10, 11)).toEqual(['     │███░░']);
  });
});
