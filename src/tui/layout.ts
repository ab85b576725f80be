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
