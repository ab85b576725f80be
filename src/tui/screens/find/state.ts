import type { ListView, Move } from '../../cursor.js';
import { keepListInView, moveInList } from '../../state/lists.js';
import { sliceOf, withSlice } from '../../state/stack.js';
import type { State } from '../../state/types.js';
import { matchingCells } from './matches.js';

/**
 * The search being typed or last made (kept while the screen is closed, for n and N in the grid), the cells that
 * match it, and the match under the cursor (selected).
 */
export interface FindSlice extends ListView {
  readonly text: string;
  readonly matches: readonly string[];
  /** Matches that fit. */
  readonly fit: { readonly rows: number };
}

export const INITIAL_FIND: FindSlice = { text: '', matches: [], selected: 0, top: 0, fit: { rows: 10 } };

export const withFind = (state: State, change: Partial<FindSlice>): State => withSlice(state, 'find', change);

/** The search as it is typed: the matches follow, the cursor on the first. */
export const searched = (state: State, text: string): State => withFind(state, { text, matches: matchingCells(state.sheet.model, text), selected: 0, top: 0 });

export const moveMatch = (state: State, move: Move): State => moveInList(state, 'find', move, sliceOf(state, 'find').matches.length);

export const keepFindInView = (state: State): State => keepListInView(state, 'find', sliceOf(state, 'find').matches.length);
