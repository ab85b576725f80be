import { push } from '../../state/stack.js';
import type { State } from '../../state/types.js';
import type { PickerEffect } from './effects.js';
import { withPicker } from './state.js';

const dirOf = (file: string): string => {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '.' : slash === 0 ? '/' : file.slice(0, slash);
};

/** Asks the app to list the scenario files beside the open one; the picker shows "listing" until they come. */
export function listScenarios(state: State): State {
  const effect: PickerEffect = { kind: 'list-scenarios', dir: dirOf(state.scenario.file) };
  return { ...withPicker(state, { loading: true }), effects: [...state.effects, effect] };
}

/** Opens the file picker over the screen shown. */
export const openPicker = (state: State): State => push(listScenarios(state), 'picker');
