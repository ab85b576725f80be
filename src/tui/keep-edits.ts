import { recoveryPath, writeRecovery } from './recovery.js';
import { editsOf } from './state/edits.js';
import { isDirty } from './state/selectors.js';
import type { State } from './state/types.js';

/** Writes unsaved edits to the recovery file; the line to tell the user, if any. Never throws: it runs while stopping. */
export function keepEdits(state: State | undefined, why: string): string | undefined {
  if (!state || !isDirty(state)) return undefined;
  const file = state.scenario.file;
  try {
    writeRecovery(file, state.scenario.text, editsOf(state.scenario, state.sheet));
    return `nhs-whatif: ${why}; unsaved changes kept in ${recoveryPath(file)} and offered when ${file} is opened again\n`;
  } catch (error) {
    return `nhs-whatif: ${why}; could not keep unsaved changes: ${error instanceof Error ? error.message : String(error)}\n`;
  }
}
