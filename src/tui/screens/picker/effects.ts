import type { EffectRunners } from '../../screen.js';
import { sliceOf } from '../../state/stack.js';
import type { State } from '../../state/types.js';
import { info } from '../../state/update.js';
import { openFilePrompt } from './open-file.js';
import { scenarioFile, scenarioFiles } from './scenario-files.js';
import { type ListedScenario, withPicker } from './state.js';

/** Reading files for the picker: every scenario file in a folder, or one file by its path. */
export type PickerEffect =
  | { readonly kind: 'list-scenarios'; readonly dir: string }
  /** `typed`: the path as typed, to ask again with if the file does not load. */
  | { readonly kind: 'open-scenario'; readonly file: string; readonly typed: string };

/** A fresh listing keeps choices and files opened by path; a chosen file that no longer loads is dropped. */
export function scenariosListed(state: State, listed: readonly ListedScenario[]): State {
  const picker = sliceOf(state, 'picker');
  const paths = new Set(listed.map((file) => file.path));
  const files = [...listed, ...picker.files.filter((file) => !paths.has(file.path))];
  const chosen = picker.chosen.filter((path) => files.some((file) => file.path === path && file.result));
  return withPicker(state, { files, chosen, loading: false });
}

/**
 * A file opened by path joins the list (replacing itself if listed), chosen. One that does not load is not listed:
 * the prompt opens again with the path as typed and the reason.
 */
export function scenarioOpened(state: State, opened: ListedScenario, typed: string = opened.file): State {
  if (!opened.result) return openFilePrompt(state, typed, `not added: ${(opened.problem ?? `${opened.file} did not load`).split('\n').join(' · ')}`);
  const { files, chosen } = sliceOf(state, 'picker');
  const at = files.findIndex((file) => file.path === opened.path);
  const nextFiles = at < 0 ? [...files, opened] : files.map((file, i) => (i === at ? opened : file));
  const selected = at < 0 ? nextFiles.length - 1 : at;
  const next = withPicker(state, { files: nextFiles, selected, chosen: chosen.includes(opened.path) ? chosen : [...chosen, opened.path] });
  return info(next, `added ${opened.file}`);
}

export const PICKER_EFFECTS: EffectRunners<PickerEffect> = {
  'list-scenarios': ({ dir }, io) => {
    const files = scenarioFiles(dir, io.state().scenario.file);
    io.dispatch({ type: 'result', apply: (state) => scenariosListed(state, files) });
  },
  'open-scenario': ({ file, typed }, io) => {
    const opened = scenarioFile(file, io.state().scenario.file);
    io.dispatch({ type: 'result', apply: (state) => scenarioOpened(state, opened, typed) });
  },
};
