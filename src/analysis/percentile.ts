/**
 * The p-quantile of sorted values by linear interpolation between closest ranks (R's type 7, as Excel's
 * PERCENTILE.INC): h = (n - 1) p, then x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]).
 */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const below = Math.floor(h);
  const lower = sorted[below]!;
  return below + 1 < n ? lower + (h - below) * (sorted[below + 1]! - lower) : lower;
}
