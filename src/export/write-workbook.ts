import { loadExcel } from './load-excel.js';
import { columnLetters, type PlannedCell, type PlannedSheet, type WorkbookPlan } from './workbook-plan.js';

type Worksheet = import('exceljs').Worksheet;

const STYLES = {
  title: { font: { bold: true, size: 14 } },
  note: { font: { italic: true } },
  header: { font: { bold: true } },
  input: { font: { color: { argb: 'FF1F4E9A' } } },
} as const;

function writeCell(worksheet: Worksheet, planned: PlannedCell): void {
  const cell = worksheet.getCell(planned.row, planned.column);
  const { content } = planned;
  if (content.kind === 'formula') cell.value = { formula: content.formula, result: content.cached };
  else cell.value = content.kind === 'text' ? content.text : content.value;
  if (planned.format) cell.numFmt = planned.format;
  if (planned.style) cell.font = STYLES[planned.style].font;
}

function writeSheet(workbook: import('exceljs').Workbook, sheet: PlannedSheet): void {
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', xSplit: sheet.frozen.columns, ySplit: sheet.frozen.rows }],
  });
  sheet.widths.forEach((width, i) => {
    worksheet.getColumn(i + 1).width = width;
  });
  for (const cell of sheet.cells) writeCell(worksheet, cell);
  for (const rule of sheet.validations) {
    worksheet.getCell(rule.row, rule.column).dataValidation = {
      type: 'whole',
      operator: 'equal',
      allowBlank: false,
      formulae: [rule.equals],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Horizon',
      error: rule.message,
    };
  }
}

/** The planned workbook as the bytes of an .xlsx file, with a defined name for every scenario cell. */
export async function workbookBytes(plan: WorkbookPlan): Promise<Uint8Array> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'nhs-whatif';
  // Every formula is computed again when the workbook is opened, whatever the cached values.
  workbook.calcProperties = { fullCalcOnLoad: true };
  for (const sheet of plan.sheets) writeSheet(workbook, sheet);
  for (const place of plan.placed) {
    const first = place.columns[0]!;
    const last = place.columns.at(-1)!;
    const range = first === last ? cellAddress(place.row, first) : `${cellAddress(place.row, first)}:${cellAddress(place.row, last)}`;
    workbook.definedNames.add(`${place.sheet}!${range}`, place.name);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const cellAddress = (row: number, column: number): string => `$${columnLetters(column)}$${row}`;
