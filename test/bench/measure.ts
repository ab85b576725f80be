/** Median of a list of numbers (the upper median for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export interface Timing {
  /** Median wall time of one call, in milliseconds. */
  readonly ms: number;
  readonly samples: number;
}

export interface PairOptions {
  /** Rounds; each round times `batch` calls of ours, then `batch` calls of the reference. */
  readonly rounds?: number;
  /** Calls per timed batch, for calls too short to time one at a time. */
  readonly batch?: number;
  /** Untimed rounds first, to let the JIT settle. */
  readonly warmup?: number;
}

function timeBatch(run: () => void, batch: number): number {
  const start = performance.now();
  for (let i = 0; i < batch; i++) run();
  return (performance.now() - start) / batch;
}

/**
 * Times ours and the reference interleaved, round by round, so that drift in the machine's speed
 * (other processes, frequency scaling, garbage collection) falls on both alike.
 */
export function timePair(
  ours: () => void,
  reference: () => void,
  { rounds = 31, batch = 1, warmup = 3 }: PairOptions = {},
): { ours: Timing; reference: Timing } {
  for (let i = 0; i < warmup; i++) {
    timeBatch(ours, batch);
    timeBatch(reference, batch);
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    a.push(timeBatch(ours, batch));
    b.push(timeBatch(reference, batch));
  }
  return { ours: { ms: median(a), samples: rounds * batch }, reference: { ms: median(b), samples: rounds * batch } };
}

/** Median wall time of one call of `run`, after warm-up calls. */
export function timeOne(run: () => void, { rounds = 31, batch = 1, warmup = 3 }: PairOptions = {}): Timing {
  for (let i = 0; i < warmup; i++) timeBatch(run, batch);
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) times.push(timeBatch(run, batch));
  return { ms: median(times), samples: rounds * batch };
}
