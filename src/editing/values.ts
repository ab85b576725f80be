import { formatNumber, type InputCell, inputValueProblem, nudgedValue, type Sheet, setInput } from '../engine/index.js';
import { type Change, refuse, unchanged } from './change.js';
import { limitProblem, rangeProblem } from './range.js';
import { readValue } from './value-text.js';

const inputOf = (sheet: Sheet, name: string): InputCell | undefined => {
  const cell = sheet.model.cells.get(name)?.cell;
  return cell?.kind === 'input' ? cell : undefined;
};

/** Sets an input to a value, recomputing only what depends on it; a refusal speaks of `text` as typed, if given. */
export function setValue(sheet: Sheet, name: string, value: number, text = String(value)): Change {
  const cell = inputOf(sheet, name);
  if (!cell) return refuse(`${name} is not an input`);
  const problem = inputValueProblem(cell, value);
  if (problem) return refuse(rangeProblem(cell, value, text) ?? problem);
  if (value === cell.value) return unchanged(`${name} is already ${value}`);
  return { ok: true, sheet: setInput(sheet.model, sheet.evaluation, name, value) };
}

/** Up to this many significant digits, an input's value is shown exactly in its unit; beyond, rounded as the grid shows it. */
const EXACT_DIGITS = 8;

/**
 * The text an edit of the input starts from: its value in its unit. That is the shortest such text that reads back
 * as exactly the value (`2%`, `7.6%`, `£8.7bn`, `5`) or, for a value with more digits than a person types, the value
 * as the grid shows it (`52.94%` for 900/1700). Either way, `setValueText` with this text leaves the value exactly
 * as it is.
 */
export function valueText(cell: InputCell): string {
  const inUnit = (shown: number) => (cell.unit === 'percent' ? `${shown}%` : cell.unit === '£bn' ? `£${shown}bn` : String(shown));
  const scaled = cell.unit === 'percent' ? cell.value * 100 : cell.value;
  for (let digits = 1; digits <= EXACT_DIGITS; digits++) {
    const text = inUnit(Number(scaled.toPrecision(digits)));
    const read = readValue({ ...cell, min: undefined, max: undefined }, text);
    if (read.ok && read.value === cell.value) return text;
  }
  return formatNumber(cell.value, cell.unit);
}

/**
 * Sets an input to the value text stands for (see `readValue`: `0.03`, `3%`, `£8.7bn`, `900/1700`), exactly as
 * typed: the command line's `--set name=value`.
 */
export function assignValue(sheet: Sheet, name: string, text: string): Change {
  const cell = inputOf(sheet, name);
  if (!cell) return refuse(`${name} is not an input`);
  const read = readValue(cell, text);
  if (!read.ok) return refuse(read.problem);
  return setValue(sheet, name, read.value, text);
}

/**
 * Sets an input from its edit prompt, which starts with the input's `valueText`: as `assignValue`, except that the
 * starting text left as it was leaves the value exactly as it is, even where that text shows it rounded.
 */
export function setValueText(sheet: Sheet, name: string, text: string): Change {
  const cell = inputOf(sheet, name);
  if (cell && text.trim() === valueText(cell)) return unchanged(`${name} is unchanged`);
  return assignValue(sheet, name, text);
}

/** Moves an input by its step; landing on the value in the file (`fileValue`) gives exactly that value. */
export function nudge(sheet: Sheet, name: string, steps: number, fileValue?: number): Change {
  const cell = inputOf(sheet, name);
  if (!cell) return refuse(`${name} is a formula; only inputs can be nudged (Enter edits the formula)`);
  const value = nudgedValue(cell, steps, fileValue);
  if (value === cell.value) return refuse(`${name} is already at its ${steps > 0 ? 'maximum' : 'minimum'}`);
  return setValue(sheet, name, value);
}

/**
 * Sets an input to a number an analysis found (goal seek, say), exactly as found: nothing is rounded. A value outside
 * the input's range is refused with its limits in the input's unit.
 */
export function applySolvedValue(sheet: Sheet, name: string, value: number): Change {
  const cell = inputOf(sheet, name);
  if (!cell) return refuse(`${name} is not an input`);
  const problem = inputValueProblem(cell, value);
  if (problem) return refuse(limitProblem(cell, value) ?? problem);
  return setValue(sheet, name, value);
}
