import type { ScreenId, ScreenSlices } from '../registry.js';
import type { State } from './types.js';

/** The screen shown: the last one opened. */
export const topScreen = (state: State): ScreenId => state.stack.at(-1) ?? 'grid';

/** Opens a screen over the one shown; one already open is gone back to, closing those above it. */
export function push(state: State, screen: ScreenId): State {
  const at = state.stack.indexOf(screen);
  return { ...state, stack: at < 0 ? [...state.stack, screen] : state.stack.slice(0, at + 1) };
}

/** Shows another screen in place of the one on top, so back skips it (the picker gives way to the comparison). */
export const replaceTop = (state: State, screen: ScreenId): State => (state.stack.length <= 1 ? push(state, screen) : push(pop(state), screen));

/** Back to the screen under the one shown; the grid, at the bottom, stays. */
export const pop = (state: State): State => (state.stack.length > 1 ? { ...state, stack: state.stack.slice(0, -1) } : state);

export const sliceOf = <Id extends ScreenId>(state: State, screen: Id): ScreenSlices[Id] => state.screens[screen];

export function withSlice<Id extends ScreenId>(state: State, screen: Id, change: Partial<ScreenSlices[Id]>): State {
  const slice: ScreenSlices[Id] = { ...state.screens[screen], ...change };
  return { ...state, screens: { ...state.screens, [screen]: slice } };
}
