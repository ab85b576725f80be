import { backKey, movingKeys } from '../../moving-keys.js';
import type { Binding } from '../../screen.js';
import { sliceOf } from '../../state/stack.js';
import type { State } from '../../state/types.js';
import { error } from '../../state/update.js';
import { openComparison } from '../compare/state.js';
import { openFilePrompt } from './open-file.js';
import { chosenFiles, moveCursor, problemLine, withPicker } from './state.js';

function toggle(state: State): State {
  const picker = sliceOf(state, 'picker');
  const file = picker.files[picker.selected];
  if (!file) return state;
  if (!file.result) return error(state, `cannot compare ${file.file}: ${problemLine(file.problem ?? 'not loaded')}`);
  const { chosen } = picker;
  return withPicker(state, { chosen: chosen.includes(file.path) ? chosen.filter((path) => path !== file.path) : [...chosen, file.path] });
}

function showComparison(state: State): State {
  let next = state;
  const picker = sliceOf(state, 'picker');
  if (chosenFiles(picker).length === 0) {
    // Enter on a file with nothing chosen compares that file.
    const file = picker.files[picker.selected];
    if (!file?.result) return error(state, 'choose at least one loadable file with Space, then press Enter');
    next = withPicker(state, { chosen: [file.path] });
  }
  return openComparison(
    next,
    chosenFiles(sliceOf(next, 'picker')).flatMap((file) => (file.result ? [file.result] : [])),
  );
}

export const PICKER_KEYS: readonly Binding[] = [
  ...movingKeys('picker', moveCursor),
  { command: 'picker.toggle', keys: [' '], label: 'Space', description: 'choose or drop the file', hint: 'choose', footerRank: 1, run: toggle },
  {
    command: 'picker.show-comparison',
    keys: ['enter'],
    label: 'Enter',
    description: 'compare the chosen files side by side',
    hint: 'compare',
    footerRank: 2,
    run: showComparison,
  },
  {
    command: 'picker.open-file',
    keys: ['o'],
    label: 'o',
    description: 'add another file by its path',
    hint: 'open file',
    footerRank: 5,
    run: (state) => openFilePrompt(state),
  },
  backKey('picker'),
];
