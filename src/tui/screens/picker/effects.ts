import type { EffectRunners } from '../../screen.js';
import { sliceOf } from '../../state/stack.js';
import type { State } from '../../state/types.js';
import { error, info } from '../../state/update.js';
import { scenarioFile, scenarioFiles } from './scenario-files.js';
import { type ListedScenario, problemLine, withPicker } from './state.js';

/** Reading files for the picker: every scenario file in a folder, or one file by its path. */
export type PickerEffect = { readonly kind: 'list-scenarios'; readonly dir: string } | { readonly kind: 'open-scenario'; readonly file: string };

/** A fresh listing keeps choices and files opened by path; a chosen file that no longer loads is dropped. */
export function scenariosListed(state: State, listed: readonly ListedScenario[]): State {
  const picker = sliceOf(state, 'picker');
  const paths = new Set(listed.map((file) => file.path));
  const files = [...listed, ...picker.files.filter((file) => !paths.has(file.path))];
  const chosen = picker.chosen.filter((path) => files.some((file) => file.path === path && file.result));
  return withPicker(state, { files, chosen, loading: false });
}

/** A file opened by path joins the list (replacing itself if listed), chosen when it loads. */
export function scenarioOpened(state: State, opened: ListedScenario): State {
  const { files, chosen } = sliceOf(state, 'picker');
  const at = files.findIndex((file) => file.path === opened.path);
  const nextFiles = at < 0 ? [...files, opened] : files.map((file, i) => (i === at ? opened : file));
  const selected = at < 0 ? nextFiles.length - 1 : at;
  if (!opened.result) {
    const next = withPicker(state, { files: nextFiles, selected, chosen: chosen.filter((path) => path !== opened.path) });
    return error(next, `cannot compare ${opened.file}: ${problemLine(opened.problem ?? 'not loaded')}`);
  }
  const next = withPicker(state, { files: nextFiles, selected, chosen: chosen.includes(opened.path) ? chosen : [...chosen, opened.path] });
  return info(next, `added ${opened.file}`);
}

export const PICKER_EFFECTS: EffectRunners<PickerEffect> = {
  'list-scenarios': ({ dir }, io) => {
    const files = scenarioFiles(dir, io.state().scenario.file);
    io.dispatch({ type: 'result', apply: (state) => scenariosListed(state, files) });
  },
  'open-scenario': ({ file }, io) => {
    const opened = scenarioFile(file, io.state().scenario.file);
    io.dispatch({ type: 'result', apply: (state) => scenarioOpened(state, opened) });
  },
};
