import { horizonRange, isValidHorizon } from './horizon.js';
import { HORIZON_CELL } from './names.js';
import type { InputCell } from './types.js';

/** Why `value` cannot be given to this input, or undefined when it can. */
export function inputValueProblem(cell: InputCell, value: number): string | undefined {
  if (!Number.isFinite(value)) return `${cell.name} must be a finite number`;
  if (cell.min !== undefined && value < cell.min) return `${cell.name} must be at least ${cell.min}, not ${value}`;
  if (cell.max !== undefined && value > cell.max) return `${cell.name} must be at most ${cell.max}, not ${value}`;
  if (cell.name === HORIZON_CELL && !isValidHorizon(value)) {
    return `${HORIZON_CELL} must be a whole number of years ${horizonRange(cell)}`;
  }
  return undefined;
}

/** Within this fraction of the value in the file, a nudged value is taken to be that value. */
const SAME_AS_FILE = 1e-12;

/**
 * Floating-point noise dropped: 15 significant digits keep every digit a file or a person gives
 * (8.7 + 0.1 is 8.8, not 8.799999999999999), and what is left of a sum that should be zero is zero.
 */
function withoutNoise(value: number, step: number): number {
  if (Math.abs(value) < Math.abs(step) * 1e-9) return 0;
  return Number(value.toPrecision(15));
}

/**
 * The input's value moved by `steps` of its step (default 1% of its size, or 1), kept within min and max. Nothing
 * is rounded away: moving back to the value in the file (`fileValue`) gives exactly that value, so + then - on
 * 900/1700 leaves 0.5294117647058824 and the scenario unchanged.
 */
export function nudgedValue(cell: InputCell, steps: number, fileValue?: number): number {
  const step = cell.step ?? (cell.value === 0 ? 1 : Math.abs(cell.value) / 100);
  const moved = withoutNoise(cell.value + steps * step, step);
  const kept = Math.min(cell.max ?? Infinity, Math.max(cell.min ?? -Infinity, moved));
  const scale = Math.max(Math.abs(fileValue ?? 0), Math.abs(step));
  return fileValue !== undefined && Math.abs(kept - fileValue) <= SAME_AS_FILE * scale ? fileValue : kept;
}
