import { shownLength } from './output.js';

/**
 * Text cells laid out in aligned columns; the first column is left-aligned, the rest right-aligned. Widths count
 * control characters as the output shows them (`\x1b`), so a hostile name cannot shift the columns.
 */
export function alignColumns(rows: readonly (readonly string[])[], gap = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, shownLength(cell));
    });
  }
  const pad = (cell: string, width: number) => ' '.repeat(width - shownLength(cell));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === 0 ? cell + pad(cell, widths[i]!) : pad(cell, widths[i]!) + cell))
      .join(gap)
      .trimEnd(),
  );
}

const isNumber = (field: string) => field.trim() === field && field !== '' && Number.isFinite(Number(field));
/** Text a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading ' ; numbers stay numbers. */
const inert = (field: string) => (/^[=+\-@\t\r]/.test(field) && !isNumber(field) ? `'${field}` : field);
const quoted = (field: string) => (/[",\n\r]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);
const csvField = (field: string) => quoted(inert(field));
export const toCsv = (rows: readonly (readonly string[])[]): string => `${rows.map((row) => row.map(csvField).join(',')).join('\n')}\n`;

const markdownField = (field: string) => field.replace(/\|/g, '\\|');
/** A GitHub-flavoured Markdown table; numeric columns are right-aligned. */
export function toMarkdown(rows: readonly (readonly string[])[]): string {
  const [header, ...body] = rows;
  if (!header) return '';
  const line = (row: readonly string[]) => `| ${row.map(markdownField).join(' | ')} |`;
  const rule = `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`;
  return `${[line(header), rule, ...body.map(line)].join('\n')}\n`;
}
