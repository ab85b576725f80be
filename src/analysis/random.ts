import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded source of random numbers, independent of every other stream and of any global random state. */
export interface RandomStream {
  /** A number in [0, 1), a multiple of 2^-53. */
  readonly uniform: () => number;
  /** A whole number from `from` to `to`, both included. */
  readonly integer: (from: number, to: number) => number;
}

const MAX_SEED = 2 ** 32 - 1;

/** Why `seed` cannot seed the streams, or undefined when it can. */
export function seedProblem(seed: number): string | undefined {
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) return `a seed must be a whole number from 0 to ${MAX_SEED}, not ${seed}`;
  return undefined;
}

/**
 * `count` streams from one seed: stream k is the seeded generator jumped k times (2^64 draws apart), so the streams
 * never overlap and stream k is the same whatever `count` is. The same seed gives the same numbers on any machine.
 */
export function randomStreams(seed: number, count: number): RandomStream[] {
  const problem = seedProblem(seed);
  if (problem) throw new RangeError(problem);
  const generator = xoroshiro128plus(seed);
  return Array.from({ length: count }, (_, index) => {
    const own = generator.clone();
    if (index < count - 1) generator.jump();
    return { uniform: () => uniformFloat64(own), integer: (from: number, to: number) => uniformInt(own, from, to) };
  });
}
