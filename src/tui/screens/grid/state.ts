import { inView, type ListView, type Move, moved } from '../../cursor.js';
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

const firstYearWithin = (state: State, first: number): number => {
  const years = state.sheet.evaluation.years.length;
  return Math.max(0, Math.min(first, years - Math.max(1, sliceOf(state, 'grid').fit.yearColumns)));
};

export const scrollYears = (state: State, by: -1 | 1): State =>
  withSlice(state, 'grid', { firstYear: firstYearWithin(state, sliceOf(state, 'grid').firstYear + by) });

/** After any change (a cell added or deleted, the horizon edited, a resize): the selection and years within range and in view. */
export function keepGridInView(state: State): State {
  const grid = sliceOf(state, 'grid');
  const view = inView(grid, state.sheet.model.cells.size, grid.fit.rows);
  const firstYear = firstYearWithin(state, grid.firstYear);
  return view === grid && firstYear === grid.firstYear ? state : withSlice(state, 'grid', { ...view, firstYear });
}
