import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentilesOf } from '../../src/analysis/order-statistics.js';
import { percentileOfSorted } from '../../src/analysis/percentile.js';

describe('percentiles by selection', () => {
  it('equal R-7 on the sorted values, for any values (ties included) and any increasing percentiles', () => {
    const values = fc.array(fc.oneof(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.integer({ min: -3, max: 3 })), { minLength: 1, maxLength: 300 });
    const ps = fc.uniqueArray(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }).map((each) => each.sort((a, b) => a - b));
    fc.assert(
      fc.property(values, ps, (numbers, wanted) => {
        const sorted = Float64Array.from(numbers).sort();
        const expected = wanted.map((p) => percentileOfSorted(sorted, p));
        // + 0 makes -0 and 0 alike, which sorting and selection may order either way.
        expect(percentilesOf(Float64Array.from(numbers), wanted).map((x) => x + 0)).toEqual(expected.map((x) => x + 0));
      }),
    );
  });

  it('give the 5th, 50th and 95th percentiles of 1..101 and nothing for no values', () => {
    const values = Float64Array.from({ length: 101 }, (_, i) => 101 - i);
    expect(percentilesOf(values, [0.05, 0.5, 0.95])).toEqual([6, 51, 96]);
    expect(percentilesOf(new Float64Array(0), [0.5])).toEqual([Number.NaN]);
  });
});
