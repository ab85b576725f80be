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

export interface RoundOptions {
  /** Timed rounds. */
  readonly rounds?: number;
  /** Untimed rounds first, to let the JIT settle. */
  readonly warmup?: number;
}

export interface PairOptions extends RoundOptions {
  /** Calls per timed batch, for calls too short to time one at a time. */
  readonly batch?: number;
}

/** What one call of `run` returns, and the milliseconds it took. */
export function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

function timeBatch(run: () => void, batch: number): number {
  const start = performance.now();
  for (let i = 0; i < batch; i++) run();
  return (performance.now() - start) / batch;
}

/** The contenders' order in round `round`: rotated each round, so none always runs first (or right after another's garbage). */
const orderOf = (round: number, count: number): number[] => Array.from({ length: count }, (_, k) => (round + k) % count);

/**
 * Times several contenders interleaved round by round, so that drift in the machine's speed (other
 * processes, frequency scaling, garbage collection) falls on all alike. Each round, `prepare` makes the
 * round's input untimed (fresh text, say, so that no cache carries over from one round to the next), then
 * every contender is called once with it, in an order that rotates; each call returns its own
 * milliseconds, so it can leave set-up and tear-down out of the timing.
 */
export function interleave<T>(
  contenders: readonly ((input: T) => number)[],
  prepare: (round: number) => T,
  { rounds = 31, warmup = 3 }: RoundOptions = {},
): Timing[] {
  const times = contenders.map((): number[] => []);
  for (let round = 0; round < warmup + rounds; round++) {
    const input = prepare(round);
    for (const k of orderOf(round, contenders.length)) {
      const ms = contenders[k]!(input);
      if (round >= warmup) times[k]!.push(ms);
    }
  }
  return times.map((list) => ({ ms: median(list), samples: rounds }));
}

/** Ours and the reference interleaved (see `interleave`), each round timing `batch` calls of each. */
export function timePair(
  ours: () => void,
  reference: () => void,
  { rounds = 31, batch = 1, warmup = 3 }: PairOptions = {},
): { ours: Timing; reference: Timing } {
  const [a, b] = interleave([() => timeBatch(ours, batch), () => timeBatch(reference, batch)], () => undefined, { rounds, warmup });
  return { ours: { ms: a!.ms, samples: rounds * batch }, reference: { ms: b!.ms, samples: rounds * batch } };
}

/** Median wall time of one call of `run`, after warm-up calls. */
export function timeOne(run: () => void, { rounds = 31, batch = 1, warmup = 3 }: PairOptions = {}): Timing {
  const [timing] = interleave([() => timeBatch(run, batch)], () => undefined, { rounds, warmup });
  return { ms: timing!.ms, samples: rounds * batch };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `interleave` for contenders that take time to show their effect (a key and the frame it draws): each
 * call resolves with its own milliseconds, and calls are spaced `gapMs` apart.
 */
export async function interleaveAsync(
  contenders: readonly ((round: number) => Promise<number>)[],
  { rounds = 31, warmup = 3, gapMs = 0 }: RoundOptions & { readonly gapMs?: number } = {},
): Promise<Timing[]> {
  const times = contenders.map((): number[] => []);
  for (let round = 0; round < warmup + rounds; round++) {
    for (const k of orderOf(round, contenders.length)) {
      await pause(gapMs);
      const ms = await contenders[k]!(round);
      if (round >= warmup) times[k]!.push(ms);
    }
  }
  return times.map((list) => ({ ms: median(list), samples: rounds }));
}
