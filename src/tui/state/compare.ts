import { type Comparison, compareScenarios, type FormattedComparison, formatComparison, type SeriesRows } from '../../analysis/index.js';
import type { NamedSheet } from '../../engine/index.js';
import { compareNotes } from '../compare-notes.js';
import { CompareScreen, type CompareScreenLayout } from '../components/CompareView.js';
import { inView, type ListView, type Move, moved } from '../cursor.js';
import { compareLayout, MIN_COLUMNS } from '../layout.js';
import { backKey, movingKeys } from '../moving-keys.js';
import type { Binding, Frame, Laid } from '../screen.js';
import { laidOut, type Screen } from '../screen.js';
import { listScenarios } from '../screens/picker/open.js';
import { currentName } from './selectors.js';
import { replaceTop, sliceOf, withSlice } from './stack.js';
import type { State } from './types.js';
import { info } from './update.js';

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

const INITIAL_COMPARE: CompareSlice = { scenarios: [], seriesRows: 'summary', selected: 0, top: 0, firstColumn: 0, fit: { rows: 20, columns: 1 } };

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

const moveRow = (state: State, move: Move): State => {
  const compare = sliceOf(state, 'compare');
  return withCompare(state, { selected: moved(compare.selected, move, rowCount(compare), compare.fit.rows) });
};

function scrollColumns(state: State, by: -1 | 1): State {
  const { table, firstColumn, fit } = sliceOf(state, 'compare');
  const others = Math.max(0, (table?.formatted.scenarios.length ?? 1) - 1);
  return withCompare(state, { firstColumn: Math.max(0, Math.min(firstColumn + by, others - Math.max(1, fit.columns))) });
}

function switchSeriesRows(state: State): State {
  const compare = sliceOf(state, 'compare');
  const seriesRows = compare.seriesRows === 'summary' ? 'every-year' : 'summary';
  const shown = withCompare(state, { seriesRows, table: tableOf(compare.scenarios, seriesRows) });
  return info(shown, seriesRows === 'summary' ? 'per-year cells: final year and total' : 'per-year cells: every year and total');
}

const COMPARE_KEYS: readonly Binding[] = [
  ...movingKeys('compare', moveRow, scrollColumns),
  {
    command: 'compare.series-rows',
    keys: ['t'],
    label: 't',
    description: 'series: every year, or final year and total',
    hint: 'every year',
    footerRank: 2,
    run: switchSeriesRows,
  },
  {
    command: 'compare.pick-again',
    keys: ['p'],
    label: 'p',
    description: 'choose other files to compare',
    hint: 'pick files',
    footerRank: 3,
    run: (state) => replaceTop(listScenarios(state), 'picker'),
  },
  backKey('compare'),
];

function keepCompareInView(state: State): State {
  const compare = sliceOf(state, 'compare');
  const view = inView(compare, rowCount(compare), compare.fit.rows);
  return view === compare ? state : withCompare(state, view);
}

function layOutComparison(frame: Frame, state: State): Laid<CompareSlice['fit'], CompareScreenLayout> {
  const { table, seriesRows } = sliceOf(state, 'compare');
  const formatted = table?.formatted;
  const notes = compareNotes(formatted, seriesRows === 'every-year', Math.max(MIN_COLUMNS, frame.columns));
  const labels = formatted?.rows.map((row) => row.label) ?? [];
  const layout = compareLayout(frame.columns, frame.rows, labels, formatted?.scenarios ?? [], frame.messageRows, notes.notes.length + notes.errors.length);
  return { fit: { rows: layout.rows, columns: layout.groups }, view: { layout, notes } };
}

/** Scenarios side by side: the one being edited first, then each chosen file with its changes; opened from the picker. */
export const compare: Screen<CompareSlice> = {
  help: { title: 'Comparing scenarios (c)', notes: [{ label: 'moving', description: 'as in the grid: ↑↓ jk, ←→ hl, PgUp PgDn, g G' }] },
  initial: INITIAL_COMPARE,
  bindings: COMPARE_KEYS,
  keepInView: keepCompareInView,
  render: laidOut(layOutComparison, CompareScreen),
};
