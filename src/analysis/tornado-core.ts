/** An input as the tornado sees it: its value, and the ends of its range when it has one. */
export interface TornadoInput {
  readonly name: string;
  readonly value: number;
  readonly low?: number;
  readonly high?: number;
}

/**
 * Where the output lands with the input at each end of its range. `side` says how the two ends sit against the base:
 * on either side (the usual bar), both above, or both below (a turning point inside the range).
 */
export interface TornadoBar {
  readonly input: string;
  readonly low: number;
  readonly high: number;
  readonly atLow: number;
  readonly atHigh: number;
  /** |atHigh − atLow|: what the bars are sorted by. */
  readonly swing: number;
  readonly side: 'across' | 'above' | 'below' | 'none';
}

export interface TornadoFailure {
  readonly input: string;
  readonly at: 'low' | 'high';
  readonly value: number;
  readonly problem: string;
}

export interface TornadoCore {
  readonly base: number;
  /** Largest swing first; ties keep the scenario's order. */
  readonly bars: readonly TornadoBar[];
  /** Inputs without a low and a high. */
  readonly notVaried: readonly string[];
  readonly failures: readonly TornadoFailure[];
}

/** The output with one input changed (undefined name: none), or why it cannot be computed. */
export type OneAtATime = (
  input: string | undefined,
  value: number,
) => { readonly ok: true; readonly value: number } | { readonly ok: false; readonly problem: string };

/** Ends this close to the base, relative to the figures, differ from it by rounding alone: no change. */
const SAME_AS_BASE = 1e-12;

function sideOf(base: number, atLow: number, atHigh: number): TornadoBar['side'] {
  const scale = Math.max(Math.abs(base), Math.abs(atLow), Math.abs(atHigh));
  const sign = (end: number) => (Math.abs(end - base) <= SAME_AS_BASE * scale ? 0 : Math.sign(end - base));
  const low = sign(atLow);
  const high = sign(atHigh);
  if (low === 0 && high === 0) return 'none';
  if (low >= 0 && high >= 0) return low === 0 || high === 0 ? 'across' : 'above';
  if (low <= 0 && high <= 0) return low === 0 || high === 0 ? 'across' : 'below';
  return 'across';
}

/** Each ranged input at its low and its high, every other input at its value. */
export function tornadoCore(inputs: readonly TornadoInput[], evaluate: OneAtATime): TornadoCore | { readonly problem: string } {
  const base = evaluate(undefined, 0);
  if (!base.ok) return { problem: base.problem };
  const bars: TornadoBar[] = [];
  const notVaried: string[] = [];
  const failures: TornadoFailure[] = [];
  for (const input of inputs) {
    if (input.low === undefined || input.high === undefined) {
      notVaried.push(input.name);
      continue;
    }
    const atLow = evaluate(input.name, input.low);
    const atHigh = evaluate(input.name, input.high);
    if (!atLow.ok) failures.push({ input: input.name, at: 'low', value: input.low, problem: atLow.problem });
    if (!atHigh.ok) failures.push({ input: input.name, at: 'high', value: input.high, problem: atHigh.problem });
    if (!atLow.ok || !atHigh.ok) continue;
    bars.push({
      input: input.name,
      low: input.low,
      high: input.high,
      atLow: atLow.value,
      atHigh: atHigh.value,
      swing: Math.abs(atHigh.value - atLow.value),
      side: sideOf(base.value, atLow.value, atHigh.value),
    });
  }
  // A stable sort keeps equal swings in the scenario's order.
  bars.sort((a, b) => b.swing - a.swing);
  return { base: base.value, bars, notVaried, failures };
}
