import { describe, expect, it } from 'vitest';
import { randomStreams, seedProblem } from '../../src/analysis/random.js';
import { CoalitionError, shapleyValues } from '../../src/analysis/shapley.js';

const sumOf = (weights: readonly number[], members: readonly boolean[]) => weights.reduce((sum, w, i) => sum + (members[i] ? w : 0), 0);

describe('Shapley values', () => {
  it('give each player its own weight in an additive game', () => {
    const weights = [3, -1.5, 0.25, 10];
    const result = shapleyValues(4, (members) => sumOf(weights, members));
    result.contributions.forEach((value, i) => {
      expect(value).toBeCloseTo(weights[i]!, 12);
    });
    expect(result.method).toEqual({ kind: 'exact' });
    expect(result.evaluations).toBe(16);
  });

  it('split a squared sum as x_i times the whole sum (the closed form)', () => {
    // v(S) = (sum of x over S)^2: joining a random coalition adds 2 s x_i + x_i^2 with E[s] = (X - x_i) / 2, so phi_i = x_i X.
    const x = [0.5, 2, -1, 4, 1.5];
    const total = x.reduce((a, b) => a + b, 0);
    const result = shapleyValues(5, (members) => sumOf(x, members) ** 2);
    result.contributions.forEach((value, i) => {
      expect(value).toBeCloseTo(x[i]! * total, 12);
    });
    const gap = total ** 2;
    expect(Math.abs(result.contributions.reduce((a, b) => a + b, 0) - gap) / gap).toBeLessThan(1e-12);
  });

  it('sample orderings above ten players, with a seed, and still add up to the gap', () => {
    const x = Array.from({ length: 12 }, (_, i) => (i % 3) - 0.5 + i / 10);
    const total = x.reduce((a, b) => a + b, 0);
    const game = (members: readonly boolean[]) => sumOf(x, members) ** 2;
    const result = shapleyValues(12, game, { orderings: 4000, seed: 7 });
    expect(result.method).toEqual({ kind: 'sampled', orderings: 4000, seed: 7 });
    expect(Math.abs(result.contributions.reduce((a, b) => a + b, 0) - total ** 2)).toBeLessThan(1e-9 * total ** 2);
    // Each sampled value is near the closed form x_i X (the sample's spread is about |x_i| * 2 * sd(s) / sqrt(4000)).
    result.contributions.forEach((value, i) => {
      expect(Math.abs(value - x[i]! * total)).toBeLessThan(0.35 * Math.abs(x[i]!) + 0.05);
    });
    expect(shapleyValues(12, game, { orderings: 4000, seed: 7 }).contributions).toEqual(result.contributions);
    expect(shapleyValues(12, game, { orderings: 4000, seed: 8 }).contributions).not.toEqual(result.contributions);
  });

  it('is exact in an additive game even when sampled', () => {
    const weights = Array.from({ length: 11 }, (_, i) => i - 5);
    const result = shapleyValues(11, (members) => sumOf(weights, members), { orderings: 50, seed: 3 });
    result.contributions.forEach((value, i) => {
      expect(value).toBeCloseTo(weights[i]!, 12);
    });
  });

  it('names the coalition that cannot be evaluated', () => {
    const error = (() => {
      try {
        shapleyValues(2, (members) => (members[0] && members[1] ? undefined : 1));
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(CoalitionError);
    expect((error as CoalitionError).members).toEqual([true, true]);
  });
});

describe('seeded streams', () => {
  it('give the same numbers for the same seed, and streams that do not depend on how many there are', () => {
    const first = randomStreams(42, 3).map((stream) => Array.from({ length: 5 }, () => stream.uniform()));
    const again = randomStreams(42, 5).map((stream) => Array.from({ length: 5 }, () => stream.uniform()));
    expect(again.slice(0, 3)).toEqual(first);
    expect(first[0]).not.toEqual(first[1]);
    for (const value of first.flat()) expect(value >= 0 && value < 1).toBe(true);
  });

  it('refuse seeds that are not whole numbers from 0 to 2^32 - 1', () => {
    expect(seedProblem(-1)).toMatch(/whole number from 0 to 4294967295/);
    expect(seedProblem(1.5)).toBeDefined();
    expect(seedProblem(0)).toBeUndefined();
  });
});
