import { type Cell, cellNameProblem, inputValueProblem, type Sheet, sheetOf, type Unit } from '../../engine/index.js';
import { type Scenario, sourceProblem } from '../../scenario/index.js';
import { cellsOf } from './sheet.js';

/** Unsaved edits, described against the file's cells so they can be replayed on it later. */
export interface Edits {
  /** Inputs whose value changed. */
  readonly values: Readonly<Record<string, number>>;
  /** Formula cells of the file whose formula changed. */
  readonly formulas: Readonly<Record<string, string>>;
  /** Formula cells added, in order. */
  readonly added: readonly AddedCell[];
  /** Cells of the file whose description, source or unit changed: the new text ("" when removed) or unit. */
  readonly details?: Readonly<Record<string, ChangedDetails>>;
}

/** A formula cell added: its description and source, when E gave them, too. */
export interface AddedCell {
  readonly name: string;
  readonly formula: string;
  readonly unit: Unit;
  readonly description?: string;
  readonly source?: string;
}

/** What E edits of a cell besides its value or formula. */
export interface ChangedDetails {
  readonly description?: string;
  readonly source?: string;
  readonly unit?: Unit;
}

/** The details of `cell` that differ from `before`; a detail removed is "". */
function changedDetails(cell: Cell, before: Cell): ChangedDetails | undefined {
  const details: { -readonly [K in keyof ChangedDetails]: ChangedDetails[K] } = {};
  if (cell.description !== before.description) details.description = cell.description ?? '';
  if (cell.source !== before.source) details.source = cell.source ?? '';
  if (cell.unit !== before.unit) details.unit = cell.unit;
  return Object.keys(details).length > 0 ? details : undefined;
}

/** The cell with the details applied ("" removes a text). */
function withDetails(cell: Cell, details: ChangedDetails | undefined): Cell {
  if (!details) return cell;
  const text = (value: string | undefined, was: string | undefined) => (value === undefined ? was : value === '' ? undefined : value);
  const next = {
    ...cell,
    description: text(details.description, cell.description),
    source: text(details.source, cell.source),
    unit: details.unit ?? cell.unit,
  };
  if (next.description === undefined) delete next.description;
  if (next.source === undefined) delete next.source;
  return next;
}

const MAX_ADDED = 1000;

/** What differs between the sheet and the file's cells. */
export function editsOf(scenario: Scenario, sheet: Sheet): Edits {
  const loaded = new Map(scenario.cells.map((cell) => [cell.name, cell]));
  const values: Record<string, number> = {};
  const formulas: Record<string, string> = {};
  const added: AddedCell[] = [];
  const details: Record<string, ChangedDetails> = {};
  for (const cell of cellsOf(sheet)) {
    const before = loaded.get(cell.name);
    const changed = before ? changedDetails(cell, before) : undefined;
    if (changed) details[cell.name] = changed;
    if (!before) {
      if (cell.kind === 'formula') added.push({ name: cell.name, formula: cell.formula, unit: cell.unit, description: cell.description, source: cell.source });
    } else if (cell.kind === 'input' && before.kind === 'input' && cell.value !== before.value) {
      values[cell.name] = cell.value;
    } else if (cell.kind === 'formula' && before.kind === 'formula' && cell.formula !== before.formula) {
      formulas[cell.name] = cell.formula;
    }
  }
  return { values, formulas, added, ...(Object.keys(details).length > 0 ? { details } : {}) };
}

export const hasEdits = (edits: Edits): boolean =>
  Object.keys(edits.values).length > 0 || Object.keys(edits.formulas).length > 0 || edits.added.length > 0 || Object.keys(edits.details ?? {}).length > 0;

/**
 * The file's cells with the edits replayed; an edit that no longer fits the file (a cell gone, a value out of
 * range, a name taken) is skipped and reported. Formulas go through the engine like any typed formula.
 */
export function withEdits(scenario: Scenario, edits: Edits): { sheet: Sheet; skipped: string[] } {
  const skipped: string[] = [];
  const names = new Set(scenario.cells.map((cell) => cell.name));
  const details = edits.details ?? {};
  /** The details without a source the file cannot cite (not one of its records, nor an assumption), which is reported. */
  const citable = (name: string, own: ChangedDetails | undefined): ChangedDetails | undefined => {
    const refused = own?.source ? sourceProblem(own.source, scenario.sources) : undefined;
    if (!refused) return own;
    skipped.push(`${name}: ${refused}`);
    return { ...own, source: undefined };
  };
  const cells: Cell[] = scenario.cells.map((loaded) => {
    const cell = withDetails(loaded, citable(loaded.name, Object.hasOwn(details, loaded.name) ? details[loaded.name] : undefined));
    if (cell.kind === 'input' && Object.hasOwn(edits.values, cell.name)) {
      const value = edits.values[cell.name]!;
      const problem = inputValueProblem(cell, value);
      if (!problem) return { ...cell, value };
      skipped.push(problem);
    }
    if (cell.kind === 'formula' && Object.hasOwn(edits.formulas, cell.name)) return { ...cell, formula: edits.formulas[cell.name]! };
    return cell;
  });
  for (const name of [...Object.keys(edits.values), ...Object.keys(edits.formulas), ...Object.keys(details)]) {
    if (!names.has(name)) skipped.push(`${name} is no longer in the file`);
  }
  for (const cell of edits.added.slice(0, MAX_ADDED)) {
    const problem = names.has(cell.name) ? `there is already a cell named ${cell.name}` : cellNameProblem(cell.name);
    if (problem) {
      skipped.push(problem);
      continue;
    }
    names.add(cell.name);
    const { name, formula, unit, description, source } = cell;
    cells.push(withDetails({ kind: 'formula', name, formula, unit }, citable(name, { description, source })));
  }
  return { sheet: sheetOf(cells, scenario.baseYear), skipped };
}
