import type { Unit } from '../engine/index.js';

/** A labelled value on the y axis, in the model's terms (0.1 for 10%). */
export interface Tick {
  readonly value: number;
  readonly label: string;
}

/** The y axis: its range (the first and last tick) and the ticks between, evenly spaced at a round step. */
export interface ValueAxis {
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly Tick[];
}

/** A percentage is stored as a fraction and labelled in percent, so its ticks are round in percent. */
const shownPer = (unit: Unit): number => (unit === 'percent' ? 100 : 1);

/** Steps are 1, 2, 2.5 or 5 times a power of ten, in the unit as shown (so 2.5%, never 0.025). */
const MANTISSAS = [1, 2, 2.5, 5] as const;

/** Room around the values, as a share of their spread, so no line runs along the edge of the plot. */
const PADDING = 0.05;

/** The most ticks an axis gets, however tall. */
export const MAX_TICKS = 8;

/** A tick value as people read it in the unit: £5bn, -£2.5bn, 10%, 7.5%, 12. */
export function tickLabel(shown: number, unit: Unit, decimals: number): string {
  const size = Math.abs(shown);
  const sign = shown < 0 && Number(size.toFixed(Math.min(decimals, 20))) !== 0 ? '-' : '';
  const digits = size >= 1e6 || (size !== 0 && size < 1e-4) ? compact(size) : size.toFixed(Math.min(decimals, 20));
  switch (unit) {
    case '£bn':
      return `${sign}£${digits}bn`;
    case 'percent':
      return `${sign}${digits}%`;
    case 'years':
    case 'number':
      return `${sign}${digits}`;
  }
}

/** Very large or very small numbers in a short form: 1.5e12. */
const compact = (size: number): string =>
  size
    .toExponential(2)
    .replace(/\.?0+e/, 'e')
    .replace('e+', 'e');

interface Step {
  readonly size: number;
  readonly decimals: number;
}

/** The steps from `raw` up, smallest first: 1, 2, 2.5, 5 times 10^e, then times 10^(e+1)… */
function* stepsFrom(raw: number): Generator<Step> {
  for (let exponent = Math.floor(Math.log10(raw)); ; exponent++) {
    for (const mantissa of MANTISSAS) {
      const size = mantissa * 10 ** exponent;
      // 2.5 × 10^e needs one more decimal than 10^e does.
      const decimals = Math.max(0, -exponent + (mantissa === 2.5 ? 1 : 0));
      if (size >= raw * (1 - 1e-12)) yield { size, decimals };
    }
  }
}

/** The lowest and highest value to show, with padding; a single value gets room either side. Shown units. */
function paddedRange(low: number, high: number): [number, number] {
  if (high === low) {
    const room = low === 0 ? 1 : Math.abs(low) * 0.1;
    return [low - room, high + room];
  }
  const pad = (high - low) * PADDING;
  // Padding never takes an axis of positive values below zero, nor one of negative values above it.
  return [low >= 0 ? Math.max(0, low - pad) : low - pad, high <= 0 ? Math.min(0, high + pad) : high + pad];
}

/** Ticks at `first` to `last` times a step, as shown in the unit. */
interface TickRun {
  readonly first: number;
  readonly last: number;
  readonly step: Step;
}

/** A value a rounding error past a tick is on that tick. */
const EPSILON = 1e-9;

/** The smallest step whose ticks, from one at or below `from` to one at or above `to`, are at most `count`. */
function enclosing(from: number, to: number, count: number): TickRun {
  for (const step of stepsFrom((to - from) / (count - 1))) {
    const first = Math.floor(from / step.size + EPSILON);
    const last = Math.ceil(to / step.size - EPSILON);
    if (last - first + 1 <= count) return { first, last, step };
  }
  throw new Error('unreachable: a large enough step always fits');
}

/** The smallest step with two to `count` ticks between `from` and `to` (or one, if no step gives two). */
function between(from: number, to: number, count: number): TickRun | undefined {
  let single: TickRun | undefined;
  for (const step of stepsFrom((to - from) / count)) {
    const first = Math.ceil(from / step.size - EPSILON);
    const last = Math.floor(to / step.size + EPSILON);
    const ticks = last - first + 1;
    if (ticks > count) continue;
    if (ticks >= 2) return { first, last, step };
    if (ticks === 1) single ??= { first, last, step };
    if (step.size > to - from) return single;
  }
}

/** Rounding the ends out to ticks may leave at most this share of the axis without values. */
const MOST_EMPTY = 1 / 3;

/**
 * A y axis for values from `low` to `high` (the model's terms) in `unit`, with some padding, and round ticks (£0bn,
 * £5bn, £10bn; 8%, 10%, 12%; steps of 1, 2, 2.5 or 5 times a power of ten in the unit as shown) at the smallest step
 * that needs at most `maxTicks` of them (2 to MAX_TICKS). The axis runs from a tick at or below the lowest value to one
 * at or above the highest, unless that would leave more than a third of it empty (a short plot, where only two or
 * three ticks fit); then it runs between the padded values, with the round ticks that fall between them. Values that
 * are not finite are left out by the caller; without any, the axis is 0 to 1 in the unit as shown.
 */
export function valueAxis(low: number, high: number, unit: Unit, maxTicks: number): ValueAxis {
  const per = shownPer(unit);
  const count = Math.max(2, Math.min(MAX_TICKS, Math.floor(maxTicks)));
  const finite = Number.isFinite(low) && Number.isFinite(high) && low <= high;
  const [from, to] = finite ? paddedRange(low * per, high * per) : [0, 1];
  const span = to - from;
  // Values so far from zero for their spread that floating point cannot space ticks between them get the ends only.
  if (!Number.isFinite(span) || span <= 0 || Math.max(Math.abs(from), Math.abs(to)) / span > 1e12) return endsOnly(from, to, unit);
  const out = enclosing(from, to, count);
  const inner = (out.last - out.first) * out.step.size * (1 - MOST_EMPTY) > span ? between(from, to, count) : undefined;
  const run = inner ?? out;
  const ticks = Array.from({ length: run.last - run.first + 1 }, (_, i): Tick => {
    const shown = Number(((run.first + i) * run.step.size).toPrecision(12));
    return { value: shown / per, label: tickLabel(shown, unit, run.step.decimals) };
  });
  return inner ? { min: from / per, max: to / per, ticks } : { min: ticks[0]!.value, max: ticks.at(-1)!.value, ticks };
}

/** For values so large that no round step can be computed: two ticks, at the ends. */
function endsOnly(from: number, to: number, unit: Unit): ValueAxis {
  const per = shownPer(unit);
  const [min, max] = Number.isFinite(from) && Number.isFinite(to) && from < to ? [from, to] : [-Number.MAX_VALUE, Number.MAX_VALUE];
  return { min: min / per, max: max / per, ticks: [min, max].map((shown) => ({ value: shown / per, label: tickLabel(shown, unit, 0) })) };
}
