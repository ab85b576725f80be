import { rawCell } from '../show.js';
import { type Report, type Table, type TableCell, tablesFor } from '../table.js';
import type { TextRenderer } from './renderer.js';

const isNumber = (field: string) => field.trim() === field && field !== '' && Number.isFinite(Number(field));
/** Text a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading ' ; numbers stay numbers. */
const inert = (field: string) => (/^[=+\-@\t\r]/.test(field) && !isNumber(field) ? `'${field}` : field);
const quoted = (field: string) => (/[",\n\r]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);
const csvField = (field: string) => quoted(inert(field));

/** Rows of fields as RFC 4180 CSV, each field made inert for a spreadsheet. */
export const toCsv = (rows: readonly (readonly string[])[]): string => `${rows.map((row) => row.map(csvField).join(',')).join('\n')}\n`;

/** Why each failing cell of the row failed, for the last column. */
const reasons = (row: readonly TableCell[]): string => row.flatMap((cell) => (cell.kind === 'error' ? [cell.message] : [])).join('; ');

const csvRows = (table: Table): string[][] => [
  [...table.columns.map((column) => column.header), 'error'],
  ...table.rows.map((row) => [...row.map(rawCell), reasons(row)]),
];

/**
 * Raw numbers for a spreadsheet, with a last `error` column giving the reason for each ERROR. Several tables are
 * separated by an empty line. The failing cells' places go to stderr, so the output stays data.
 */
export const renderCsv = (report: Report): string =>
  tablesFor(report, 'data')
    .map((table) => toCsv(csvRows(table)))
    .join('\n');

export const csv: TextRenderer = { summary: 'raw numbers for a spreadsheet', extensions: ['.csv'], failuresInOutput: false, render: renderCsv };
