import { describe, expect, it } from 'vitest';
import { draws, type Uncertainty, uncertaintyProblem } from '../../src/analysis/distributions.js';
import { percentileOfSorted } from '../../src/analysis/percentile.js';
import { randomStreams } from '../../src/analysis/random.js';
import type { Distribution } from '../../src/engine/index.js';
import { meanOf, quantile } from './distribution-reference.js';

const N = 40_000;
const sortedDraws = (uncertainty: Uncertainty, seed = 11) => draws(uncertainty, randomStreams(seed, 1)[0]!, N).sort();

/** The Monte Carlo standard error of the p-quantile: sqrt(p (1 - p) / n) over the density there, the density estimated from nearby quantiles. */
function quantileError(uncertainty: Uncertainty, p: number): number {
  const h = 0.005;
  const density = (2 * h) / (quantile(uncertainty, p + h) - quantile(uncertainty, p - h));
  return Math.sqrt((p * (1 - p)) / N) / density;
}

describe('drawing from input distributions', () => {
  const cases: [Distribution, number, number, number][] = [
    ['uniform', 0.01, 0.02, 0.04],
    ['triangular', 0.3, 0.5294117647058824, 0.7],
    ['normal', 0.01, 0.02, 0.03],
    ['lognormal', 5, 8.7, 12],
  ];
  it.each(cases)('%s: p5, p50 and p95 of the draws match the quantiles within 3 standard errors', (distribution, low, value, high) => {
    const uncertainty: Uncertainty = { low, value, high, distribution };
    const sorted = sortedDraws(uncertainty);
    for (const p of [0.05, 0.5, 0.95]) {
      expect(Math.abs(percentileOfSorted(sorted, p) - quantile(uncertainty, p))).toBeLessThan(3 * quantileError(uncertainty, p));
    }
    const sd = Math.sqrt(sorted.reduce((sum, x) => sum + (x - meanOf(uncertainty)) ** 2, 0) / N);
    const average = sorted.reduce((sum, x) => sum + x, 0) / N;
    expect(Math.abs(average - meanOf(uncertainty))).toBeLessThan((3 * sd) / Math.sqrt(N));
  });

  it('PERT: mean (low + 4 value + high) / 6, within its range, skewed toward the mode', () => {
    const uncertainty: Uncertainty = { low: 0, value: 0.2, high: 1, distribution: 'pert' };
    const sorted = sortedDraws(uncertainty);
    const average = sorted.reduce((sum, x) => sum + x, 0) / N;
    const sd = Math.sqrt(sorted.reduce((sum, x) => sum + (x - average) ** 2, 0) / N);
    expect(Math.abs(average - meanOf(uncertainty))).toBeLessThan((3 * sd) / Math.sqrt(N));
    expect(sorted[0]!).toBeGreaterThanOrEqual(0);
    expect(sorted[N - 1]!).toBeLessThanOrEqual(1);
    expect(percentileOfSorted(sorted, 0.5)).toBeLessThan(0.5);
  });

  it('draws the same numbers from the same seed and others from another', () => {
    const uncertainty: Uncertainty = { low: 1, value: 2, high: 4, distribution: 'triangular' };
    const stream = () => randomStreams(5, 1)[0]!;
    expect(draws(uncertainty, stream(), 100)).toEqual(draws(uncertainty, stream(), 100));
    expect(draws(uncertainty, randomStreams(6, 1)[0]!, 100)).not.toEqual(draws(uncertainty, stream(), 100));
  });

  it('refuses ranges that describe no distribution', () => {
    expect(uncertaintyProblem({ low: 0, value: 1, high: 2, distribution: 'lognormal' })).toMatch(/lognormal range needs low above 0/);
    expect(uncertaintyProblem({ low: 0.01, value: 0.05, high: 0.03, distribution: 'normal' })).toMatch(/must be between low 0.01 and high 0.03/);
    expect(uncertaintyProblem({ low: 3, value: 2, high: 1, distribution: 'triangular' })).toMatch(/low 3 is greater than high 1/);
    expect(uncertaintyProblem({ low: 1, value: 5, high: 2, distribution: 'uniform' })).toBeUndefined();
  });
});

describe('percentiles', () => {
  it('interpolate between closest ranks, as PERCENTILE.INC does', () => {
    // PERCENTILE.INC({1,2,3,4}, 0.25) = 1.75; 0.5 gives 2.5; the ends are the extremes.
    const sorted = [1, 2, 3, 4];
    expect(percentileOfSorted(sorted, 0.25)).toBe(1.75);
    expect(percentileOfSorted(sorted, 0.5)).toBe(2.5);
    expect(percentileOfSorted(sorted, 0)).toBe(1);
    expect(percentileOfSorted(sorted, 1)).toBe(4);
    expect(percentileOfSorted([7], 0.95)).toBe(7);
  });
});
