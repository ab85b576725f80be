import { openPrompt, refuse } from '../../overlays/prompt.js';
import type { State } from '../../state/types.js';
import { withEffect } from '../../state/update.js';

/**
 * Asks for the path of a scenario file to add to the comparison. `text` and `problem` when asking again: a path that
 * does not load keeps the prompt open with the path as typed and the reason, so it can be corrected.
 */
export function openFilePrompt(state: State, text = '', problem?: string): State {
  return openPrompt(state, {
    purpose: 'open-file',
    label: 'open file (path):',
    text,
    ...(problem ? { problem } : {}),
    accept: (closed, typed) => {
      const file = typed.trim();
      if (file === '') return refuse('type the path of a scenario file, e.g. scenarios/higher-growth.yaml');
      return withEffect(closed, { kind: 'open-scenario', file, typed });
    },
  });
}
