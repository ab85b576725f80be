/**
 * Percentiles by R-7 (as percentileOfSorted) without sorting: each needed order statistic is found by selection,
 * which moves the values of `values` around (pass a copy) and takes time in proportion to their number on average.
 * `ps` must be in increasing order; the results are exactly percentileOfSorted's on the sorted values.
 */
export function percentilesOf(values: Float64Array, ps: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return ps.map(() => Number.NaN);
  let from = 0;
  return ps.map((p) => {
    const h = (n - 1) * p;
    const below = Math.floor(h);
    select(values, below, from, n - 1);
    // Everything after `below` is now at least values[below]: the next order statistic is their minimum.
    from = below;
    const lower = values[below]!;
    if (below + 1 >= n || h === below) return lower;
    let next = Number.POSITIVE_INFINITY;
    for (let i = below + 1; i < n; i++) if (values[i]! < next) next = values[i]!;
    return lower + (h - below) * (next - lower);
  });
}

/** Rearranges values[left..right] so that values[k] is the value a sort would put there, smaller ones before it, larger after. */
function select(values: Float64Array, k: number, left: number, right: number): void {
  let lo = left;
  let hi = right;
  while (hi > lo) {
    // Median of three as the pivot: no input order makes it slow in practice, and it needs no random numbers.
    const middle = (lo + hi) >>> 1;
    const pivot = medianOfThree(values[lo]!, values[middle]!, values[hi]!);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

const medianOfThree = (a: number, b: number, c: number): number => Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
