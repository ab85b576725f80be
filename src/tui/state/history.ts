import type { Change } from './sheet.js';
import type { State } from './types.js';
import { error, info, note } from './update.js';

const HISTORY_LIMIT = 500;

/** Records a successful change for undo, or shows why it was refused. A function label is computed after the change. */
export function apply(state: State, change: Change, label: string | ((after: State) => string)): State {
  if (!change.ok) return error(state, change.problem);
  const next: State = { ...state, sheet: change.sheet, redo: [] };
  const text = typeof label === 'string' ? label : label(next);
  return info({ ...next, undo: [...state.undo.slice(-(HISTORY_LIMIT - 1)), { sheet: state.sheet, label: text }] }, text);
}

export function undo(state: State): State {
  const entry = state.undo.at(-1);
  if (!entry) return note(state, 'nothing to undo');
  const next: State = { ...state, sheet: entry.sheet, undo: state.undo.slice(0, -1), redo: [...state.redo, { sheet: state.sheet, label: entry.label }] };
  return info(next, `undid: ${entry.label}`);
}

export function redo(state: State): State {
  const entry = state.redo.at(-1);
  if (!entry) return note(state, 'nothing to redo');
  const next: State = { ...state, sheet: entry.sheet, redo: state.redo.slice(0, -1), undo: [...state.undo, { sheet: state.sheet, label: entry.label }] };
  return info(next, `redid: ${entry.label}`);
}
