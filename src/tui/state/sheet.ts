import {
  type Cell,
  cellNameProblem,
  type FormulaCell,
  inputValueProblem,
  nudgedValue,
  parseNumber,
  type Sheet,
  setInput,
  sheetOf,
  type Unit,
} from '../../engine/index.js';
import { rangeProblem } from './typed-values.js';

/** A change made, or refused with the reason; `unchanged` marks an edit that would change nothing. */
export type Change = { readonly ok: true; readonly sheet: Sheet } | { readonly ok: false; readonly problem: string; readonly unchanged?: boolean };

const refuse = (problem: string): Change => ({ ok: false, problem });
const unchanged = (problem: string): Change => ({ ok: false, problem, unchanged: true });

export const cellsOf = (sheet: Sheet): Cell[] => [...sheet.model.cells.values()].map((compiled) => compiled.cell);

function rebuilt(sheet: Sheet, cells: readonly Cell[]): Sheet {
  return sheetOf(cells, sheet.model.baseYear);
}

/** Sets an input to a value, recomputing only what depends on it; a refusal speaks of `text` as typed, if given. */
export function setValue(sheet: Sheet, name: string, value: number, text = String(value)): Change {
  const cell = sheet.model.cells.get(name)?.cell;
  if (cell?.kind !== 'input') return refuse(`${name} is not an input`);
  const problem = inputValueProblem(cell, value);
  if (problem) return refuse(rangeProblem(cell, value, text) ?? problem);
  if (value === cell.value) return unchanged(`${name} is already ${value}`);
  return { ok: true, sheet: setInput(sheet.model, sheet.evaluation, name, value) };
}

/** Sets an input from text a person typed: 0.03, 3%, £8.7bn. */
export function setValueText(sheet: Sheet, name: string, text: string): Change {
  const value = parseNumber(text);
  if (value === undefined) return refuse(`"${text.trim()}" is not a number (try 0.03 or 3%)`);
  return setValue(sheet, name, value, text);
}

/** Moves an input by its step; landing on the value in the file (`fileValue`) gives exactly that value. */
export function nudge(sheet: Sheet, name: string, steps: number, fileValue?: number): Change {
  const cell = sheet.model.cells.get(name)?.cell;
  if (cell?.kind !== 'input') return refuse(`${name} is a formula; only inputs can be nudged (Enter edits the formula)`);
  const value = nudgedValue(cell, steps, fileValue);
  if (value === cell.value) return refuse(`${name} is already at its ${steps > 0 ? 'maximum' : 'minimum'}`);
  return setValue(sheet, name, value);
}

/** A formula change is accepted only if the formula parses and names existing cells, so the model stays valid. */
function withFormula(sheet: Sheet, cells: readonly Cell[], name: string): Change {
  const next = rebuilt(sheet, cells);
  const problem = next.model.cells.get(name)?.staticError;
  return problem === undefined ? { ok: true, sheet: next } : refuse(`${name}: ${problem}`);
}

export function setFormula(sheet: Sheet, name: string, formula: string): Change {
  const cell = sheet.model.cells.get(name)?.cell;
  if (cell?.kind !== 'formula') return refuse(`${name} is not a formula cell`);
  const text = formula.trim();
  if (text === '') return refuse('a formula cannot be empty');
  if (text === cell.formula) return unchanged(`${name} is unchanged`);
  return withFormula(
    sheet,
    cellsOf(sheet).map((c) => (c.name === name ? { ...cell, formula: text } : c)),
    name,
  );
}

/** Why `name` cannot be the name of a new cell, or undefined when it can. */
export function newNameProblem(sheet: Sheet, name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'a cell needs a name';
  if (sheet.model.cells.has(trimmed)) return `there is already a cell named ${trimmed}`;
  return cellNameProblem(trimmed);
}

/**
 * A new cell takes the unit its inputs share when it only adds, subtracts or sums them (a sum of £bn is £bn);
 * anything else, such as a ratio, is a plain number.
 */
function unitFor(sheet: Sheet, name: string, formula: string): Unit {
  const units = new Set((sheet.model.cells.get(name)?.dependencies ?? []).map((dep) => sheet.model.cells.get(dep)?.cell.unit));
  const [unit] = units;
  return units.size === 1 && unit !== undefined && !/[*/^]/.test(formula) ? unit : 'number';
}

export function addFormulaCell(sheet: Sheet, name: string, formula: string): Change {
  const problem = newNameProblem(sheet, name);
  if (problem) return refuse(problem);
  const text = formula.trim();
  if (text === '') return refuse('a formula cannot be empty');
  const cell: FormulaCell = { kind: 'formula', name: name.trim(), formula: text, unit: 'number' };
  const change = withFormula(sheet, [...cellsOf(sheet), cell], cell.name);
  if (!change.ok) return change;
  const unit = unitFor(change.sheet, cell.name, text);
  if (unit === 'number') return change;
  return { ok: true, sheet: rebuilt(sheet, [...cellsOf(sheet), { ...cell, unit }]) };
}

/** Deletes a cell that nothing else reads. */
export function deleteCell(sheet: Sheet, name: string): Change {
  if (!sheet.model.cells.has(name)) return refuse(`there is no cell named ${name}`);
  const readers = sheet.model.dependents.get(name) ?? [];
  if (readers.length > 0) return refuse(`cannot delete ${name}: ${readers.join(', ')} ${readers.length === 1 ? 'depends' : 'depend'} on it`);
  return {
    ok: true,
    sheet: rebuilt(
      sheet,
      cellsOf(sheet).filter((cell) => cell.name !== name),
    ),
  };
}
