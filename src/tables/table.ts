import type { Unit } from '../engine/types.js';

/**
 * How a number is shown to people: as a value (£114.47bn, 11.87%), as a value to more digits where the digits are the
 * point (a goal seek's answer: 33.059016%), as a change from another value (+£1.20bn, +0.50 pp), or as a relative
 * change given as a fraction (0.052 shows as +5.2%). Data formats carry the number itself.
 */
export type NumberStyle = 'value' | 'precise' | 'change' | 'relative-change';

/** One cell of a result table: what it holds, never how it is written. */
export type TableCell =
  | { readonly kind: 'number'; readonly value: number; readonly unit: Unit; readonly style: NumberStyle }
  | { readonly kind: 'text'; readonly text: string }
  /** A value that could not be computed; the message says why. */
  | { readonly kind: 'error'; readonly message: string }
  /** Nothing to show, for a reason worth a mark: the scenario has no such cell, or the year is outside its horizon. */
  | { readonly kind: 'absent'; readonly reason: string }
  /** Nothing to show, and nothing to explain (the per-year columns of a single number). */
  | { readonly kind: 'empty' };

/** Formats for people (text, Markdown, later SVG) and formats for data (CSV, JSON, later XLSX) may each show more. */
export type Audience = 'people' | 'data';

export interface Column {
  /** Unique among the columns data formats see: JSON keys each row's values by it. */
  readonly header: string;
  /** Shown only to this audience; both when absent. */
  readonly only?: Audience;
  /** Where text and Markdown align the column; the first column is left-aligned and the others right-aligned unless this says. */
  readonly align?: 'left' | 'right';
}

export interface Table {
  /** A heading above the table, for a report of several tables. */
  readonly title?: string;
  /** Shown only to this audience; both when absent. */
  readonly only?: Audience;
  readonly columns: readonly Column[];
  /** One cell per column in each row. */
  readonly rows: readonly (readonly TableCell[])[];
  /** Sentences under the table that say how to read it. */
  readonly notes?: readonly string[];
}

/** What a command found, built once and rendered in any format. */
export interface Report {
  /** What the output is about, e.g. the scenario's name; Markdown makes it a heading. */
  readonly title: string;
  /** Whether text output starts with the title; off where the column headers already say it (a comparison names its scenarios). */
  readonly titleInText?: boolean;
  /** Sentences between the title and the tables that say what the output is of (the scenario, its file, unsaved changes). */
  readonly intro?: readonly string[];
  readonly tables: readonly Table[];
  /** Lines after the tables. */
  readonly notes?: readonly string[];
  /** Every failing cell as `file:line:col: cell: message`. */
  readonly failures: readonly string[];
  /**
   * The JSON document, for a command whose JSON has its own documented shape (full precision, plain data). Without
   * it, JSON is derived from the tables.
   */
  readonly document?: unknown;
}

export const EMPTY: TableCell = { kind: 'empty' };
export const textCell = (text: string): TableCell => ({ kind: 'text', text });
export const numberCell = (value: number, unit: Unit, style: NumberStyle = 'value'): TableCell => ({ kind: 'number', value, unit, style });
export const errorCell = (message: string): TableCell => ({ kind: 'error', message });
export const absentCell = (reason: string): TableCell => ({ kind: 'absent', reason });

const shownTo = (audience: Audience) => (part: { readonly only?: Audience }) => part.only === undefined || part.only === audience;

/** The tables an audience sees, each with only the columns it sees (and the cells under them). */
export function tablesFor(report: Report, audience: Audience): Table[] {
  const visible = shownTo(audience);
  return report.tables.filter(visible).map((table) => {
    const kept = table.columns.flatMap((column, i) => (visible(column) ? [i] : []));
    if (kept.length === table.columns.length) return table;
    return { ...table, columns: kept.map((i) => table.columns[i]!), rows: table.rows.map((row) => kept.map((i) => row[i] ?? EMPTY)) };
  });
}

export const alignmentOf = (column: Column, index: number): 'left' | 'right' => column.align ?? (index === 0 ? 'left' : 'right');
