import { hexCode } from '../../engine/format.js';
import { type Report, type TableCell, tablesFor } from '../table.js';
import type { TextRenderer } from './renderer.js';

/** JSON with DEL and C1 controls escaped too (JSON.stringify leaves them raw): same data, nothing a terminal acts on. */
export const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2).replace(/[\x7f-\x9f]/g, (char) => `\\u00${hexCode(char)}`)}\n`;

function jsonCell(cell: TableCell): unknown {
  switch (cell.kind) {
    case 'number':
      return cell.value;
    case 'text':
      return cell.text;
    case 'error':
      return { error: cell.message };
    case 'absent':
      return { absent: cell.reason };
    case 'empty':
      return null;
  }
}

/** The tables as data: each row an object keyed by column header. */
function documentOf(report: Report): unknown {
  const tables = tablesFor(report, 'data').map((table) => ({
    ...(table.title ? { title: table.title } : {}),
    columns: table.columns.map((column) => column.header),
    rows: table.rows.map((row) => Object.fromEntries(table.columns.map((column, i) => [column.header, jsonCell(row[i] ?? { kind: 'empty' })]))),
    ...(table.notes ? { notes: table.notes } : {}),
  }));
  return {
    title: report.title,
    ...(report.intro ? { intro: report.intro } : {}),
    tables,
    ...(report.notes ? { notes: report.notes } : {}),
    failures: report.failures,
  };
}

/** Full precision; the failing cells' places go to stderr, so the output stays one JSON document. */
const renderJson = (report: Report): string => toJson(report.document ?? documentOf(report));

export const json: TextRenderer = { summary: 'full precision for programs', extensions: ['.json'], failuresInOutput: false, render: renderJson };
