/** A point of a function of one variable. */
export interface Point2 {
  readonly x: number;
  readonly y: number;
}

const GOLDEN = (3 - Math.sqrt(5)) / 2;

/**
 * Golden-section search for the least value of `g` inside a bracket a < b < c with g(b) below g(a) and g(c):
 * each step keeps a smaller bracket around the lowest point found, until it is within `relative` of that point's
 * size (or `absolute`). Stops early, returning that point, as soon as `stopBelow` is reached. An undefined value
 * counts as higher than any other.
 */
export function goldenSectionMinimum(
  g: (x: number) => number | undefined,
  bracket: { readonly a: number; readonly b: Point2; readonly c: number },
  { relative = 1e-12, absolute = 0, stopBelow = -Infinity, maxEvaluations = 200 } = {},
): Point2 {
  let [low, high] = [bracket.a, bracket.c];
  let best = bracket.b;
  const value = (x: number) => g(x) ?? Infinity;
  for (let evaluations = 0; evaluations < maxEvaluations && best.y > stopBelow; evaluations++) {
    if (high - low <= Math.max(relative * Math.abs(best.x), absolute)) break;
    // Probe the golden point of the larger side of the best point.
    const x = best.x - low > high - best.x ? best.x - GOLDEN * (best.x - low) : best.x + GOLDEN * (high - best.x);
    const y = value(x);
    if (y < best.y) {
      if (x < best.x) high = best.x;
      else low = best.x;
      best = { x, y };
    } else if (x < best.x) low = x;
    else high = x;
  }
  return best;
}
