import { shownCell } from '../show.js';
import { alignmentOf, type Report, type Table, tablesFor } from '../table.js';
import type { TextRenderer } from './renderer.js';

const markdownField = (field: string) => field.replace(/\|/g, '\\|');
/** Text under the heading, written as text: HTML in a scenario's name or description shows as `&lt;b&gt;`. */
const markdownText = (text: string) => text.replace(/[&<>]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[char]!);

/** A GitHub-flavoured Markdown table. */
function markdownTable(table: Table): string {
  const line = (row: readonly string[]) => `| ${row.map(markdownField).join(' | ')} |`;
  const rule = `|${table.columns.map((column, i) => (alignmentOf(column, i) === 'right' ? ' ---: ' : ' --- ')).join('|')}|`;
  const lines = [line(table.columns.map((column) => column.header)), rule, ...table.rows.map((row) => line(row.map(shownCell)))];
  const notes = table.notes && table.notes.length > 0 ? `\n${table.notes.join(' ')}\n` : '';
  return `${table.title ? `#### ${table.title}\n\n` : ''}${lines.join('\n')}\n${notes}`;
}

/** A section ready to paste into a briefing: a heading, the tables, then the failing cells as a list. */
export function renderMarkdown(report: Report): string {
  const tables = tablesFor(report, 'people').map(markdownTable).join('\n');
  const notes = report.notes && report.notes.length > 0 ? `\n${report.notes.join(' ')}\n` : '';
  const failures = report.failures.length > 0 ? `\nErrors:\n\n${report.failures.map((line) => `- ${line}`).join('\n')}\n` : '';
  const intro = (report.intro ?? []).map((line) => `${markdownText(line)}\n\n`).join('');
  return `### ${report.title}\n\n${intro}${tables}${notes}${failures}`;
}

export const markdown: TextRenderer = { summary: 'Markdown tables for a report', extensions: ['.md'], failuresInOutput: true, render: renderMarkdown };
