import { HORIZON_CELL, MAX_HORIZON } from './names.js';

/** True for a usable number of projected years: a whole number from 1 to MAX_HORIZON. Everything that sizes years checks it. */
export const isValidHorizon = (value: number): boolean => Number.isInteger(value) && value >= 1 && value <= MAX_HORIZON;

/** The horizons an input allows, as words: from 1 to MAX_HORIZON, narrowed by the input's own min and max. */
export function horizonRange(bounds: { readonly min?: number; readonly max?: number } = {}): string {
  const lowest = Math.max(1, Math.ceil(bounds.min ?? 1));
  const highest = Math.min(MAX_HORIZON, Math.floor(bounds.max ?? MAX_HORIZON));
  return lowest <= highest ? `from ${lowest} to ${highest}` : `from 1 to ${MAX_HORIZON}`;
}

/** Why a value cannot be the horizon, or undefined when it can; `bounds` are the input's own min and max. */
export function horizonProblem(value: number, bounds?: { readonly min?: number; readonly max?: number }): string | undefined {
  return isValidHorizon(value) ? undefined : `${HORIZON_CELL} must be a whole number ${horizonRange(bounds)}, not ${value}`;
}

const yearNumbers: (readonly number[])[] = [];

/** [1, 2, … horizon]: the year `t` over a whole series. Shared and frozen, so made once per horizon. */
export function yearsUpTo(horizon: number): readonly number[] {
  yearNumbers[horizon] ??= Object.freeze(Array.from({ length: horizon }, (_, i) => i + 1));
  return yearNumbers[horizon]!;
}
