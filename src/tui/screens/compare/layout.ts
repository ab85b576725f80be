import { MIN_COLUMNS } from '../../layout.js';
import type { Frame, Laid } from '../../screen.js';
import { sliceOf } from '../../state/stack.js';
import type { State } from '../../state/types.js';
import { type CompareNotes, compareNotes } from './compare-notes.js';
import type { CompareSlice } from './state.js';

/** Where the comparison goes: a label column, the current scenario, then value, change and % for each other scenario. */
export interface CompareLayout {
  readonly columns: number;
  /** Rows of the comparison that fit. */
  readonly rows: number;
  readonly labelWidth: number;
  /** Width of each scenario's value column, in scenario order. */
  readonly valueWidths: readonly number[];
  /** Compared scenarios that fit beside the current one. */
  readonly groups: number;
}

export const CHANGE_WIDTH = 13; // e.g. "+£15.67bn ▲" with room
export const PERCENT_WIDTH = 9;
const COMPARE_GUTTER = 2;
/** " ←12 34→" */
const COLUMNS_HINT_WIDTH = 9;
/** Title, caption and column header; the notes, status line and footer come on top. */
const COMPARE_CHROME_ROWS = 3;

export const groupWidth = (valueWidth: number): number => valueWidth + CHANGE_WIDTH + PERCENT_WIDTH;

export function compareLayout(
  columns: number,
  rows: number,
  labels: readonly string[],
  scenarios: readonly string[],
  messageRows = 2,
  noteRows = 2,
): CompareLayout {
  const cols = Math.max(MIN_COLUMNS, columns);
  const chrome = COMPARE_CHROME_ROWS + messageRows + noteRows;
  const height = Math.max(chrome + 3, rows - 1);
  // A column is as wide as its scenario's name, within reason; names longer than that are cut.
  const valueWidths = scenarios.map((name) => Math.max(12, Math.min(30, name.length + 2)));
  const first = valueWidths[0] ?? 12;
  const widest = Math.max(0, ...valueWidths.slice(1).map(groupWidth));
  const longest = Math.max(4, ...labels.map((label) => label.length));
  const others = valueWidths.length - 1;
  const fitting = (hint: number) => {
    const labelWidth = Math.max(12, Math.min(longest, 40, cols - COMPARE_GUTTER - first - Math.max(widest, 1) - hint));
    const room = cols - COMPARE_GUTTER - labelWidth - first - hint;
    return { labelWidth, groups: widest === 0 ? 0 : Math.min(others, Math.max(1, Math.floor(room / widest))) };
  };
  // When not every scenario fits, room is kept for the hint saying how many are hidden on each side.
  const all = fitting(0);
  const { labelWidth, groups } = all.groups < others ? fitting(COLUMNS_HINT_WIDTH) : all;
  return { columns: cols, rows: Math.max(1, height - chrome), labelWidth, valueWidths, groups };
}

/** The comparison's layout and the lines under it. */
export interface CompareScreenLayout {
  readonly layout: CompareLayout;
  readonly notes: CompareNotes;
}

export function layOutComparison(frame: Frame, state: State): Laid<CompareSlice['fit'], CompareScreenLayout> {
  const { table, seriesRows } = sliceOf(state, 'compare');
  const formatted = table?.formatted;
  const notes = compareNotes(formatted, seriesRows === 'every-year', Math.max(MIN_COLUMNS, frame.columns));
  const labels = formatted?.rows.map((row) => row.label) ?? [];
  const layout = compareLayout(frame.columns, frame.rows, labels, formatted?.scenarios ?? [], frame.messageRows, notes.notes.length + notes.errors.length);
  return { fit: { rows: layout.rows, columns: layout.groups }, view: { layout, notes } };
}
