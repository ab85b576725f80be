import { BrokenBracketError, brent, type RealFunction } from './brent.js';
import { goldenSectionMinimum, type Point2 } from './golden-section.js';

/** Where the function was sampled while bracketing, and what it gave (undefined where it has no value). */
export interface Sample {
  readonly x: number;
  readonly y: number | undefined;
}

/** A stretch of x over which the function is zero throughout (a step or a flat part of it). */
export interface Interval {
  readonly min: number;
  readonly max: number;
}

/** Where the function changes sign without passing through zero: a step, or a point where it has no value. */
export interface Jump {
  readonly at: number;
  /** Its values just either side, in order of x. */
  readonly before: Point2;
  readonly after: Point2;
  /** Set when the function has no value there (it is not computed between before and after). */
  readonly noValue: boolean;
}

export type RootSearch =
  | {
      readonly kind: 'root';
      /** The root nearest the current value; inside an interval, the nearest point of it. */
      readonly x: number;
      readonly fx: number;
      /** Set when the function is zero over a whole interval (holding x), not at one point. */
      readonly interval?: Interval;
      /** Single roots found besides the one returned, in scan order. */
      readonly others: readonly number[];
      /** Intervals of roots besides the one returned. */
      readonly otherIntervals: readonly Interval[];
      /** Every evaluation of the function: the scan's and the refinement's. */
      readonly evaluations: number;
      readonly samples: readonly Sample[];
    }
  | {
      readonly kind: 'no-root';
      readonly evaluations: number;
      readonly samples: readonly Sample[];
      /** Sign changes that are not roots, in scan order. */
      readonly jumps: readonly Jump[];
      /** The nearest the function comes to zero between scan points, when it turns back short of it there. */
      readonly closest?: Point2;
    };

export interface SearchOptions {
  readonly min: number;
  readonly max: number;
  /** Where the search starts from: of several roots, the one nearest this is returned. */
  readonly current: number;
  /** Intervals the range is scanned in to find sign changes. */
  readonly intervals?: number;
  readonly relative?: number;
  /** How large the function's values are, beside those the scan sees, for telling zero (1e-12 of it) from not. */
  readonly scale?: number;
}

const DEFAULT_INTERVALS = 64;
/** A refined root counts when the function is this close to zero there, relative to its scale; else it is a jump. */
const REACHED = 1e-9;
/** A scan point is a root, or a point of a zero interval, this close to zero. */
const ZERO = 1e-12;

interface Found {
  readonly x: number;
  readonly fx: number;
  readonly interval?: Interval;
}

/**
 * Every root of `f` on [min, max]: sign changes on an even scan, each refined with Brent's method; stretches where
 * `f` is zero throughout, whose ends are found by bisection; and roots where `f` touches zero without changing sign,
 * found by refining each scan point nearer zero than its neighbours (golden section). The one nearest `current` is
 * returned with the others listed. With no root, it says where `f` jumps over zero and how near it comes.
 */
