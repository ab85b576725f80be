import type { Sheet } from '../engine/sheet.js';
import { EMPTY, errorCell, numberCell, type Report, type Table, type TableCell, textCell } from './table.js';

/** The JSON document of an evaluated scenario: full precision, an error in place of each failing value. */
function sheetDocument(title: string, { model, evaluation }: Sheet): unknown {
  const cells: Record<string, { value: number | readonly number[] } | { error: string }> = {};
  for (const name of model.cells.keys()) {
    const result = evaluation.results.get(name)!;
    cells[name] = result.ok ? { value: result.value } : { error: result.error };
  }
  return { scenario: title, years: evaluation.years, cells };
}

/** One row per cell: its name, its unit (for data), then its single value or one column per projected year. */
function sheetTable({ model, evaluation }: Sheet): Table {
  const { years } = evaluation;
  const blankYears = years.map(() => EMPTY);
  const rows = [...model.cells.values()].map(({ cell }): TableCell[] => {
    const start = [textCell(cell.name), textCell(cell.unit)];
    const result = evaluation.results.get(cell.name)!;
    if (!result.ok) return [...start, errorCell(result.error), ...blankYears];
    if (typeof result.value === 'number') return [...start, numberCell(result.value, cell.unit), ...blankYears];
    const series = result.value;
    return [...start, EMPTY, ...years.map((_, i) => (i < series.length ? numberCell(series[i]!, cell.unit) : EMPTY))];
  });
  return {
    columns: [{ header: 'cell' }, { header: 'unit', only: 'data' }, { header: 'value' }, ...years.map((year) => ({ header: year }))],
    rows,
  };
}

/** Every cell of an evaluated scenario under its title (the scenario's name); `failures` are its failing cells' places. */
export const sheetReport = (title: string, sheet: Sheet, failures: readonly string[]): Report => ({
  title,
  tables: [sheetTable(sheet)],
  failures,
  document: sheetDocument(title, sheet),
});
