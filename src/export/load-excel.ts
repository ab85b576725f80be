type ExcelModule = typeof import('exceljs');

/** exceljs, loaded only when a workbook is written: it is large, and no other command needs it. */
export async function loadExcel(): Promise<ExcelModule> {
  const loaded = (await import('exceljs')) as ExcelModule & { default?: ExcelModule };
  return loaded.default ?? loaded;
}
