import { type Cell, formatNumber } from '../engine/index.js';
import { citationOf } from '../scenario/citation.js';
import { type SourceRecord, sourceRefOf } from '../scenario/provenance.js';

/**
 * Where a cell's value comes from, as its `source:` says: a record (with the number it supports for this cell, if
 * it gives one, and whether the value differs from it), an assumption (maybe one changed from a record), or nothing.
 */
export type Citation =
  | {
      readonly kind: 'record';
      readonly record: SourceRecord;
      /** What the record supports for this cell, if it says. */
      readonly supported?: number;
      /** The cell's value, compared with `supported`: an input's value, or a formula's single computed value. */
      readonly value?: number;
      /** The value differs from `supported`. */
      readonly changed: boolean;
    }
  | {
      readonly kind: 'assumption';
      readonly why: string;
      /** The record the value was changed from, when the assumption says so and names a known record. */
      readonly record?: SourceRecord;
      readonly supported?: number;
      readonly value?: number;
      readonly changed: boolean;
    }
  | { readonly kind: 'none' };

/** Two values the same to 12 significant digits: a value saved and read back, or typed as 900/1700, counts as the same. */
const same = (a: number, b: number): boolean => a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));

/** The number a record supports for an input: its entry in `supports:`, else its one `value:`. */
const supportedValue = (record: SourceRecord, cell: string): number | undefined => record.supports.get(cell) ?? record.value;

/**
 * Where the cell's value comes from, and whether it has changed from what its source supports. An input is compared
 * by its value; a formula, given its single computed value, by that against what its record supports for it by name
 * (a record's one `value:` is for the inputs that cite it).
 */
export function citationOfCell(cell: Cell, sources: ReadonlyMap<string, SourceRecord>, computed?: number): Citation {
  const ref = cell.source === undefined ? undefined : sourceRefOf(cell.source);
  if (!ref) return { kind: 'none' };
  const record = sources.get(ref.kind === 'record' ? ref.id : (ref.changedFrom ?? ''));
  const value = cell.kind === 'input' ? cell.value : computed;
  const supported = !record || value === undefined ? undefined : cell.kind === 'input' ? supportedValue(record, cell.name) : record.supports.get(cell.name);
  const compared = supported === undefined || value === undefined ? {} : { supported, value };
  const changed = supported !== undefined && value !== undefined && !same(value, supported);
  if (ref.kind === 'assumption') return { kind: 'assumption', why: ref.why, ...(record ? { record } : {}), ...compared, changed };
  if (!record) return { kind: 'none' };
  return { kind: 'record', record, ...compared, changed };
}

/**
 * `52.94% per HuffPost UK, …, 27 March 2017; here 20.00%` for a cell changed from its source (else undefined);
 * `by: 'id'` names the record by its id instead (`52.94% per hf-ft; here 20.00%`), where room is short.
 */
export function changedFromSourceText(cell: Cell, citation: Citation, by: 'citation' | 'id' = 'citation'): string | undefined {
  if (citation.kind === 'none' || !citation.changed || citation.supported === undefined || citation.value === undefined || !citation.record) return undefined;
  const source = by === 'id' ? citation.record.id : citationOf(citation.record);
  return `${formatNumber(citation.supported, cell.unit)} per ${source}; here ${formatNumber(citation.value, cell.unit)}`;
}

/** The citation as one line: the record's citation, `assumption: why`, or undefined without a source. */
export function citationText(citation: Citation): string | undefined {
  if (citation.kind === 'none') return undefined;
  return citation.kind === 'record' ? citationOf(citation.record) : `assumption: ${citation.why}`;
}

/** True for a cell whose value (an input's, or a formula's single `computed` value) differs from what its source supports. */
export const isChangedFromSource = (cell: Cell, sources: ReadonlyMap<string, SourceRecord>, computed?: number): boolean => {
  const citation = citationOfCell(cell, sources, computed);
  return citation.kind !== 'none' && citation.changed;
};
