import { type Cell, CONTROL_CHARACTER, closestName, type Sheet, sheetOf, UNITS, type Unit } from '../engine/index.js';
import type { SourceRecord } from '../scenario/provenance.js';
import { sourceProblem } from '../scenario/provenance-load.js';
import { type Change, cellsOf, refuse, unchanged } from './change.js';

/** What a cell says about itself besides its value or formula: what it is, where it comes from, its unit. */
export interface CellDetails {
  /** Empty text removes it. */
  readonly description: string;
  /** A record's id or `assumption: why`; empty text removes it. */
  readonly source: string;
  readonly unit: string;
}

/** The details of a cell as an edit starts from them. */
export const detailsOf = (cell: Cell): CellDetails => ({ description: cell.description ?? '', source: cell.source ?? '', unit: cell.unit });

const MAX_TEXT = 2000;

/** Why a description cannot be saved, if it cannot: too long, or holding a character that could rewrite a terminal. */
export function descriptionProblem(text: string): string | undefined {
  if (text.length > MAX_TEXT) return `a description is at most ${MAX_TEXT} characters`;
  return CONTROL_CHARACTER.test(text) ? 'a description cannot hold control or bidirectional characters' : undefined;
}

/** The unit typed, or why it is not one ("did you mean"). */
export function unitOf(text: string): { readonly ok: true; readonly unit: Unit } | { readonly ok: false; readonly problem: string } {
  const typed = text.trim();
  if ((UNITS as readonly string[]).includes(typed)) return { ok: true, unit: typed as Unit };
  const aliases: Record<string, Unit> = { '%': 'percent', bn: '£bn', '£': '£bn', year: 'years' };
  const meant = aliases[typed.toLowerCase()] ?? closestName(typed, UNITS);
  return { ok: false, problem: `unit must be one of ${UNITS.join(', ')}${meant ? ` (did you mean ${meant}?)` : ''}` };
}

/** Why a source typed for a cell cannot be saved, if it cannot: a record's id (with "did you mean") or `assumption: why`. */
export function typedSourceProblem(text: string, sources: ReadonlyMap<string, SourceRecord>): string | undefined {
  if (text.trim() === '') return undefined;
  return descriptionProblem(text)?.replace('a description', 'a source') ?? sourceProblem(text, sources);
}

/**
 * Sets a cell's description, source and unit, as one change. Each is checked as the file checks it, so a cell never
 * holds what its file would refuse; empty text removes a description or a source.
 */
export function setCellDetails(sheet: Sheet, name: string, details: CellDetails, sources: ReadonlyMap<string, SourceRecord>): Change {
  const cell = sheet.model.cells.get(name)?.cell;
  if (!cell) return refuse(`there is no cell named ${name}`);
  const problem = descriptionProblem(details.description) ?? typedSourceProblem(details.source, sources);
  if (problem) return refuse(problem);
  const unit = unitOf(details.unit);
  if (!unit.ok) return refuse(unit.problem);
  const { description: _description, source: _source, ...rest } = cell;
  const description = details.description.trim();
  const source = details.source.trim();
  const next = { ...rest, unit: unit.unit, ...(description ? { description } : {}), ...(source ? { source } : {}) } as Cell;
  if (next.description === cell.description && next.source === cell.source && next.unit === cell.unit) return unchanged(`${name} is unchanged`);
  return {
    ok: true,
    sheet: sheetOf(
      cellsOf(sheet).map((each) => (each.name === name ? next : each)),
      sheet.model.baseYear,
    ),
  };
}
