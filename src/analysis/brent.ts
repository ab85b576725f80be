/** A root of a function of one variable, refined inside a bracket where the function changes sign. */
export interface Root {
  readonly x: number;
  /** The function's value at `x`. */
  readonly fx: number;
  /** Evaluations of the function made while refining (the two bracket ends are not counted). */
  readonly evaluations: number;
}

/** Function values that are not finite numbers (an error in the model) stop the search: the bracket is broken. */
export type RealFunction = (x: number) => number | undefined;

export class BrokenBracketError extends Error {
  constructor(
    readonly at: number,
    readonly evaluations: number,
  ) {
    super(`the function has no value at ${at}`);
  }
}

const EPSILON = Number.EPSILON;

/**
 * Brent's method (inverse quadratic interpolation and secant steps, falling back to bisection), on a bracket
 * [a, b] with f(a) and f(b) of opposite signs or one of them zero. Stops when the bracket around the root is within
 * `relative` of the root's size (or `absolute`, for roots at or near zero). The bracket always shrinks, so the
 * search ends; `maxEvaluations` bounds it anyway.
 */
export function brent(
  f: RealFunction,
  bracket: { readonly a: number; readonly b: number; readonly fa: number; readonly fb: number },
  { relative = 1e-12, absolute = 0, maxEvaluations = 500 }: { relative?: number; absolute?: number; maxEvaluations?: number } = {},
): Root {
  let { a, b, fa, fb } = bracket;
  if (fa === 0) return { x: a, fx: 0, evaluations: 0 };
  if (fb === 0) return { x: b, fx: 0, evaluations: 0 };
  if (Math.sign(fa) === Math.sign(fb)) throw new RangeError('brent needs a bracket where the function changes sign');
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  let evaluations = 0;
  for (;;) {
    // Keep b the best estimate, with the root between b and c.
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tolerance = 2 * EPSILON * Math.abs(b) + 0.5 * Math.max(relative * Math.abs(b), absolute);
    const half = 0.5 * (c - b);
    if (Math.abs(half) <= tolerance || fb === 0 || evaluations >= maxEvaluations) return { x: b, fx: fb, evaluations };
    if (Math.abs(e) >= tolerance && Math.abs(fa) > Math.abs(fb)) {
      // Interpolate: a secant step when only two points are distinct, else inverse quadratic.
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * half * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * half * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      // Accept the step only if it falls well inside the bracket and shrinks faster than bisection would.
      if (2 * p < Math.min(3 * half * q - Math.abs(tolerance * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = half;
        e = d;
      }
    } else {
      d = half;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tolerance ? d : half > 0 ? tolerance : -tolerance;
    const value = f(b);
    evaluations++;
    if (value === undefined || !Number.isFinite(value)) throw new BrokenBracketError(b, evaluations);
    fb = value;
    if (Math.sign(fb) === Math.sign(fc)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
  }
}
