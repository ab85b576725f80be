import { type Comparison, compareScenarios, type FormattedComparison, formatComparison, type SeriesRows } from '../../../analysis/index.js';
import type { NamedSheet } from '../../../engine/index.js';
import { inView, type ListView, type Move, moved } from '../../cursor.js';
import { currentName } from '../../state/selectors.js';
import { replaceTop, sliceOf, withSlice } from '../../state/stack.js';
import type { State } from '../../state/types.js';
import { note } from '../../state/update.js';

export interface ComparisonTable {
  readonly comparison: Comparison;
  readonly formatted: FormattedComparison;
}

/** The scenarios compared, how series are shown, and the selected row (selected) and first scenario column shown. */
export interface CompareSlice extends ListView {
  /** The current scenario as edited when the comparison opened, then each chosen file. */
  readonly scenarios: readonly NamedSheet[];
  readonly seriesRows: SeriesRows;
  readonly table?: ComparisonTable;
  /** Index of the first compared scenario shown after the current one. */
  readonly firstColumn: number;
  /** Rows of the comparison, and compared scenarios beside the current one, that fit. */
  readonly fit: { readonly rows: number; readonly columns: number };
}

export const INITIAL_COMPARE: CompareSlice = { scenarios: [], seriesRows: 'summary', selected: 0, top: 0, firstColumn: 0, fit: { rows: 20, columns: 1 } };

const withCompare = (state: State, change: Partial<CompareSlice>): State => withSlice(state, 'compare', change);

function tableOf(scenarios: readonly NamedSheet[], seriesRows: SeriesRows): ComparisonTable {
  const comparison = compareScenarios(scenarios, undefined, seriesRows);
  return { comparison, formatted: formatComparison(comparison) };
}

/** Compares the scenario as edited now (the first column) with `others`, in place of the screen on top (the picker). */
export function openComparison(state: State, others: readonly NamedSheet[]): State {
  const current: NamedSheet = { name: currentName(state), model: state.sheet.model, evaluation: state.sheet.evaluation };
  const scenarios = [current, ...others];
  const table = tableOf(scenarios, sliceOf(state, 'compare').seriesRows);
  return replaceTop(withCompare(state, { scenarios, table, selected: 0, top: 0, firstColumn: 0 }), 'compare');
}

const rowCount = (compare: CompareSlice): number => compare.table?.formatted.rows.length ?? 0;

export const moveRow = (state: State, move: Move): State => {
  const compare = sliceOf(state, 'compare');
  return withCompare(state, { selected: moved(compare.selected, move, rowCount(compare), compare.fit.rows) });
};

export function scrollColumns(state: State, by: -1 | 1): State {
  const { table, firstColumn, fit } = sliceOf(state, 'compare');
  const others = Math.max(0, (table?.formatted.scenarios.length ?? 1) - 1);
  return withCompare(state, { firstColumn: Math.max(0, Math.min(firstColumn + by, others - Math.max(1, fit.columns))) });
}

export function switchSeriesRows(state: State): State {
  const compare = sliceOf(state, 'compare');
  const seriesRows = compare.seriesRows === 'summary' ? 'every-year' : 'summary';
  const shown = withCompare(state, { seriesRows, table: tableOf(compare.scenarios, seriesRows) });
  return note(shown, seriesRows === 'summary' ? 'per-year cells: final year and total' : 'per-year cells: every year and total');
}

export function keepCompareInView(state: State): State {
  const compare = sliceOf(state, 'compare');
  const view = inView(compare, rowCount(compare), compare.fit.rows);
  return view === compare ? state : withCompare(state, view);
}
