import { formatNumber, type InputCell, inputValueProblem } from '../engine/index.js';

const asTyped = (text: string): string => text.trim();
/** A bare number such as 5 or 0.05, as opposed to 5% or arithmetic. */
const isPlainNumber = (text: string): boolean => /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(asTyped(text));
const typedAsFraction = (cell: InputCell, text: string): boolean => cell.unit === 'percent' && isPlainNumber(text);

/** Why a value is outside the input's range, in the input's own unit ("must be at most 20.00%, not 500.00%"); undefined within range. */
export function limitProblem(cell: InputCell, value: number): string | undefined {
  const below = cell.min !== undefined && value < cell.min;
  const above = cell.max !== undefined && value > cell.max;
  if (!below && !above) return undefined;
  const limit = below ? `at least ${formatNumber(cell.min!, cell.unit)}` : `at most ${formatNumber(cell.max!, cell.unit)}`;
  return `${cell.name} must be ${limit}, not ${formatNumber(value, cell.unit)}`;
}

/**
 * Why a typed value is outside the input's range, in the input's own unit, with how to type a percentage. For a
 * percentage typed as a plain number of 1 or more that would fit as a percentage, it says how to type that ("for 5%
 * type 5% or 0.05"). Undefined when the value is within range.
 */
export function rangeProblem(cell: InputCell, value: number, text: string): string | undefined {
  const problem = limitProblem(cell, value);
  if (problem === undefined || cell.unit !== 'percent') return problem;
  const fraction = Number((value / 100).toPrecision(15));
  // "5" on a percentage most likely meant 5%.
  if (typedAsFraction(cell, text) && Math.abs(value) >= 1 && inputValueProblem(cell, fraction) === undefined) {
    return `${problem}; for ${asTyped(text)}% type ${asTyped(text)}% or ${fraction}`;
  }
  return `${problem}; type a percentage such as 3% or a fraction such as 0.03`;
}

/** For a percentage typed as a plain number of 1 or more without "%": how it was read ("1 is read as 100%; for 1% type 1%"). */
export function readAsNote(cell: InputCell, value: number, text: string): string | undefined {
  if (!typedAsFraction(cell, text) || Math.abs(value) < 1) return undefined;
  return `${asTyped(text)} is read as ${formatNumber(value, cell.unit)}; for ${asTyped(text)}% type ${asTyped(text)}%`;
}
