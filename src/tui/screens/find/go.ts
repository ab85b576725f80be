import type { KeyName } from '../../keys.js';
import { openPrompt, refuse } from '../../overlays/prompt.js';
import { selectedName } from '../../state/selectors.js';
import { pop, push, sliceOf, topScreen } from '../../state/stack.js';
import type { State } from '../../state/types.js';
import { error, note } from '../../state/update.js';
import { selectCell } from '../grid/state.js';
import { isSearch, matchingCells } from './matches.js';
import { moveMatch, searched } from './state.js';

const MOVES: Readonly<Record<KeyName, Parameters<typeof moveMatch>[1]>> = { up: 'up', down: 'down', pageup: 'page-up', pagedown: 'page-down' };

/** `cumulative_extra_to_private (1 of 2 matching "cumul"; n next, N previous)` */
const foundNote = (state: State, name: string, matches: readonly string[], text: string): State =>
  note(state, `${name} (${matches.indexOf(name) + 1} of ${matches.length} matching "${text.trim()}"; n next, N previous)`);

/** Back in the grid on the cell `name`. */
function goTo(state: State, name: string): State {
  const { matches, text } = sliceOf(state, 'find');
  const grid = topScreen(state) === 'find' ? pop(state) : state;
  return foundNote(selectCell(grid, name), name, matches, text);
}

/** Enter: to the match under the cursor, or why there is none. */
export function goToSelected(state: State): State {
  const { matches, selected, text } = sliceOf(state, 'find');
  const name = matches[selected];
  if (name !== undefined) return goTo(state, name);
  return error(state, isSearch(text) ? `no cell name holds "${text.trim()}"` : 'no cells to find');
}

/** Types the search, the matches following each key; ↑ ↓ PgUp PgDn choose among them while typing. */
export function findPrompt(state: State): State {
  const { text } = sliceOf(state, 'find');
  return openPrompt(searched(state, text), {
    purpose: 'find',
    label: 'find cell:',
    text,
    // The last search is offered again, to refine it or to clear it.
    hint: text === '' ? 'part of its name; words in any order' : 'part of its name; words in any order; ^U clears the last search',
    changed: searched,
    passKey: (shown, key) => {
      const move = MOVES[key];
      return move ? moveMatch(shown, move) : undefined;
    },
    accept: (closed) => {
      const { matches, selected, text: typed } = sliceOf(closed, 'find');
      if (!isSearch(typed)) return refuse("type part of a cell's name, e.g. cumul");
      if (matches.length === 0) return refuse(`no cell name holds "${typed.trim()}"`);
      return goTo(closed, matches[selected] ?? matches[0]!);
    },
    cancel: (closed) => note(topScreen(closed) === 'find' ? pop(closed) : closed, 'cancelled'),
  });
}

/** `/` in the grid: the find screen, typing the search. */
export const openFind = (state: State): State => findPrompt(push(state, 'find'));

/**
 * n (or N, by -1) in the grid: the next (previous) cell after the selected one that matches the last search, going
 * round at the end.
 */
export function findAgain(state: State, by: 1 | -1): State {
  const { text } = sliceOf(state, 'find');
  if (!isSearch(text)) return note(state, 'nothing searched yet: / finds a cell by name');
  const matches = matchingCells(state.sheet.model, text);
  if (matches.length === 0) return error(state, `no cell name holds "${text.trim()}"`);
  const names = [...state.sheet.model.cells.keys()];
  const at = names.indexOf(selectedName(state) ?? '');
  const after = by === 1 ? matches.find((name) => names.indexOf(name) > at) : [...matches].reverse().find((name) => names.indexOf(name) < at);
  const name = after ?? (by === 1 ? matches[0]! : matches.at(-1)!);
  const found = foundNote(selectCell(state, name), name, matches, text);
  return after === undefined && matches.length > 1 ? note(found, `${found.message?.text} · went round to the ${by === 1 ? 'top' : 'bottom'}`) : found;
}
