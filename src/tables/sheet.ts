import type { Sheet } from '../engine/sheet.js';
import { EMPTY, errorCell, numberCell, type Report, type Table, type TableCell, textCell } from './table.js';

/** The JSON document of an evaluated scenario: full precision, an error in place of each failing value. */
function sheetDocument(title: string, { model, evaluation }: Sheet): Record<string, unknown> {
  const cells: Record<string, { value: number | readonly number[] } | { error: string }> = {};
  for (const name of model.cells.keys()) {
    const result = evaluation.results.get(name)!;
    cells[name] = result.ok ? { value: result.value } : { error: result.error };
  }
  return { scenario: title, years: evaluation.years, cells };
}

/** One row per cell: its name, its unit (for data; money as `money` says), then its single value or one column per projected year. */
function sheetTable({ model, evaluation }: Sheet, money?: string, notes?: readonly string[]): Table {
  const { years } = evaluation;
  const blankYears = years.map(() => EMPTY);
  const rows = [...model.cells.values()].map(({ cell }): TableCell[] => {
    const start = [textCell(cell.name), textCell(cell.unit === '£bn' && money ? money : cell.unit)];
    const result = evaluation.results.get(cell.name)!;
    if (!result.ok) return [...start, errorCell(result.error), ...blankYears];
    if (typeof result.value === 'number') return [...start, numberCell(result.value, cell.unit), ...blankYears];
    const series = result.value;
    return [...start, EMPTY, ...years.map((_, i) => (i < series.length ? numberCell(series[i]!, cell.unit) : EMPTY))];
  });
  return {
    columns: [{ header: 'cell' }, { header: 'unit', only: 'data' }, { header: 'value' }, ...years.map((year) => ({ header: year }))],
    rows,
    ...(notes && notes.length > 0 ? { notes } : {}),
  };
}

/** What a report of a scenario shows besides its cells: more tables, notes, JSON fields, and how money is measured. */
export interface SheetExtras {
  readonly tables?: readonly Table[];
  readonly notes?: readonly string[];
  /** Added to the JSON document after its cells. */
  readonly document?: Readonly<Record<string, unknown>>;
  /** The unit of money for data formats, when it matters which (`£bn cash`, `£bn 2015/16 prices`). */
  readonly money?: string;
  /** Under the cells, for people: how money is measured. */
  readonly moneyNotes?: readonly string[];
}

/** Every cell of an evaluated scenario under its title (the scenario's name); `failures` are its failing cells' places. */
export const sheetReport = (title: string, sheet: Sheet, failures: readonly string[], extras: SheetExtras = {}): Report => ({
  title,
  tables: [sheetTable(sheet, extras.money, extras.moneyNotes), ...(extras.tables ?? [])],
  ...(extras.notes && extras.notes.length > 0 ? { notes: extras.notes } : {}),
  failures,
  document: { ...sheetDocument(title, sheet), ...extras.document },
});

/** A scenario's report with each cell's unit shown to people too, beside its name: for a briefing, where no number may stand without one. */
export function withUnitsShown(report: Report): Report {
  const [cells, ...rest] = report.tables;
  if (!cells) return report;
  const columns = cells.columns.map((column) =>
    column.header === 'unit' && column.only === 'data' ? { header: column.header, align: 'left' as const } : column,
  );
  return { ...report, tables: [{ ...cells, columns }, ...rest] };
}
