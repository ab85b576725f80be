import { existsSync } from 'node:fs';
import { isShippedScenario } from '../cli/package-info.js';
import {
  BecameLinkError,
  ChangedOnDiskError,
  cellsToSave,
  derivedFromEdits,
  loadScenario,
  type Scenario,
  saveScenario,
  writeFileAtomically,
} from '../scenario/index.js';
import { EXPORT_EFFECTS, type ExportEffect } from './export/effect.js';
import { keepEdits } from './keep-edits.js';
import { removeRecovery } from './recovery.js';
import { SCREEN_EFFECTS } from './registry.js';
import type { EffectIo, EffectRunners } from './screen.js';
import { cellsOf } from './state/sheet.js';
import type { Action, AppEffect, Effect, SaveEffect, State, SwitchEffect } from './state/types.js';
import { SWITCH_EFFECTS } from './switching.js';

/** The scenario with another name, written into its document so the file saved carries it. */
function renamed(scenario: Scenario, name: string): Scenario {
  const document = scenario.document().clone();
  document.set('name', name);
  return { ...scenario, name, document: () => document };
}

/** Saves as the reducer asked and reports back as actions. */
export function runSave(effect: SaveEffect, state: State, dispatch: (action: Action) => void): void {
  const { file, afterSave, typed } = effect;
  // An edited value whose source described the old one is saved saying so.
  const cells = cellsToSave(state.scenario, cellsOf(state.sheet));
  const failed = (problem: string) => dispatch({ type: 'save-failed', problem, ...(typed === undefined ? {} : { typed }) });
  try {
    if (effect.newFile && existsSync(file)) {
      failed(`${file} already exists`);
      return;
    }
    if (effect.derived) writeFileAtomically(file, derivedFromEdits(state.scenario, cells, file, effect.name ?? state.scenario.name));
    else
      saveScenario(effect.name === undefined ? state.scenario : renamed(state.scenario, effect.name), cells, file, {
        force: effect.force,
        writeThroughLink: effect.throughLink === true,
      });
    // The edits are in a file now, so nothing is left to recover.
    removeRecovery(state.scenario.file);
    removeRecovery(file);
  } catch (error) {
    // The file has been replaced by a symbolic link since it was opened: writing through it needs its own yes.
    if (error instanceof BecameLinkError) dispatch({ type: 'became-link', save: effect, target: error.target });
    else if (error instanceof ChangedOnDiskError) dispatch({ type: 'changed-on-disk', file, afterSave });
    else failed(error instanceof Error ? error.message : String(error));
    return;
  }
  try {
    dispatch({ type: 'saved', scenario: loadScenario(file), cells, afterSave, shipped: isShippedScenario(file) });
  } catch (error) {
    failed(`saved to ${file}, but it cannot be read back: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const APP_EFFECTS: EffectRunners<Exclude<AppEffect, SwitchEffect | ExportEffect>> = {
  save: (effect, io) => runSave(effect, io.state(), io.dispatch),
  exit: (_, io) => {
    // A clean quit or discard: the edits were saved or let go on purpose.
    removeRecovery(io.state().scenario.file);
    io.exit();
  },
  'exit-keeping-edits': (_, io) => {
    const told = keepEdits(io.state(), 'quit by a second ^C');
    io.exit({ interrupted: true, ...(told ? { told } : {}) });
  },
  'discard-recovery': ({ file }, io) => removeRecovery(file ?? io.state().scenario.file),
};

const RUNNERS: EffectRunners<Effect> = { ...APP_EFFECTS, ...SWITCH_EFFECTS, ...EXPORT_EFFECTS, ...SCREEN_EFFECTS };

/** Does the work the reducer asked for outside it; a kind of effect without a runner does not compile. */
export function runEffect(effect: Effect, io: EffectIo): void {
  // The table pairs each kind with the runner of that kind, which TypeScript cannot follow through a lookup.
  const run = RUNNERS[effect.kind] as (effect: Effect, io: EffectIo) => void;
  run(effect, io);
}
