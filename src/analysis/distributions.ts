import { randomBeta, randomLogNormal, randomNormal } from 'd3-random';
import type { Distribution } from '../engine/index.js';
import type { RandomStream } from './random.js';

/**
 * An input's uncertainty. For triangular and PERT, low, value and high are the minimum, the most likely value and
 * the maximum; for uniform, low and high are the ends; for normal and lognormal they are the 5th and 95th percentiles.
 */
export interface Uncertainty {
  readonly low: number;
  readonly value: number;
  readonly high: number;
  readonly distribution: Distribution;
}

/** The 95th percentile of the standard normal distribution. */
export const Z95 = 1.6448536269514722;

/** Why the range does not describe a distribution, or undefined when it does; `show` writes its numbers (as in a file, else). */
export function uncertaintyProblem({ low, value, high, distribution }: Uncertainty, show: (n: number) => string = String): string | undefined {
  if (!(low <= high)) return `low ${show(low)} is greater than high ${show(high)}`;
  if (distribution === 'lognormal' && low <= 0) return `a lognormal range needs low above 0 (its 5th percentile), not ${show(low)}`;
  if (distribution === 'uniform') return undefined;
  if (value < low || value > high) return `value ${show(value)} must be between low ${show(low)} and high ${show(high)} for a ${distribution} distribution`;
  if (low === high && distribution !== 'triangular') return `a ${distribution} distribution needs low below high`;
  return undefined;
}

/** The normal distribution whose 5th and 95th percentiles are `low` and `high`. */
const normalFit = (low: number, high: number) => ({ mean: (low + high) / 2, sd: (high - low) / (2 * Z95) });

/** A function that draws one value from the distribution, using only `stream`. */
function sampler(uncertainty: Uncertainty, stream: RandomStream): () => number {
  const { low, value, high, distribution } = uncertainty;
  const uniform = stream.uniform;
  switch (distribution) {
    case 'uniform':
      return () => low + (high - low) * uniform();
    case 'triangular':
      return () => triangularQuantile(low, value, high, uniform());
    case 'pert': {
      // The beta distribution with the mode at `value` and shape 4, scaled onto [low, high].
      const alpha = 1 + (4 * (value - low)) / (high - low);
      const beta = 1 + (4 * (high - value)) / (high - low);
      const draw = randomBeta.source(uniform)(alpha, beta);
      return () => low + (high - low) * draw();
    }
    case 'normal': {
      const { mean, sd } = normalFit(low, high);
      return randomNormal.source(uniform)(mean, sd);
    }
    case 'lognormal': {
      const { mean, sd } = normalFit(Math.log(low), Math.log(high));
      return randomLogNormal.source(uniform)(mean, sd);
    }
  }
}

/** `count` draws into a new array. */
export function draws(uncertainty: Uncertainty, stream: RandomStream, count: number): Float64Array {
  const draw = sampler(uncertainty, stream);
  const values = new Float64Array(count);
  for (let i = 0; i < count; i++) values[i] = draw();
  return values;
}

export function triangularQuantile(low: number, mode: number, high: number, p: number): number {
  const width = high - low;
  if (width === 0) return low;
  const split = (mode - low) / width;
  return p < split ? low + Math.sqrt(p * width * (mode - low)) : high - Math.sqrt((1 - p) * width * (high - mode));
}
