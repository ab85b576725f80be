import { existsSync } from 'node:fs';
import { ChangedOnDiskError, loadScenario, type Scenario, saveScenario } from '../scenario/index.js';
import { removeRecovery } from './recovery.js';
import { cellsOf } from './state/sheet.js';
import type { Action, Effect, State } from './state/types.js';

/** The scenario with another name, written into its document so the file saved carries it. */
function renamed(scenario: Scenario, name: string): Scenario {
  const document = scenario.document.clone();
  document.set('name', name);
  return { ...scenario, name, document };
}

/** Does the file work the reducer asked for and reports back as actions. Exiting is left to the caller. */
export function runSave(effect: Extract<Effect, { kind: 'save' }>, state: State, dispatch: (action: Action) => void): void {
  const { file, afterSave, typed } = effect;
  const cells = cellsOf(state.sheet);
  const failed = (problem: string) => dispatch({ type: 'save-failed', problem, ...(typed === undefined ? {} : { typed }) });
  try {
    if (effect.newFile && existsSync(file)) {
      failed(`${file} already exists`);
      return;
    }
    saveScenario(effect.name === undefined ? state.scenario : renamed(state.scenario, effect.name), cells, file, { force: effect.force });
    // The edits are in a file now, so nothing is left to recover.
    removeRecovery(state.scenario.file);
    removeRecovery(file);
  } catch (error) {
    if (error instanceof ChangedOnDiskError) dispatch({ type: 'changed-on-disk', file, afterSave });
    else failed(error instanceof Error ? error.message : String(error));
    return;
  }
  try {
    dispatch({ type: 'saved', scenario: loadScenario(file), cells, afterSave });
  } catch (error) {
    failed(`saved to ${file}, but it cannot be read back: ${error instanceof Error ? error.message : String(error)}`);
  }
}
