import { basename, dirname, join } from 'node:path';
import { CONTROL_CHARACTER, showControls } from '../../../engine/index.js';
import { scenarioNameOf } from '../../../scenario/index.js';
import { openPrompt, refuse } from '../../overlays/prompt.js';
import { fileBeside } from '../../state/saving.js';
import type { State } from '../../state/types.js';
import { withEffect } from '../../state/update.js';

/**
 * The open file's folder as a prompt starts with it (`scenarios/`); nothing when it is the current folder, or when its
 * name holds control characters, which the prompt would send to the terminal as they are.
 */
const folderOf = (state: State): string => {
  const dir = dirname(state.scenario.file);
  return dir === '.' || CONTROL_CHARACTER.test(dir) ? '' : `${dir}/`;
};

/**
 * The file a typed name or path stands for: a path as typed (relative to where the command was started), a bare
 * name beside the open file; `.yaml` is added to a name without an extension.
 */
function scenarioPath(state: State, text: string): string | { problem: string } {
  const typed = text.trim();
  if (typed === '' || typed.endsWith('/')) return { problem: 'type the name or path of a scenario file, e.g. higher-growth' };
  const named = basename(typed).includes('.') ? typed : `${typed}.yaml`;
  return typed.includes('/') ? named : join(dirname(state.scenario.file), named);
}

/** `O`: asks for another scenario file to open in place of this one; `text` and `problem` when asking again. */
export function openScenarioPrompt(state: State, text = folderOf(state), problem?: string): State {
  return openPrompt(state, {
    purpose: 'open-scenario',
    label: 'open scenario file:',
    text,
    hint: 'it opens in place of this one (unsaved changes are asked about first)',
    ...(problem ? { problem } : {}),
    accept: (closed, typed) => {
      const file = scenarioPath(closed, typed);
      return typeof file === 'string' ? withEffect(closed, { kind: 'open-scenario-file', file, typed }) : refuse(file.problem);
    },
  });
}

/**
 * A name for the new scenario's file that says where it comes from: `baseline-2` beside `baseline.yaml`; a plain
 * `new-scenario` when the open file's name has characters a new file's name may not (see fileBeside).
 */
function suggestedName(state: State): string {
  const stem = scenarioNameOf(state.scenario.file);
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(stem) ? `${stem}-2` : 'new-scenario';
}

/**
 * `x`: asks for the name of a new scenario file beside the open one that `extends:` it, then writes and opens it;
 * `text` and `problem` when asking again (the file exists, say).
 */
export function newScenarioPrompt(state: State, text = suggestedName(state), problem?: string): State {
  const parent = basename(state.scenario.file);
  return openPrompt(state, {
    purpose: 'new-scenario',
    label: `new scenario extending ${showControls(parent)}, file name:`,
    text,
    hint: 'a file beside it holding only what you change',
    ...(problem ? { problem } : {}),
    accept: (closed, typed) => {
      const file = fileBeside(closed, typed);
      if (typeof file !== 'string') return refuse(file.problem);
      return withEffect(closed, { kind: 'create-scenario', file, typed, parent: closed.scenario.file, name: scenarioNameOf(file) });
    },
  });
}
