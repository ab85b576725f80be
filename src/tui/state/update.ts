import type { Effect, State } from './types.js';

export const info = (state: State, text: string): State => ({ ...state, message: { tone: 'info', text } });
export const error = (state: State, text: string): State => ({ ...state, message: { tone: 'error', text } });
export const withEffect = (state: State, effect: Effect): State => ({ ...state, effects: [...state.effects, effect] });
