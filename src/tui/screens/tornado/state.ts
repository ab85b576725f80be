import { push, sliceOf, withSlice } from '../../state/stack.js';
import type { State } from '../../state/types.js';
import { info } from '../../state/update.js';

/**
 * The tornado's own state: what the user typed to show instead of a cell's default (its last year, or the cell),
 * by cell. The cell is the grid's selected cell, so back on the grid it stays selected.
 */
export interface TornadoSlice {
  readonly typed: ReadonlyMap<string, string>;
  readonly fit: { readonly rows: number };
}

export const INITIAL_TORNADO: TornadoSlice = { typed: new Map(), fit: { rows: 0 } };

export const openTornado = (state: State): State => push(state, 'tornado');

/** What the tornado shows for `cell`: the formula typed for it, else its last year (a series) or the cell itself. */
export function outputTextOf(state: State, cell: string): string {
  const typed = sliceOf(state, 'tornado').typed.get(cell);
  if (typed !== undefined) return typed;
  return state.sheet.model.cells.get(cell)?.series ? `last(${cell})` : cell;
}

/** Sets or (with undefined) forgets the formula typed for `cell`. */
export function withOutputText(state: State, cell: string, text: string | undefined): State {
  const typed = new Map(sliceOf(state, 'tornado').typed);
  if (text === undefined) typed.delete(cell);
  else typed.set(cell, text);
  return withSlice(state, 'tornado', { typed });
}

/** Selects the next (1) or previous (-1) formula cell in the grid's order, without leaving the tornado. */
export function moveToFormula(state: State, by: 1 | -1): State {
  const cells = [...state.sheet.model.cells.values()];
  const { selected } = sliceOf(state, 'grid');
  for (let at = selected + by; at >= 0 && at < cells.length; at += by) {
    if (cells[at]!.cell.kind === 'formula') return withSlice(state, 'grid', { selected: at });
  }
  return info(state, `no formula cell ${by > 0 ? 'after' : 'before'} ${cells[selected]?.cell.name ?? 'this one'}`);
}
