import { sheetOf } from '../../engine/index.js';
import type { Scenario } from '../../scenario/index.js';
import { bindingFor } from '../keymap.js';
import type { KeyName } from '../keys.js';
import { promptKey } from '../overlays/prompt.js';
import { answerKey, ask } from '../overlays/question.js';
import { initialSlices, SCREEN_IDS, SCREENS, type ScreenId } from '../registry.js';
import { restoreQuestion } from './restoring.js';
import { askOverwrite, askSaveThroughLink, quit, saved, saveFailed } from './saving.js';
import { topScreen, withSlice } from './stack.js';
import type { Action, Message, Recovered, ScreenFits, State } from './types.js';

/** What the app found when opening the file: edits to offer back, or a note to show. */
export interface Opening {
  readonly recovered?: Recovered;
  readonly notice?: Message;
  /** The file is one shipped with the command. */
  readonly shipped?: boolean;
}

export function initialState(scenario: Scenario, opening: Opening = {}): State {
  const sheet = sheetOf(scenario.cells, scenario.baseYear);
  const { recovered, notice, shipped } = opening;
  const state: State = {
    scenario,
    saved: new Map(scenario.cells.map((cell) => [cell.name, cell])),
    savedResults: sheet.evaluation.results,
    sheet,
    undo: [],
    redo: [],
    stack: ['grid'],
    screens: initialSlices(),
    ...(notice ? { message: notice } : {}),
    effects: [],
    ...(shipped ? { shipped } : {}),
  };
  return recovered ? ask(state, restoreQuestion(recovered)) : state;
}

export const reducer = (state: State, action: Action): State => inView(step(state, action));

/** Each screen keeps what is selected in it within its list and on screen, whatever the action changed. */
const inView = (state: State): State => SCREEN_IDS.reduce((next, id) => SCREENS[id].keepInView?.(next) ?? next, state);

function step(state: State, action: Action): State {
  switch (action.type) {
    case 'keys':
      // Each key sees the one before it settled: a delete then a key on the row that moved up into the selection.
      return action.keys.reduce((next, key) => inView(pressKey(next, key)), state);
    case 'layout':
      return resized(state, action.fits);
    case 'effects-taken':
      return { ...state, effects: state.effects.slice(action.count) };
    case 'saved':
      return saved({ ...state, shipped: action.shipped === true }, action.scenario, action.cells, action.afterSave);
    case 'changed-on-disk':
      return askOverwrite(state, action.file, action.afterSave);
    case 'became-link':
      return askSaveThroughLink(state, action.save, action.target);
    case 'save-failed':
      return saveFailed(state, action.problem, action.typed);
    case 'result':
      return action.apply(state);
  }
}

function resized(state: State, fits: Partial<ScreenFits>): State {
  return (Object.keys(fits) as ScreenId[]).reduce((next, id) => withSlice(next, id, { fit: fits[id] }), state);
}

/**
 * Applies one key: to the prompt or question shown, if any, else to the screen on top. Any message from the
 * previous key is cleared first. ^C quits from anywhere (asking first), except while a question is asked.
 */
export function pressKey(state: State, key: KeyName): State {
  const fresh: State = state.message ? { ...state, message: undefined } : state;
  const { overlay } = state;
  if (key === 'ctrl-c' && overlay?.kind !== 'question') return quit({ ...fresh, overlay: undefined });
  if (overlay?.kind === 'prompt') return promptKey(fresh, overlay.prompt, key);
  if (overlay?.kind === 'question') return answerKey(fresh, overlay.question, key);
  const binding = bindingFor(topScreen(state), key);
  return binding ? binding.run(fresh) : fresh;
}
