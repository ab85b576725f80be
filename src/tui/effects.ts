import { existsSync } from 'node:fs';
import { ChangedOnDiskError, loadScenario, saveScenario, ScenarioError } from '../scenario/index.js';
import { removeRecovery } from './recovery.js';
import { cellsOf } from './state/sheet.js';
import type { Action, Effect, State } from './state/types.js';

/** Does the file work the reducer asked for and reports back as actions. Exiting is left to the caller. */
export function runSave(effect: Extract<Effect, { kind: 'save' }>, state: State, dispatch: (action: Action) => void): void {
  const { file, then } = effect;
  try {
    if (effect.newFile && existsSync(file)) {
      dispatch({ type: 'save-failed', problem: `${file} already exists; press S and choose another name` });
      return;
    }
    const cells = cellsOf(state.sheet);
    saveScenario(state.scenario, cells, file, { force: effect.force });
    // The edits are in a file now, so nothing is left to recover.
    removeRecovery(state.scenario.file);
    removeRecovery(file);
    dispatch({ type: 'saved', scenario: loadScenario(file), cells, then });
  } catch (error) {
    if (error instanceof ChangedOnDiskError) dispatch({ type: 'changed-on-disk', file, then });
    else if (error instanceof ScenarioError) dispatch({ type: 'save-failed', problem: error.message });
    else dispatch({ type: 'save-failed', problem: error instanceof Error ? error.message : String(error) });
  }
}
