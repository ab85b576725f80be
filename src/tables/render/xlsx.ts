import type { Unit } from '../../engine/types.js';
import { loadExcel } from '../../export/load-excel.js';
import { CHANGE_FORMATS, NUMBER_FORMATS, RELATIVE_CHANGE_FORMAT } from '../../export/number-format.js';
import { ERROR } from '../show.js';
import { type NumberStyle, type Report, type TableCell, tablesFor } from '../table.js';
import type { BinaryRenderer } from './renderer.js';

/** How a spreadsheet shows a number of a result table: in its unit, as a change, or as a relative change. */
const numberFormat = (unit: Unit, style: NumberStyle): string =>
  style === 'change' ? CHANGE_FORMATS[unit] : style === 'relative-change' ? RELATIVE_CHANGE_FORMAT : NUMBER_FORMATS[unit];

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], each used once. */
function sheetNames(titles: readonly (string | undefined)[]): string[] {
  const used = new Set<string>();
  return titles.map((title, i) => {
    const base =
      (title ?? `Table ${i + 1}`)
        .replace(/[:\\/?*[\]]/g, ' ')
        .trim()
        .slice(0, 31) || `Table ${i + 1}`;
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** A cell's value as the spreadsheet holds it: numbers as numbers (formatted by unit), text as text, a failure as ERROR. */
function cellValue(cell: TableCell): { value: number | string | null; format?: string } {
  switch (cell.kind) {
    case 'number':
      return { value: cell.value, format: numberFormat(cell.unit, cell.style) };
    case 'text':
      return { value: cell.text };
    case 'error':
      return { value: ERROR };
    default:
      return { value: null };
  }
}

/** Any report as a workbook: each table a sheet (headers, then rows; notes under them), the report's notes and failing cells last. */
async function renderXlsx(report: Report): Promise<Uint8Array> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'nhs-whatif';
  workbook.title = report.title;
  const tables = tablesFor(report, 'data');
  const extra = [...(report.notes ?? []), ...report.failures.map((line) => `Error: ${line}`)];
  // A report's one untitled table is named after the report (a scenario's cells, a comparison).
  const titles = tables.map((table) => table.title ?? (tables.length === 1 ? report.title : undefined));
  const names = sheetNames([...titles, ...(extra.length > 0 ? ['Notes'] : [])]);
  tables.forEach((table, i) => {
    const sheet = workbook.addWorksheet(names[i]!, { views: [{ state: 'frozen', ySplit: 1 }] });
    table.columns.forEach((column, j) => {
      const cell = sheet.getCell(1, j + 1);
      cell.value = column.header;
      cell.font = { bold: true };
      sheet.getColumn(j + 1).width = Math.min(60, Math.max(10, column.header.length + 2));
    });
    table.rows.forEach((row, r) => {
      row.forEach((each, j) => {
        const { value, format } = cellValue(each);
        if (value === null) return;
        const cell = sheet.getCell(r + 2, j + 1);
        cell.value = value;
        if (format) cell.numFmt = format;
      });
    });
    (table.notes ?? []).forEach((note, n) => {
      sheet.getCell(table.rows.length + 3 + n, 1).value = note;
    });
  });
  if (extra.length > 0) {
    const sheet = workbook.addWorksheet(names.at(-1)!);
    sheet.getCell(1, 1).value = report.title;
    sheet.getCell(1, 1).font = { bold: true };
    extra.forEach((line, i) => {
      sheet.getCell(i + 2, 1).value = line;
    });
  }
  if (tables.length === 0 && extra.length === 0) workbook.addWorksheet('Report').getCell(1, 1).value = report.title;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const xlsx: BinaryRenderer = {
  binary: true,
  summary: 'a workbook: each table a sheet, numbers in their units',
  extensions: ['.xlsx'],
  failuresInOutput: false,
  render: renderXlsx,
};
