import { type Cell, type Sheet, sheetOf, showControls } from '../../engine/index.js';
import { type Scenario, scenarioNameOf } from '../../scenario/index.js';
import { openPrompt, refuse } from '../overlays/prompt.js';
import { ask, type Question } from '../overlays/question.js';
import { isDirty } from './selectors.js';
import type { AfterSave, SaveEffect, State } from './types.js';
import { error, note, withEffect } from './update.js';

const saveEffect = (state: State, afterSave: AfterSave): SaveEffect => ({ kind: 'save', file: state.scenario.file, force: false, newFile: false, afterSave });

/** Asks the app to save the cells to the open file. */
export const save = (state: State): State => withEffect(state, saveEffect(state, 'stay'));

export const QUIT_QUESTION: Question = {
  kind: 'quit',
  text: 'There are unsaved changes: [s]ave, [d]iscard or [c]ancel?',
  answers: [
    { answer: 'save', keys: ['s'], label: 's', hint: 'save and quit', run: (state) => withEffect(state, saveEffect(state, 'exit')) },
    { answer: 'discard', keys: ['d'], label: 'd', hint: 'discard and quit', run: (state) => withEffect(state, { kind: 'exit' }) },
    { answer: 'cancel', keys: ['c', 'escape', 'n'], label: 'c Esc', hint: 'cancel', run: (state) => note(state, 'still here: nothing was discarded') },
    // A second ^C quits, as in other terminal programs, without losing the edits: they are offered on the next open.
    {
      answer: 'keep',
      keys: ['ctrl-c'],
      label: '^C',
      hint: 'quit, keep edits for later',
      run: (state) => withEffect(state, { kind: 'exit-keeping-edits' }),
    },
  ],
};

/** Quits at once when nothing is unsaved; otherwise asks first. */
export const quit = (state: State): State => (isDirty(state) ? ask(state, QUIT_QUESTION) : withEffect(state, { kind: 'exit' }));

/** The file changed on disk since it was opened: overwrite it, or leave it. */
export function overwriteQuestion(file: string, afterSave: AfterSave): Question {
  const shown = showControls(file);
  return {
    kind: 'overwrite',
    text: `${shown} changed on disk: overwrite? y/n`,
    answers: [
      {
        answer: 'yes',
        keys: ['y'],
        label: 'y',
        hint: 'overwrite the file',
        run: (state) => withEffect(state, { kind: 'save', file, force: true, newFile: false, afterSave }),
      },
      {
        answer: 'no',
        keys: ['n', 'escape'],
        label: 'n Esc',
        hint: 'do not save',
        run: (state) => note(state, `not saved; ${shown} was left as it is on disk`),
      },
    ],
  };
}

/**
 * The file was replaced by a symbolic link since it was opened: saving would write into whatever it points to. A
 * question of its own, so that a y meant for "changed on disk" never writes through a link.
 */
export function becameLinkQuestion(save: SaveEffect, target: string): Question {
  const [file, to] = [showControls(save.file), showControls(target)];
  return {
    kind: 'became-link',
    text: `${file} is now a symbolic link to ${to}: save into ${to} through the link? y/n`,
    answers: [
      { answer: 'yes', keys: ['y'], label: 'y', hint: `save into ${to}`, run: (state) => withEffect(state, { ...save, throughLink: true }) },
      {
        answer: 'no',
        keys: ['n', 'escape'],
        label: 'n Esc',
        hint: 'do not save',
        run: (state) => note(state, `not saved; ${file} links to ${to} and was left as it is`),
      },
    ],
  };
}

const dirOf = (file: string): string => {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '.' : file.slice(0, slash + 1);
};

/** The path a new file's name stands for: a plain file name beside the open file, .yaml added if missing. */
export function fileBeside(state: State, text: string): string | { problem: string } {
  const name = text.trim();
  if (name === '') return { problem: 'type a file name, e.g. my-scenario' };
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) return { problem: 'use letters, digits, ".", "-" and "_" only (no folders)' };
  const file = /\.ya?ml$/i.test(name) ? name : `${name}.yaml`;
  const dir = dirOf(state.scenario.file);
  return dir === '.' ? file : `${dir}${file}`;
}

