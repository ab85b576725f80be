import { inView, type ListView, type Move, moved } from '../cursor.js';
import type { ScreenId, ScreenSlices } from '../registry.js';
import { sliceOf, withSlice } from './stack.js';
import type { State } from './types.js';

/** The screens whose state is a list with a selection, shown `fit.rows` lines at a time. */
type ListScreen = { [K in ScreenId]: ScreenSlices[K] extends ListView & { readonly fit: { readonly rows: number } } ? K : never }[ScreenId];

/** Moves the selection of screen `id`'s list of `count` lines. */
export function moveInList(state: State, id: ListScreen, move: Move, count: number): State {
  const list: ListView & { readonly fit: { readonly rows: number } } = sliceOf(state, id);
  return withSlice(state, id, { selected: moved(list.selected, move, count, list.fit.rows) });
}

/** Keeps the selection of screen `id`'s list of `count` lines within it and on screen; the same state when nothing moves. */
export function keepListInView(state: State, id: ListScreen, count: number): State {
  const list: ListView & { readonly fit: { readonly rows: number } } = sliceOf(state, id);
  const view = inView(list, count, list.fit.rows);
  return view === list ? state : withSlice(state, id, { selected: view.selected, top: view.top });
}