export function searchRoots(fn: RealFunction, options: SearchOptions): RootSearch {
  const { min, max, current, intervals = DEFAULT_INTERVALS, relative = 1e-12 } = options;
  let evaluations = 0;
  const f = (x: number): number | undefined => {
    evaluations++;
    const y = fn(x);
    return y !== undefined && Number.isFinite(y) ? y : undefined;
  };
  const points = min === max ? [min] : Array.from({ length: intervals + 1 }, (_, i) => (i === intervals ? max : min + ((max - min) * i) / intervals));
  // The current value is sampled too, so that a root there is found exactly.
  if (current > min && current < max && !points.includes(current)) {
    points.push(current);
    points.sort((x, y) => x - y);
  }
  const samples: Sample[] = points.map((x) => ({ x, y: f(x) }));
  const scale = Math.max(options.scale ?? 0, ...samples.map((sample) => Math.abs(sample.y ?? 0)));
  const isZero = (y: number | undefined): boolean => y !== undefined && Math.abs(y) <= ZERO * scale;
  const reached = (y: number) => Math.abs(y) <= REACHED * scale;
  const absolute = relative * Math.max(Math.abs(min), Math.abs(max)) * 1e-3;
  const found: Found[] = [];
  const jumps: Jump[] = [];
  const nearMisses: Point2[] = [];

  /** The end of a stretch of zeros between `inside` (zero) and `outside` (not), by bisection. */
  const edge = (inside: number, outside: number): number => {
    let [zero, other] = [inside, outside];
    while (Math.abs(zero - other) > Math.max(relative * Math.abs(zero), absolute)) {
      const middle = (zero + other) / 2;
      if (middle === zero || middle === other) break;
      if (isZero(f(middle))) zero = middle;
      else other = middle;
    }
    return zero;
  };
  /** Brent's method on a sign change: a root, or (when the function does not get near zero) a jump. */
  const refine = (a: Point2, b: Point2) => {
    try {
      const root = brent(f, { a: a.x, b: b.x, fa: a.y, fb: b.y }, { relative, absolute });
      if (reached(root.fx)) {
        found.push({ x: root.x, fx: root.fx });
        return;
      }
      const step = Math.max(Math.abs(root.x) * relative * 4, Number.MIN_VALUE);
      const side = (x: number): Point2 => ({ x, y: f(x) ?? Number.NaN });
      jumps.push({ at: root.x, before: side(root.x - step), after: side(root.x + step), noValue: false });
    } catch (error) {
      // The function has no value somewhere inside this interval: no root can be claimed there.
      if (!(error instanceof BrokenBracketError)) throw error;
      jumps.push({ at: error.at, before: a, after: b, noValue: true });
    }
  };
  /** A scan point nearer zero than the points either side: the function may touch zero, or cross it twice, between. */
  const touch = (a: number, b: Point2, c: number) => {
    const sign = Math.sign(b.y);
    const lowest = goldenSectionMinimum(
      (x) => {
        const y = f(x);
        return y === undefined ? undefined : sign * y;
      },
      { a, b: { x: b.x, y: sign * b.y }, c },
      { relative, absolute, stopBelow: 0 },
    );
    const y = sign * lowest.y;
    // Settling on an end of the window means the function falls toward a scan point there: it does not turn back.
    const near = Math.max(relative * Math.abs(lowest.x), absolute) * 4;
    if (lowest.y > 0 && (lowest.x - a <= near || c - lowest.x <= near)) return;
    if (lowest.y <= 0 || reached(y)) {
      if (Math.sign(y) === -sign) {
        // Crossed twice: a root either side of the point found.
        refine({ x: a, y: f(a)! }, { x: lowest.x, y });
        refine({ x: lowest.x, y }, { x: c, y: f(c)! });
      } else found.push({ x: lowest.x, fx: y });
    } else nearMisses.push({ x: lowest.x, y });
  };

  const defined = (i: number): Point2 | undefined => {
    const sample = samples[i];
    return sample?.y === undefined ? undefined : { x: sample.x, y: sample.y };
  };
  for (let i = 0; i < samples.length; i++) {
    const here = defined(i);
    if (here === undefined) continue;
    if (isZero(here.y)) {
      // A stretch of zeros: its ends by bisection, or just this point when the function crosses zero here.
      let j = i;
      while (isZero(samples[j + 1]?.y)) j++;
      const before = samples[i - 1];
      const after = samples[j + 1];
      const probe = Math.max((max - min) * 1e-9, absolute);
      const single = i === j && !isZero(f(here.x - probe)) && !isZero(f(here.x + probe));
      const low = before === undefined ? min : single ? here.x : edge(here.x, before.x);
      const high = after === undefined ? max : single ? here.x : edge(samples[j]!.x, after.x);
      found.push(low === high ? { x: here.x, fx: here.y } : { x: here.x, fx: here.y, interval: { min: low, max: high } });
      i = j;
      continue;
    }
    // The next point with a value, skipping any without one.
    let k = i + 1;
    while (k < samples.length && samples[k]!.y === undefined) k++;
    const next = defined(k);
    if (next !== undefined && !isZero(next.y) && Math.sign(next.y) !== Math.sign(here.y)) {
      if (k === i + 1) refine(here, next);
      else jumps.push({ at: samples[i + 1]!.x, before: here, after: next, noValue: true });
    }
    const previous = defined(i - 1);
    const following = defined(i + 1);
    const sameSide = (other: Point2 | undefined) => other !== undefined && Math.sign(other.y) === Math.sign(here.y) && !isZero(other.y);
    if (sameSide(previous) && sameSide(following) && Math.abs(here.y) < Math.abs(previous!.y) && Math.abs(here.y) <= Math.abs(following!.y)) {
      touch(previous!.x, here, following!.x);
    } else if ((i === 0 && sameSide(following)) || (i === samples.length - 1 && sameSide(previous))) {
      // At an end, a probe between it and its neighbour (where a parabola through three scan points turns, else
      // halfway) shows whether the function turns back toward zero there.
      const neighbour = i === 0 ? following! : previous!;
      if (Math.abs(here.y) < Math.abs(neighbour.y)) {
        const third = defined(i === 0 ? 2 : i - 2);
        const turn = third === undefined ? undefined : parabolaTurn(here, neighbour, third);
        const [low, high] = [Math.min(here.x, neighbour.x), Math.max(here.x, neighbour.x)];
        const probe = turn !== undefined && turn > low && turn < high ? turn : (low + high) / 2;
        const y = f(probe);
        if (y !== undefined && Math.abs(y) < Math.abs(here.y) && Math.sign(y) === Math.sign(here.y)) touch(low, { x: probe, y }, high);
      }
    }
  }
  if (found.length === 0) {
    const closest = nearMisses.reduce<Point2 | undefined>((best, miss) => (best === undefined || Math.abs(miss.y) < Math.abs(best.y) ? miss : best), undefined);
    return { kind: 'no-root', evaluations, samples, jumps, ...(closest ? { closest } : {}) };
  }
  const distance = (root: Found) => (root.interval ? Math.max(0, root.interval.min - current, current - root.interval.max) : Math.abs(root.x - current));
  const nearest = found.reduce((best, root) => (distance(root) < distance(best) ? root : best));
  const others = found.filter((root) => root !== nearest);
  let { x, fx } = nearest;
  if (nearest.interval) {
    // Inside a stretch of zeros, the point of it nearest the current value.
    x = Math.min(nearest.interval.max, Math.max(nearest.interval.min, current));
    fx = x === nearest.x ? fx : (f(x) ?? fx);
  }
  return {
    kind: 'root',
    x,
    fx,
    ...(nearest.interval ? { interval: nearest.interval } : {}),
    others: others.filter((root) => !root.interval).map((root) => root.x),
    otherIntervals: others.flatMap((root) => (root.interval ? [root.interval] : [])),
    evaluations,
    samples,
  };
}

/** Where the parabola through three points turns, or undefined when they lie on a line. */
function parabolaTurn(a: Point2, b: Point2, c: Point2): number | undefined {
  const p = (b.x - a.x) ** 2 * (b.y - c.y) - (b.x - c.x) ** 2 * (b.y - a.y);
  const q = (b.x - a.x) * (b.y - c.y) - (b.x - c.x) * (b.y - a.y);
  return q === 0 ? undefined : b.x - p / (2 * q);
}
