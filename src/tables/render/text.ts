import { showControls } from '../../engine/format.js';
import { shownCell } from '../show.js';
import { alignmentOf, type Column, type Report, type Table, tablesFor } from '../table.js';
import type { TextRenderer } from './renderer.js';

/** How many characters the text takes once its control characters are shown. */
const shownLength = (text: string): number => [...showControls(text)].length;

/**
 * Text cells laid out in aligned columns. Widths count control characters as a terminal shows them (`\x1b`), so a
 * hostile name cannot shift the columns.
 */
function alignColumns(columns: readonly Column[], rows: readonly (readonly string[])[], gap = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, shownLength(cell));
    });
  }
  const pad = (cell: string, width: number) => ' '.repeat(width - shownLength(cell));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const column = columns[i];
        return column && alignmentOf(column, i) === 'right' ? pad(cell, widths[i]!) + cell : cell + pad(cell, widths[i]!);
      })
      .join(gap)
      .trimEnd(),
  );
}

function tableLines(table: Table): string[] {
  const rows = [table.columns.map((column) => column.header), ...table.rows.map((row) => row.map(shownCell))];
  const lines = [...(table.title ? [table.title] : []), ...alignColumns(table.columns, rows)];
  return table.notes && table.notes.length > 0 ? [...lines, '', ...table.notes] : lines;
}

/** Aligned columns for a terminal; the failing cells are listed under the tables. */
function renderText(report: Report): string {
  const tables = tablesFor(report, 'people');
  const lines = report.titleInText === false ? [] : [report.title, ''];
  if (report.intro && report.intro.length > 0) lines.push(...report.intro, '');
  for (const [i, table] of tables.entries()) lines.push(...(i > 0 ? [''] : []), ...tableLines(table));
  if (report.notes && report.notes.length > 0) lines.push(...(tables.length > 0 ? [''] : []), ...report.notes);
  if (report.failures.length > 0) lines.push('', 'Errors:', ...report.failures.map((line) => `  ${line}`));
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

export const text: TextRenderer = { summary: 'aligned columns', extensions: ['.txt'], failuresInOutput: true, render: renderText };
