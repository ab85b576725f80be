import type { Effect, State } from './types.js';

/** Something was done: `saved …`, `budget_growth = 3.00%`. */
export const info = (state: State, text: string): State => ({ ...state, message: { tone: 'info', text } });
/** A neutral note: nothing was done, or a view changed (`nothing to undo`, `cancelled`). */
export const note = (state: State, text: string): State => ({ ...state, message: { tone: 'note', text } });
export const error = (state: State, text: string): State => ({ ...state, message: { tone: 'error', text } });
export const withEffect = (state: State, effect: Effect): State => ({ ...state, effects: [...state.effects, effect] });
