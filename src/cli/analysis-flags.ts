import { seedProblem } from '../analysis/random.js';
import { changeableInputProblem, checkTarget } from '../analysis/target.js';
import { readValue, readWantedValue } from '../editing/index.js';
import type { InputCell, Measure, Sheet, Unit } from '../engine/index.js';
import { UsageError } from './usage.js';

/** What the analyses read from the command line, checked against the scenario in the words the UI uses too. */

/** A target formula, or a UsageError saying what is wrong with it (unknown names get "did you mean"). */
export function targetFlag(sheet: Sheet, text: string, flag: string): Measure {
  const checked = checkTarget(sheet, text, flag);
  if (!checked.ok) throw new UsageError(checked.problem);
  return checked.measure;
}

/** The input named by a flag, or a UsageError with "did you mean" and the inputs there are. */
export function inputFlag(sheet: Sheet, name: string, flag: string, what: string): InputCell {
  const problem = changeableInputProblem(sheet, name, what);
  if (problem) throw new UsageError(`${flag} ${name}: ${problem}`);
  return sheet.model.cells.get(name)!.cell as InputCell;
}

/**
 * A number typed in a target's unit (`10%`, `£20bn`, `0.1`), as an input's value is typed (see readWantedValue);
 * a UsageError when it is not one. `target` names what the value is for in the message.
 */
export function valueInUnit(text: string, unit: Unit, flag: string, target = flag): number {
  const read = readWantedValue(target, unit, text);
  if (!read.ok) throw new UsageError(`${flag} ${text}: ${read.problem}`);
  return read.value;
}

/** A value for an input, within its min and max, in its unit. */
export function valueForInput(cell: InputCell, text: string, flag: string): number {
  const read = readValue(cell, text);
  if (!read.ok) throw new UsageError(`${flag} ${text}: ${read.problem}`);
  return read.value;
}

/** --seed as a whole number within the generator's range. */
export function seedFlag(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const seed = Number(text);
  const problem = seedProblem(seed);
  if (!/^\d+$/.test(text.trim()) || problem) throw new UsageError(`--seed ${text}: ${problem ?? 'a seed is a whole number, e.g. 1'}`);
  return seed;
}
