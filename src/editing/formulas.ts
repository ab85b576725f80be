import { type Cell, cellNameProblem, type FormulaCell, type Sheet, sheetOf, type Unit } from '../engine/index.js';
import { type Change, cellsOf, refuse, unchanged } from './change.js';

function rebuilt(sheet: Sheet, cells: readonly Cell[]): Sheet {
  return sheetOf(cells, sheet.model.baseYear);
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
