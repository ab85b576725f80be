import { type Cell, formatNumber } from '../../engine/index.js';
import { isRecord } from '../../scenario/is-record.js';
import { aboutCellsTable } from '../../tables/about-cells.js';
import type { Report, Table } from '../../tables/index.js';
import { cellsOf } from '../state/sheet.js';
import type { State } from '../state/types.js';
import type { ViewTable } from './view-table.js';

/** A cell's value or formula as a sentence says it: `20.00%`, `= budget - total_budget_base`. */
const content = (cell: Cell): string => (cell.kind === 'input' ? formatNumber(cell.value, cell.unit) : `= ${cell.formula}`);

/** Each unsaved change in words: `marginal_private_share 20.00% (52.94% in the file)`, `added x = …`, `removed y`. */
export function unsavedChanges(state: State): string[] {
  const cells = cellsOf(state.sheet);
  const names = new Set(cells.map((cell) => cell.name));
  const changes = cells.flatMap((cell): string[] => {
    const before = state.saved.get(cell.name);
    if (!before) return [`added ${cell.name} ${content(cell)}`];
    const was = content(before);
    const now = content(cell);
    const parts = [
      ...(now !== was || before.kind !== cell.kind ? [`${cell.name} ${now} (${was} in the file)`] : []),
      ...(before.unit !== cell.unit ? [`${cell.name} in ${cell.unit} (${before.unit} in the file)`] : []),
      ...(before.description !== cell.description ? [`${cell.name}'s description`] : []),
      ...(before.source !== cell.source ? [`${cell.name}'s source`] : []),
    ];
    return parts;
  });
  const removed = [...state.saved.keys()].filter((name) => !names.has(name)).map((name) => `removed ${name}`);
  return [...changes, ...removed];
}

/** What the export is of: the scenario, its file and description, and its unsaved changes, which the numbers include. */
function aboutScenario(state: State): string[] {
  const { name, file, description } = state.scenario;
  const lines = [`Scenario ${name}, file ${file}${description ? `: ${description}` : '.'}`];
  const changes = unsavedChanges(state);
  if (changes.length > 0) lines.push(`With unsaved changes, as shown on screen (the file on disk holds the values before them): ${changes.join('; ')}.`);
  return lines;
}

/**
 * The view's report made ready for a briefing: after its title, what it is of (the scenario, its file, any unsaved
 * changes); after its first table, what each cell shown is, its unit and its source. Data formats see the report as
 * the command line gives it, JSON with the file and the unsaved changes added.
 */
export function framedReport(state: State, table: ViewTable): Report {
  const { report } = table;
  const shown = new Set(table.cells);
  const about = aboutCellsTable(
    cellsOf(state.sheet).filter((cell) => shown.has(cell.name)),
    state.scenario.sources,
  );
  const [first, ...rest] = report.tables;
  const tables: Table[] = first ? [first, ...(about ? [about] : []), ...rest] : about ? [about] : [];
  // JSON with a document of its own says the same: which file, and the unsaved changes its numbers include.
  const source = { file: state.scenario.file, unsavedChanges: unsavedChanges(state) };
  const document = isRecord(report.document) ? { document: { ...report.document, exportedFrom: source } } : {};
  return { ...report, intro: [...aboutScenario(state), ...(report.intro ?? [])], tables, ...document };
}
