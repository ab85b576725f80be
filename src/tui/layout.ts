import type { Frame } from './screen.js';

/** Narrower terminals get a 40-column screen, cut by the terminal. */
export const MIN_COLUMNS = 40;
/** The title and the grid's column header; the status line and footer come on top (two rows, more for a long message). */
export const TITLE_ROWS = 2;

/**
 * Rows between the title and the status line: the grid's header, cells and detail panel, or another screen. One
 * row of the terminal is kept free: Ink redraws the whole screen (flickering) when output is as tall as the terminal.
 */
export function bodyRows(rows: number, messageRows: number): number {
  const height = Math.max(TITLE_ROWS + 2 + 3, rows - 1);
  // A long message takes rows from the body, down to one row under the header.
  return Math.max(1, height - TITLE_ROWS - messageRows) + 1;
}

export const bodyRowsOf = (frame: Frame): number => bodyRows(frame.rows, frame.messageRows);

/** How many columns (years, or compared scenarios) are hidden on each side, e.g. ` ←3 26→`; empty when all show. */
export function hiddenColumnsHint(before: number, shown: number, total: number): string {
  const after = Math.max(0, total - before - shown);
  const parts = [before > 0 ? `←${before}` : '', after > 0 ? `${after}→` : ''].filter((part) => part !== '');
  return parts.length > 0 ? ` ${parts.join(' ')}` : '';
}

/** The most rows the status line and footer may take, so that the title, the grid's header and one row of cells still show. */
export const maxMessageRows = (rows: number): number => Math.max(2, rows - 1 - TITLE_ROWS - 1);

export const clip = (text: string, width: number): string => (text.length > width ? `${text.slice(0, Math.max(0, width - 1))}…` : text);

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
