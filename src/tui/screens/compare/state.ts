import { withObserved } from '../../../analysis/compare-observed.js';
import { type Comparison, compareScenarios, type FormattedComparison, formatComparison, type SeriesRows } from '../../../analysis/index.js';
import { type ObservedSheet, observedSheetOf } from '../../../analysis/observed.js';
import type { ListView, Move } from '../../cursor.js';
import { keepListInView, moveInList } from '../../state/lists.js';
import { currentName } from '../../state/selectors.js';
import { replaceTop, sliceOf, withSlice } from '../../state/stack.js';
import type { State } from '../../state/types.js';
import { note } from '../../state/update.js';
import { type ShownRow, shownRows } from './rows.js';

export interface ComparisonTable {
  readonly comparison: Comparison;
  readonly formatted: FormattedComparison;
  /** Every row as the screen shows it, and those where some scenario differs from the reference. */
  readonly rows: readonly ShownRow[];
  readonly changed: readonly ShownRow[];
}

/**
 * The scenarios compared, which of them is the reference, how series are shown, whether unchanged rows are left out,
 * and the selected row (selected) and first scenario column shown.
 */
export interface CompareSlice extends ListView {
  /** The current scenario as edited when the comparison opened, then each chosen file. */
  readonly scenarios: readonly ObservedSheet[];
  /** Which of them the others are compared with: shown first, and every change is against it. */
  readonly reference: number;
  readonly seriesRows: SeriesRows;
  /** Only the rows where some scenario differs from the reference. */
  readonly changedOnly: boolean;
  readonly table?: ComparisonTable;
  /** Index of the first compared scenario shown after the reference. */
  readonly firstColumn: number;
  /** Rows of the comparison, and compared scenarios beside the reference, that fit. */
  readonly fit: { readonly rows: number; readonly columns: number };
}

export const INITIAL_COMPARE: CompareSlice = {
  scenarios: [],
  reference: 0,
  seriesRows: 'summary',
  changedOnly: false,
  selected: 0,
  top: 0,
  firstColumn: 0,
  fit: { rows: 20, columns: 1 },
};

const withCompare = (state: State, change: Partial<CompareSlice>): State => withSlice(state, 'compare', change);

/** The scenarios in the order shown: the reference first, then the others as they were chosen. */
const inOrder = (scenarios: readonly ObservedSheet[], reference: number): ObservedSheet[] => {
  const first = scenarios[reference];
  return first ? [first, ...scenarios.filter((_, i) => i !== reference)] : [...scenarios];
};

function tableOf(scenarios: readonly ObservedSheet[], reference: number, seriesRows: SeriesRows): ComparisonTable {
  const ordered = inOrder(scenarios, reference);
  const comparison = withObserved(compareScenarios(ordered, undefined, seriesRows), ordered);
  const formatted = formatComparison(comparison);
  const { all, changed } = shownRows(comparison, formatted);
  return { comparison, formatted, rows: all, changed };
}

/** The rows on screen: every row, or those that differ. */
export const rowsShown = (compare: CompareSlice): readonly ShownRow[] => (compare.changedOnly ? compare.table?.changed : compare.table?.rows) ?? [];

/**
 * Compares the scenario as edited now (the first column) with `others`, in place of the screen on top (the picker).
 * The reference chosen before stays the reference while it is among them.
 */
export function openComparison(state: State, others: readonly ObservedSheet[]): State {
  const scenarios = [observedSheetOf(currentName(state), state.sheet, state.scenario), ...others];
  const before = sliceOf(state, 'compare');
  const kept = before.scenarios[before.reference]?.name;
  const reference = Math.max(0, kept === undefined || before.reference === 0 ? 0 : scenarios.findIndex((scenario) => scenario.name === kept));
  const table = tableOf(scenarios, reference, before.seriesRows);
  return replaceTop(withCompare(state, { scenarios, reference, table, selected: 0, top: 0, firstColumn: 0 }), 'compare');
}

const rowCount = (compare: CompareSlice): number => rowsShown(compare).length;

export const moveRow = (state: State, move: Move): State => moveInList(state, 'compare', move, rowCount(sliceOf(state, 'compare')));

export function scrollColumns(state: State, by: -1 | 1): State {
  const { scenarios, firstColumn, fit } = sliceOf(state, 'compare');
  const others = Math.max(0, scenarios.length - 1);
  return withCompare(state, { firstColumn: Math.max(0, Math.min(firstColumn + by, others - Math.max(1, fit.columns))) });
}

export function switchSeriesRows(state: State): State {
  const compare = sliceOf(state, 'compare');
  const seriesRows = compare.seriesRows === 'summary' ? 'every-year' : 'summary';
  const shown = withCompare(state, { seriesRows, table: tableOf(compare.scenarios, compare.reference, seriesRows) });
  return note(shown, seriesRows === 'summary' ? 'per-year cells: final year and total' : 'per-year cells: every year and total');
}

/** The selection after the rows shown change from `before` to `after`: the same row if shown, else the next one that is. */
function sameRow(all: readonly ShownRow[], before: readonly ShownRow[], selected: number, after: readonly ShownRow[]): number {
  const at = all.indexOf(before[selected]!);
  const next = after.findIndex((shown) => all.indexOf(shown) >= at);
  return next < 0 ? Math.max(0, after.length - 1) : next;
}

/** Makes the next scenario (or, by -1, the one before) the reference, which every change is then measured against. */
export function cycleReference(state: State, by: 1 | -1): State {
  const compare = sliceOf(state, 'compare');
  const count = compare.scenarios.length;
  if (count < 2) return state;
  const reference = (compare.reference + by + count) % count;
  const table = tableOf(compare.scenarios, reference, compare.seriesRows);
  const name = compare.scenarios[reference]?.name ?? '';
  return note(withCompare(state, { reference, table, firstColumn: 0 }), `changes are now against ${name}`);
}

/** Shows only the rows where a scenario differs from the reference, or every row again. */
export function switchChangedOnly(state: State): State {
  const compare = sliceOf(state, 'compare');
  if (!compare.table) return state;
  const changedOnly = !compare.changedOnly;
  const before = rowsShown(compare);
  const after = changedOnly ? compare.table.changed : compare.table.rows;
  const shown = withCompare(state, { changedOnly, selected: sameRow(compare.table.rows, before, compare.selected, after) });
  if (!changedOnly) return note(shown, 'every row shown');
  const { length } = compare.table.changed;
  return note(
    shown,
    length === 0 ? 'no row differs from the reference; f shows every row' : `only the ${length} of ${compare.table.rows.length} rows that differ`,
  );
}

export const keepCompareInView = (state: State): State => keepListInView(state, 'compare', rowCount(sliceOf(state, 'compare')));
