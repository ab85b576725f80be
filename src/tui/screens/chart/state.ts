import { push, sliceOf, withSlice } from '../../state/stack.js';
import type { State } from '../../state/types.js';
import { info } from '../../state/update.js';

/** A reference line set by the user: its value in the model's terms, and the text typed for it (offered again). */
export interface ChartReference {
  readonly value: number;
  readonly typed: string;
}

/**
 * The chart's own state: the reference line of each cell that has one (a share's 10% line stays with that cell when
 * moving to a £bn cell and back). The cell charted is the grid's selected cell, so back on the grid it stays selected.
 */
export interface ChartSlice {
  readonly references: ReadonlyMap<string, ChartReference>;
  /** The size of the chart drawn, in characters. */
  readonly fit: { readonly columns: number; readonly rows: number };
}

export const INITIAL_CHART: ChartSlice = { references: new Map(), fit: { columns: 0, rows: 0 } };

/** Opens the chart of the cell selected in the grid. */
export const openChart = (state: State): State => push(state, 'chart');

export const referenceOf = (state: State, cell: string): ChartReference | undefined => sliceOf(state, 'chart').references.get(cell);

/** Sets or (with undefined) removes the reference line of `cell`. */
export function withReference(state: State, cell: string, reference: ChartReference | undefined): State {
  const references = new Map(sliceOf(state, 'chart').references);
  if (reference) references.set(cell, reference);
  else references.delete(cell);
  return withSlice(state, 'chart', { references });
}

/** Selects the next (1) or previous (-1) cell with one value per year, in the grid's order, without leaving the chart. */
export function moveToSeries(state: State, by: 1 | -1): State {
  const cells = [...state.sheet.model.cells.values()];
  const { selected } = sliceOf(state, 'grid');
  for (let at = selected + by; at >= 0 && at < cells.length; at += by) {
    if (cells[at]!.series) return withSlice(state, 'grid', { selected: at });
  }
  const here = cells[selected]?.cell.name;
  const way = by > 0 ? 'after' : 'before';
  return info(state, here === undefined ? 'no cell has values by year' : `no cell with values by year ${way} ${here}`);
}
