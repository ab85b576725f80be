import { type Cell, cellNameProblem, inputValueProblem, type Sheet, sheetOf, type Unit } from '../../engine/index.js';
import type { Scenario } from '../../scenario/index.js';
import { cellsOf } from './sheet.js';

/** Unsaved edits, described against the file's cells so they can be replayed on it later. */
export interface Edits {
  /** Inputs whose value changed. */
  readonly values: Readonly<Record<string, number>>;
  /** Formula cells of the file whose formula changed. */
  readonly formulas: Readonly<Record<string, string>>;
  /** Formula cells added, in order. */
  readonly added: readonly { readonly name: string; readonly formula: string; readonly unit: Unit }[];
}

const MAX_ADDED = 1000;

/** What differs between the sheet and the file's cells. */
export function editsOf(scenario: Scenario, sheet: Sheet): Edits {
  const loaded = new Map(scenario.cells.map((cell) => [cell.name, cell]));
  const values: Record<string, number> = {};
  const formulas: Record<string, string> = {};
  const added: { name: string; formula: string; unit: Unit }[] = [];
  for (const cell of cellsOf(sheet)) {
    const before = loaded.get(cell.name);
    if (!before) {
      if (cell.kind === 'formula') added.push({ name: cell.name, formula: cell.formula, unit: cell.unit });
    } else if (cell.kind === 'input' && before.kind === 'input' && cell.value !== before.value) {
      values[cell.name] = cell.value;
    } else if (cell.kind === 'formula' && before.kind === 'formula' && cell.formula !== before.formula) {
      formulas[cell.name] = cell.formula;
    }
  }
  return { values, formulas, added };
}

export const hasEdits = (edits: Edits): boolean => Object.keys(edits.values).length > 0 || Object.keys(edits.formulas).length > 0 || edits.added.length > 0;

/**
 * The file's cells with the edits replayed; an edit that no longer fits the file (a cell gone, a value out of
 * range, a name taken) is skipped and reported. Formulas go through the engine like any typed formula.
 */
export function withEdits(scenario: Scenario, edits: Edits): { sheet: Sheet; skipped: string[] } {
  const skipped: string[] = [];
  const names = new Set(scenario.cells.map((cell) => cell.name));
  const cells: Cell[] = scenario.cells.map((cell) => {
    if (cell.kind === 'input' && Object.hasOwn(edits.values, cell.name)) {
      const value = edits.values[cell.name]!;
      const problem = inputValueProblem(cell, value);
      if (!problem) return { ...cell, value };
      skipped.push(problem);
    }
    if (cell.kind === 'formula' && Object.hasOwn(edits.formulas, cell.name)) return { ...cell, formula: edits.formulas[cell.name]! };
    return cell;
  });
  for (const name of [...Object.keys(edits.values), ...Object.keys(edits.formulas)]) {
    if (!names.has(name)) skipped.push(`${name} is no longer in the file`);
  }
  for (const cell of edits.added.slice(0, MAX_ADDED)) {
    const problem = names.has(cell.name) ? `there is already a cell named ${cell.name}` : cellNameProblem(cell.name);
    if (problem) {
      skipped.push(problem);
      continue;
    }
    names.add(cell.name);
    cells.push({ kind: 'formula', name: cell.name, formula: cell.formula, unit: cell.unit });
  }
  return { sheet: sheetOf(cells, scenario.baseYear), skipped };
}
