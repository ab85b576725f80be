import { describe, expect, it } from 'vitest';
import { crossingOf, crossingSentence } from '../../src/charts/index.js';
import { referenceBaseline } from '../engine/baseline-cells.js';

const YEARS = ['2016/17', '2017/18', '2018/19', '2019/20', '2020/21'];

/** The baseline's private share by the brief's formulas (the hand-written reference), at budget_growth `growth`. */
const baselineShare = (growth = 0.02): number[] => referenceBaseline(growth, YEARS.length).privateShare;

describe('where a series crosses a reference line', () => {
  it('names the first year the baseline’s private share reaches 10%, and how far into the year before it the line is met', () => {
    const values = baselineShare();
    const first = values.findIndex((value) => value >= 0.1);
    expect(first).toBe(2); // 8.49%, 9.36%, then 10.21% in the third year
    const crossing = crossingOf({ years: YEARS, values }, 0.1);
    expect(crossing).toEqual({
      kind: 'crosses',
      year: YEARS[first],
      from: YEARS[first - 1],
      direction: 'up',
      fraction: (0.1 - values[first - 1]!) / (values[first]! - values[first - 1]!),
    });
    expect(values[first - 1]).toBeLessThan(0.1);
  });

  it('counts reaching the line as crossing it, within rounding: a goal seek’s 10% in the last year', () => {
    const values = [0.085, 0.09, 0.095, 0.098, 0.1 * (1 + 1e-13)];
    expect(crossingOf({ years: YEARS, values }, 0.1)).toMatchObject({ kind: 'crosses', year: '2020/21', fraction: 1 });
    expect(crossingOf({ years: YEARS, values: [0.085, 0.09, 0.095, 0.098, 0.1 - 1e-13] }, 0.1)).toMatchObject({ kind: 'crosses', year: '2020/21' });
    expect(crossingOf({ years: YEARS, values: [0.085, 0.09, 0.095, 0.098, 0.0999] }, 0.1)).toEqual({
      kind: 'never',
      first: '2016/17',
      last: '2020/21',
      side: 'below',
    });
  });

  it('finds a fall through the line, a start on it, a series that stays above, and skips years without a value', () => {
    const falling = crossingOf({ years: YEARS, values: [0.12, 0.11, 0.09, 0.08, 0.07] }, 0.1);
    expect(falling).toMatchObject({ kind: 'crosses', year: '2018/19', from: '2017/18', direction: 'down' });
    expect(falling.kind === 'crosses' && falling.fraction).toBeCloseTo(0.5, 12);
    expect(crossingOf({ years: YEARS, values: [0.1, 0.11, 0.09, 0.08, 0.07] }, 0.1)).toEqual({ kind: 'starts-on', year: '2016/17' });
    expect(crossingOf({ years: YEARS, values: [3, 4, 5, 6, 7] }, -1)).toMatchObject({ kind: 'never', side: 'above' });
    const gap = crossingOf({ years: YEARS, values: [0.08, Number.NaN, 0.12, 0.13, 0.14] }, 0.1);
    expect(gap).toMatchObject({ kind: 'crosses', year: '2018/19', from: '2016/17' });
    expect(gap.kind === 'crosses' && gap.fraction).toBeCloseTo(0.5, 12);
    expect(crossingOf({ years: YEARS, values: [Number.NaN, Number.POSITIVE_INFINITY] }, 0.1)).toEqual({ kind: 'no-values' });
    // A series one year long never crosses: it has nowhere to cross to.
    expect(crossingOf({ years: ['2016/17'], values: [0.2] }, 0.1)).toEqual({ kind: 'never', first: '2016/17', last: '2016/17', side: 'above' });
    // A zero line and values that are zero but for rounding.
    expect(crossingOf({ years: YEARS, values: [-2, -1, 1e-17, 1, 2] }, 0)).toMatchObject({ kind: 'crosses', year: '2018/19', fraction: 1 });
  });

  it('says it in one sentence, series by series, with the line written as the cell’s values are', () => {
    const flat = YEARS.map(() => 0.076);
    const input = {
      quantity: 'private_share',
      unit: 'percent' as const,
      reference: 0.1,
      series: [
        { name: 'Baseline', years: YEARS, values: baselineShare() },
        { name: 'Average split', years: YEARS, values: flat },
      ],
    };
    expect(crossingSentence(input)).toBe('private_share crosses 10.00% in 2018/19 (Baseline); never within 2016/17–2020/21 (Average split)');
    expect(crossingSentence({ ...input, series: [...input.series].reverse() })).toBe(
      'private_share never crosses 10.00% within 2016/17–2020/21 (Average split); crosses it in 2018/19 (Baseline)',
    );
    // At 3.6% growth the share reaches 10% a year earlier (10.70% in 2017/18), worked out the same way.
    const higher = baselineShare(0.036);
    const year = YEARS[higher.findIndex((value) => value >= 0.1)]!;
    expect(crossingSentence({ ...input, series: [input.series[0]!, { name: 'Higher growth', years: YEARS, values: higher }] })).toBe(
      `private_share crosses 10.00% in 2018/19 (Baseline); in ${year} (Higher growth)`,
    );
    expect(
      crossingSentence({
        quantity: 'budget',
        unit: '£bn',
        reference: 120,
        series: [{ name: 'Baseline', years: ['2016/17', '2017/18'], values: [116.76, 119.1] }],
      }),
    ).toBe('budget never crosses £120.00bn within 2016/17–2017/18 (Baseline)');
    expect(crossingSentence({ ...input, reference: undefined })).toBeUndefined();
  });
});