const fileName = (file: string): string => file.slice(file.lastIndexOf('/') + 1);

/**
 * For a scenario shipped with the command: save-as writes, by default, a file that extends it and holds only what
 * changed (the way to share a variant: it keeps the shipped sources and checks), or on f a full copy.
 */
function derivedQuestion(state: State, effect: SaveEffect): Question {
  const [file, parent] = [showControls(fileName(effect.file)), showControls(fileName(state.scenario.file))];
  return {
    kind: 'save-as-derived',
    text: `${file}: [e]xtend ${parent} with only what changed (Enter), or a [f]ull copy?`,
    answers: [
      { answer: 'extend', keys: ['e', 'enter'], label: 'e Enter', hint: `extends ${parent}`, run: (next) => withEffect(next, { ...effect, derived: true }) },
      { answer: 'copy', keys: ['f'], label: 'f', hint: 'full copy', run: (next) => withEffect(next, effect) },
      { answer: 'cancel', keys: ['escape', 'c'], label: 'Esc', hint: 'cancel', run: (next) => note(next, 'not saved') },
    ],
  };
}

/** Asks for the name of a new file beside the open one; `text` and `problem` when asking again. */
export function saveAs(state: State, text = '', problem?: string): State {
  return openPrompt(state, {
    purpose: 'save-as',
    label: `save as (in ${dirOf(state.scenario.file)}):`,
    text,
    ...(problem ? { problem } : {}),
    accept: (closed, typed) => {
      const file = fileBeside(closed, typed);
      if (typeof file !== 'string') return refuse(file.problem);
      // The copy is named after its file (baseline-3pc.yaml is "baseline-3pc"), so a comparison tells it from the original.
      const effect: SaveEffect = { kind: 'save', file, force: false, newFile: true, afterSave: 'stay', typed, name: scenarioNameOf(file) };
      return closed.shipped ? ask(closed, derivedQuestion(closed, effect)) : withEffect(closed, effect);
    },
  });
}

/** The sheet with `cells` in it: the same sheet when they are its cells, else one built from them (values are the same). */
function sheetWith(sheet: Sheet, cells: readonly Cell[], baseYear: string): Sheet {
  const items = sheet.model.cells.items;
  return cells.length === items.length && cells.every((cell, i) => cell === items[i]!.cell) ? sheet : sheetOf(cells, baseYear);
}

/**
 * The file now holds `cells`: they become the reference for change marks, and the cells edited (a source saving
 * rewrote, say edited values' sources, is shown as saved).
 */
export function saved(state: State, scenario: Scenario, cells: readonly Cell[], after: AfterSave): State {
  const sheet = sheetWith(state.sheet, cells, scenario.baseYear);
  const next: State = {
    ...state,
    scenario,
    sheet,
    saved: new Map<string, Cell>(cells.map((cell) => [cell.name, cell])),
    savedResults: sheet.evaluation.results,
    message: { tone: 'info', text: `saved ${scenario.file}` },
  };
  if (after === 'exit') return withEffect(next, { kind: 'exit' });
  return after === 'stay' ? next : after.goOn(next);
}

/** A save that failed says why; a new file's name is asked again, so it can be changed. */
export function saveFailed(state: State, problem: string, typed: string | undefined): State {
  if (typed !== undefined) return saveAs(state, typed, `not saved: ${problem}; type another name or press Esc`);
  return error(state, `not saved: ${problem}`);
}

export const askOverwrite = (state: State, file: string, afterSave: AfterSave): State => ask(state, overwriteQuestion(file, afterSave));
export const askSaveThroughLink = (state: State, save: SaveEffect, target: string): State => ask(state, becameLinkQuestion(save, target));
