import type { Sheet } from '../../../engine/index.js';
import { inView, type ListView, type Move, moved } from '../../cursor.js';
import type { GridSimulated } from '../../state/simulation.js';
import { sliceOf, withSlice } from '../../state/stack.js';
import type { State } from '../../state/types.js';

/** How much of the grid the terminal shows: rows of cells and year columns. */
export interface GridFit {
  readonly rows: number;
  readonly yearColumns: number;
}

/** The grid's own state: the selected cell (cells in display order), the first row and the first year column shown. */
export interface GridSlice extends ListView {
  readonly firstYear: number;
  readonly fit: GridFit;
  /** The p5–p95 column beside each formula cell's value (p). */
  readonly spread?: boolean;
  /** The column's figures as last simulated; of an older sheet while an edit's simulation is on its way. */
  readonly simulated?: GridSimulated;
  /** The sheet whose simulation was last asked for, so each sheet is asked for once. */
  readonly asked?: Sheet;
}

export const INITIAL_GRID: GridSlice = { selected: 0, top: 0, firstYear: 0, fit: { rows: 20, yearColumns: 5 } };

export const moveSelection = (state: State, move: Move): State => {
  const grid = sliceOf(state, 'grid');
  return withSlice(state, 'grid', { selected: moved(grid.selected, move, state.sheet.model.cells.size, grid.fit.rows) });
};

/** Selects the cell named `name`, if there is one. */
export function selectCell(state: State, name: string): State {
  const index = [...state.sheet.model.cells.keys()].indexOf(name);
  return index < 0 ? state : withSlice(state, 'grid', { selected: index });
}

/**
 * The first year column shown when `yearColumns` fit: `firstYear` as far as the last page allows. The grid keeps
 * `firstYear` as asked (the last year, after `}`), so a key pressed before the layout has measured a change of
 * horizon or size still ends up showing what was asked for.
 */
export const shownFirstYear = (firstYear: number, years: number, yearColumns: number): number =>
  Math.max(0, Math.min(firstYear, years - Math.max(1, yearColumns)));

const shownFirst = (state: State): number => {
  const { firstYear, fit } = sliceOf(state, 'grid');
  return shownFirstYear(firstYear, state.sheet.evaluation.years.length, fit.yearColumns);
};

export const scrollYears = (state: State, by: number): State => {
  const { fit } = sliceOf(state, 'grid');
  return withSlice(state, 'grid', { firstYear: shownFirstYear(shownFirst(state) + by, state.sheet.evaluation.years.length, fit.yearColumns) });
};

/** Scrolls the year columns by as many years as show, so the next page starts where this one ends. */
export const pageYears = (state: State, direction: -1 | 1): State => scrollYears(state, direction * Math.max(1, sliceOf(state, 'grid').fit.yearColumns));

/** Shows the first years, or the last (whatever number of them fits). */
export const yearsAtEnd = (state: State, end: 'first' | 'last'): State =>
  withSlice(state, 'grid', { firstYear: end === 'first' ? 0 : Math.max(0, state.sheet.evaluation.years.length - 1) });

/** After any change (a cell added or deleted, the horizon edited, a resize): the selection and years within range and in view. */
export function keepGridInView(state: State): State {
  const grid = sliceOf(state, 'grid');
  const view = inView(grid, state.sheet.model.cells.size, grid.fit.rows);
  const firstYear = Math.max(0, Math.min(grid.firstYear, state.sheet.evaluation.years.length - 1));
  return view === grid && firstYear === grid.firstYear ? state : withSlice(state, 'grid', { ...view, firstYear });
}
