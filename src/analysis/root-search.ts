import { BrokenBracketError, brent, type RealFunction } from './brent.js';

/** Where the function was sampled while bracketing, and what it gave (undefined where it has no value). */
export interface Sample {
  readonly x: number;
  readonly y: number | undefined;
}

export type RootSearch =
  | {
      readonly kind: 'root';
      readonly x: number;
      readonly fx: number;
      /** Roots found besides the one returned, in scan order. */
      readonly others: readonly number[];
      /** Every evaluation of the function: the scan's and the refinement's. */
      readonly evaluations: number;
      readonly samples: readonly Sample[];
    }
  | {
      readonly kind: 'no-root';
      readonly evaluations: number;
      readonly samples: readonly Sample[];
    };

export interface SearchOptions {
  readonly min: number;
  readonly max: number;
  /** Where the search starts from: of several roots, the one nearest this is returned. */
  readonly current: number;
  /** Intervals the range is scanned in to find sign changes. */
  readonly intervals?: number;
  readonly relative?: number;
}

const DEFAULT_INTERVALS = 64;

/**
 * Every root of `f` that shows as a sign change (or an exact zero) on an even scan of [min, max], each refined with
 * Brent's method; the one nearest `current` is returned with the others listed. A root where `f` only touches zero
 * without changing sign between scan points is not found: a scan cannot tell it from a near miss.
 */
export function searchRoots(f: RealFunction, options: SearchOptions): RootSearch {
  const { min, max, current, intervals = DEFAULT_INTERVALS, relative = 1e-12 } = options;
  const points = min === max ? [min] : Array.from({ length: intervals + 1 }, (_, i) => (i === intervals ? max : min + ((max - min) * i) / intervals));
  // The current value is sampled too, so that a root there is found exactly.
  if (current > min && current < max && !points.includes(current)) {
    points.push(current);
    points.sort((x, y) => x - y);
  }
  const samples: Sample[] = points.map((x) => {
    const y = f(x);
    return { x, y: y !== undefined && Number.isFinite(y) ? y : undefined };
  });
  let evaluations = samples.length;
  const roots: { x: number; fx: number }[] = [];
  const absolute = relative * Math.max(Math.abs(min), Math.abs(max)) * 1e-3;
  for (let i = 0; i < samples.length; i++) {
    const here = samples[i]!;
    if (here.y === 0) {
      roots.push({ x: here.x, fx: 0 });
      continue;
    }
    const next = samples[i + 1];
    if (here.y === undefined || next?.y === undefined || next.y === 0 || Math.sign(here.y) === Math.sign(next.y)) continue;
    try {
      const root = brent(f, { a: here.x, b: next.x, fa: here.y, fb: next.y }, { relative, absolute });
      evaluations += root.evaluations;
      roots.push({ x: root.x, fx: root.fx });
    } catch (error) {
      // The function has no value somewhere inside this interval: no root can be claimed there.
      if (!(error instanceof BrokenBracketError)) throw error;
      evaluations += error.evaluations;
    }
  }
  if (roots.length === 0) return { kind: 'no-root', evaluations, samples };
  const nearest = roots.reduce((best, root) => (Math.abs(root.x - current) < Math.abs(best.x - current) ? root : best));
  return { kind: 'root', x: nearest.x, fx: nearest.fx, others: roots.filter((root) => root !== nearest).map((root) => root.x), evaluations, samples };
}
