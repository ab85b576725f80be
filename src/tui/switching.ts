import { writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { Document } from 'yaml';
import { showControls } from '../engine/index.js';
import { loadScenario, type Scenario, ScenarioError } from '../scenario/index.js';
import { openingFor } from './opening.js';
import { ask, type Question } from './overlays/question.js';
import type { EffectIo, EffectRunners } from './screen.js';
import { newScenarioPrompt, openScenarioPrompt } from './screens/grid/scenario-prompts.js';
import { selectCell } from './screens/grid/state.js';
import { editsOf, hasEdits, withEdits } from './state/edits.js';
import { apply } from './state/history.js';
import { initialState, type Opening } from './state/reducer.js';
import { isDirty, selectedName } from './state/selectors.js';
import type { State, SwitchEffect } from './state/types.js';
import { error, info, note, withEffect } from './state/update.js';

const shown = (file: string): string => showControls(file);

/** What went wrong reading a file, on one line, safe to show. */
const problemOf = (failure: unknown): string =>
  showControls(failure instanceof ScenarioError || failure instanceof Error ? failure.message : String(failure))
    .split('\n')
    .join(' · ');

/**
 * The app on `scenario` as if it had been opened with it: its own edits, undo history and screens, each screen kept
 * at the size it had and the grid on the cell that was selected, so nothing jumps. Work already asked of the app
 * (removing a recovery file) still happens.
 */
export function opened(state: State, scenario: Scenario, opening: Opening): State {
  const fresh = initialState(scenario, opening);
  const before: Readonly<Record<string, { readonly fit: object }>> = state.screens;
  const screens = Object.fromEntries(Object.entries(fresh.screens).map(([id, slice]) => [id, { ...slice, fit: before[id]?.fit ?? slice.fit }]));
  const message = fresh.message ?? { tone: 'info', text: `opened ${shown(scenario.file)}` };
  const next: State = { ...fresh, screens: screens as State['screens'], message, effects: state.effects };
  // On the cell that was selected, where the new scenario has it.
  const name = selectedName(state);
  return name === undefined ? next : selectCell(next, name);
}

/** Asked before another scenario takes the place of one with unsaved changes, as quitting asks. */
function switchQuestion(state: State, next: (from: State) => State, opening: string): Question {
  const file = state.scenario.file;
  return {
    kind: 'switch',
    text: `${shown(file)} has unsaved changes: [s]ave them, [d]iscard them or [c]ancel, before opening ${opening}?`,
    answers: [
      {
        answer: 'save',
        keys: ['s'],
        label: 's',
        hint: 'save and open',
        run: (asked) => withEffect(asked, { kind: 'save', file, force: false, newFile: false, afterSave: { goOn: next } }),
      },
      {
        answer: 'discard',
        keys: ['d'],
        label: 'd',
        hint: 'discard and open',
        run: (asked) => next(withEffect(asked, { kind: 'discard-recovery', file })),
      },
      { answer: 'cancel', keys: ['c', 'escape', 'n'], label: 'c Esc', hint: 'cancel', run: (asked) => note(asked, 'still here: nothing was discarded') },
    ],
  };
}

/** The file loaded to open: in place of the open one at once, or after asking about unsaved changes. */
export function arrived(state: State, scenario: Scenario, opening: Opening): State {
  const same = resolve(scenario.file) === resolve(state.scenario.file);
  if (!isDirty(state)) return same ? note(state, `${shown(scenario.file)} is already open`) : opened(state, scenario, opening);
  return ask(
    state,
    switchQuestion(state, (from) => opened(from, scenario, opening), shown(scenario.file)),
  );
}

/**
 * The new scenario, opened. Unsaved changes to the one it extends come with it, as unsaved changes of the new one (one
 * undo step), so `s` saves them there and the file it extends stays as it is on disk.
 */
export function started(state: State, scenario: Scenario): State {
  const parent = shown(basename(state.scenario.file));
  const file = shown(scenario.file);
  const edits = editsOf(state.scenario, state.sheet);
  const next = opened(state, scenario, {});
  if (!hasEdits(edits)) return info(next, `new scenario ${file}, extending ${parent}: change what differs, s saves it`);
  const { sheet, skipped } = withEdits(scenario, edits);
  const carried = apply(next, { ok: true, sheet }, `changes carried over from ${parent}`);
  const said = `new scenario ${file}, extending ${parent}, with your unsaved changes (s saves them to it)`;
  return skipped.length > 0 ? error(carried, `${said}, except: ${skipped.join('; ')}`) : info(carried, said);
}

/** The new file: it extends the open one (beside it) and has a name; everything else it inherits. */
export function newScenarioText(parent: string, name: string): string {
  const document = new Document({ extends: parent, name });
  document.commentBefore = ' Starts from the scenario it extends and holds only what differs from it.';
  return document.toString();
}

const reportTo = (io: EffectIo, change: (state: State) => State) => io.dispatch({ type: 'result', apply: change });

export const SWITCH_EFFECTS: EffectRunners<SwitchEffect> = {
  'open-scenario-file': ({ file, typed }, io) => {
    let scenario: Scenario;
    try {
      scenario = loadScenario(file);
    } catch (failure) {
      reportTo(io, (state) => openScenarioPrompt(state, typed, `not opened: ${problemOf(failure)}`));
      return;
    }
    const opening = openingFor(scenario);
    reportTo(io, (state) => arrived(state, scenario, opening));
  },
  'create-scenario': ({ file, typed, parent, name }, io) => {
    try {
      // wx: a new file only, never one that is there (or appeared since the name was typed).
      writeFileSync(file, newScenarioText(relative(dirname(file), parent) || basename(parent), name), { flag: 'wx' });
    } catch (failure) {
      const exists = (failure as NodeJS.ErrnoException).code === 'EEXIST';
      const why = exists ? `${shown(file)} already exists` : problemOf(failure);
      reportTo(io, (state) => newScenarioPrompt(state, typed, `not created: ${why}; type another name or press Esc`));
      return;
    }
    let scenario: Scenario;
    try {
      scenario = loadScenario(file);
    } catch (failure) {
      reportTo(io, (state) => error(state, `wrote ${shown(file)}, but it cannot be opened: ${problemOf(failure)}`));
      return;
    }
    reportTo(io, (state) => started(state, scenario));
  },
};
