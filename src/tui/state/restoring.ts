import type { Question } from '../overlays/question.js';
import { withEdits } from './edits.js';
import { apply } from './history.js';
import type { Recovered, State } from './types.js';
import { error, info, withEffect } from './update.js';

/** Replays recovered edits as unsaved changes, one undo step. */
function restore(state: State, recovered: Recovered): State {
  const { sheet, skipped } = withEdits(state.scenario, recovered.edits);
  const restored = apply(state, { ok: true, sheet }, 'restore recovered changes');
  return skipped.length > 0
    ? error(restored, `restored recovered changes except: ${skipped.join('; ')}`)
    : info(restored, 'restored the recovered changes (not saved yet)');
}

const when = (iso: string): string => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Asked when the file is opened with edits kept from a session that was stopped. */
export const restoreQuestion = (recovered: Recovered): Question => ({
  kind: 'restore',
  text: `Unsaved changes from ${when(recovered.savedAt)} were recovered${recovered.fileChanged ? ' (the file has changed since)' : ''}: restore? (y/n)`,
  answers: [
    { answer: 'yes', keys: ['y'], label: 'y', hint: 'restore them (unsaved)', run: (state) => restore(state, recovered) },
    {
      answer: 'no',
      keys: ['n'],
      label: 'n',
      hint: 'discard them',
      run: (state) => info(withEffect(state, { kind: 'discard-recovery' }), 'recovered changes discarded'),
    },
  ],
});
