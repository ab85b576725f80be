import { HORIZON_CELL, MAX_HORIZON } from './names.js';
import type { InputCell } from './types.js';

/** Why `value` cannot be given to this input, or undefined when it can. */
export function inputValueProblem(cell: InputCell, value: number): string | undefined {
  if (!Number.isFinite(value)) return `${cell.name} must be a finite number`;
  if (cell.min !== undefined && value < cell.min) return `${cell.name} must be at least ${cell.min}, not ${value}`;
  if (cell.max !== undefined && value > cell.max) return `${cell.name} must be at most ${cell.max}, not ${value}`;
  if (cell.name === HORIZON_CELL && (!Number.isInteger(value) || value < 1 || value > MAX_HORIZON)) {
    return `${HORIZON_CELL} must be a whole number of years from 1 to ${MAX_HORIZON}`;
  }
  return undefined;
}

/** The input's value moved by `steps` of its step (default 1% of its size, or 1), kept within min and max. */
export function nudgedValue(cell: InputCell, steps: number): number {
  const step = cell.step ?? (cell.value === 0 ? 1 : Math.abs(cell.value) / 100);
  // Rounding to the step's own precision keeps 0.02 + 0.005 from becoming 0.025000000000000001.
  const decimals = Math.min(12, Math.max(0, -Math.floor(Math.log10(step)) + 3));
  const moved = Number((cell.value + steps * step).toFixed(decimals));
  return Math.min(cell.max ?? Infinity, Math.max(cell.min ?? -Infinity, moved));
}
