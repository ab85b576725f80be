import type { KeyName } from '../keys.js';
import type { HelpSection } from '../screen.js';
import type { State } from '../state/types.js';
import { note } from '../state/update.js';

/** Why typed text was refused: the prompt stays open, with the text, so it can be corrected. */
export interface Refusal {
  readonly refused: string;
}

export const refuse = (problem: string): Refusal => ({ refused: problem });

/** A line of typed text over the screen on top. */
export interface Prompt {
  /** What the text is for, such as `value` or `save-as`. */
  readonly purpose: string;
  readonly label: string;
  readonly text: string;
  /** Cursor position within text, in characters. */
  readonly cursor: number;
  /** Why the last attempt was refused; the text stays so it can be corrected. */
  readonly problem?: string;
  /** How to type it, shown under the prompt until something is refused. */
  readonly hint?: string;
  /** What Enter does with the text, given the state with the prompt closed: the next state, or a refusal. */
  readonly accept: (state: State, text: string) => State | Refusal;
  /** Told of each change to the text, given the state with the prompt shown: to follow it as it is typed (find). */
  readonly changed?: (state: State, text: string) => State;
  /** Keys the prompt has no use for (↑ ↓ PgUp PgDn), given the state with the prompt shown; undefined ignores the key. */
  readonly passKey?: (state: State, key: KeyName) => State | undefined;
  /** What Esc does, given the state with the prompt closed; by default a note that it was cancelled. */
  readonly cancel?: (state: State) => State;
}

export interface PromptSpec {
  readonly purpose: string;
  readonly label: string;
  readonly text?: string;
  readonly problem?: string;
  readonly hint?: string;
  readonly accept: Prompt['accept'];
  readonly changed?: Prompt['changed'];
  readonly passKey?: Prompt['passKey'];
  readonly cancel?: Prompt['cancel'];
}

const shown = (state: State, prompt: Prompt): State => ({ ...state, overlay: { kind: 'prompt', prompt } });

/** Opens a prompt over the screen shown, with the cursor after its text. */
export function openPrompt(state: State, { text = '', problem, hint, ...spec }: PromptSpec): State {
  return shown(state, { ...spec, text, cursor: [...text].length, ...(problem ? { problem } : {}), ...(hint ? { hint } : {}) });
}

function editText(prompt: Prompt, key: KeyName): Prompt | undefined {
  const chars = [...prompt.text];
  const at = prompt.cursor;
  switch (key) {
    case 'left':
      return { ...prompt, cursor: Math.max(0, at - 1) };
    case 'right':
      return { ...prompt, cursor: Math.min(chars.length, at + 1) };
    case 'home':
    case 'ctrl-a':
      return { ...prompt, cursor: 0 };
    case 'end':
    case 'ctrl-e':
      return { ...prompt, cursor: chars.length };
    case 'backspace':
      if (at === 0) return prompt;
      chars.splice(at - 1, 1);
      return { ...prompt, text: chars.join(''), cursor: at - 1 };
    case 'ctrl-u':
      return { ...prompt, text: chars.slice(at).join(''), cursor: 0 };
    default:
      if ([...key].length !== 1) return undefined;
      chars.splice(at, 0, key);
      return { ...prompt, text: chars.join(''), cursor: at + 1 };
  }
}

/** A key typed into the prompt: Esc closes it, back to the screen under it; Enter accepts; others edit the text. */
export function promptKey(state: State, prompt: Prompt, key: KeyName): State {
  const closed: State = { ...state, overlay: undefined };
  if (key === 'escape') return prompt.cancel ? prompt.cancel(closed) : note(closed, 'cancelled');
  if (key === 'enter') {
    const result = prompt.accept(closed, prompt.text);
    return 'refused' in result ? shown(state, { ...prompt, problem: result.refused }) : result;
  }
  const edited = editText(prompt, key);
  if (!edited) return prompt.passKey?.(state, key) ?? state;
  const next = shown(state, { ...edited, problem: undefined });
  return prompt.changed && edited.text !== prompt.text ? prompt.changed(next, edited.text) : next;
}

/** Keys that work while a prompt or question is shown, for the help screen. */
export const TYPING_KEYS: HelpSection = {
  title: 'While typing',
  rows: [
    { label: 'Enter', description: 'accept what you typed' },
    { label: 'Esc', description: 'cancel and keep the old value' },
    { label: '← → Home End', description: 'move within the text (also ^A, ^E)' },
    { label: 'Backspace', description: 'delete the character before the cursor' },
    { label: '^U', description: 'delete everything before the cursor' },
    { label: '^C', description: 'cancel, then quit (asks first)' },
  ],
};
