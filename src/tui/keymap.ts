import type { KeyName } from './keys.js';

/** What a key does in the grid. The reducer acts on commands; the footer and help screen list them. */
export type Command =
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'page-up'
  | 'page-down'
  | 'first'
  | 'last'
  | 'edit'
  | 'nudge-up'
  | 'nudge-down'
  | 'add'
  | 'delete'
  | 'undo'
  | 'redo'
  | 'save'
  | 'save-as'
  | 'help'
  | 'quit';

export interface Binding {
  readonly command: Command;
  /** Key names as keysOf produces them. */
  readonly keys: readonly KeyName[];
  /** How the keys are written for people. */
  readonly label: string;
  readonly description: string;
  /** Short text for the footer; bindings without one appear only on the help screen. */
  readonly hint?: string;
}

export const KEYMAP: readonly Binding[] = [
  { command: 'up', keys: ['up', 'k'], label: '↑ k', description: 'select the cell above', hint: 'move' },
  { command: 'down', keys: ['down', 'j'], label: '↓ j', description: 'select the cell below' },
  { command: 'left', keys: ['left', 'h'], label: '← h', description: 'scroll the year columns back' },
  { command: 'right', keys: ['right', 'l'], label: '→ l', description: 'scroll the year columns forward' },
  { command: 'page-up', keys: ['pageup', 'ctrl-u'], label: 'PgUp ^U', description: 'move up a page' },
  { command: 'page-down', keys: ['pagedown', 'ctrl-d'], label: 'PgDn ^D', description: 'move down a page' },
  { command: 'first', keys: ['home', 'g'], label: 'Home g', description: 'select the first cell' },
  { command: 'last', keys: ['end', 'G'], label: 'End G', description: 'select the last cell' },
  { command: 'edit', keys: ['enter', 'e'], label: 'Enter e', description: "edit the input's value or the formula", hint: 'edit' },
  { command: 'nudge-up', keys: ['+', '='], label: '+', description: 'raise the input by its step', hint: 'nudge' },
  { command: 'nudge-down', keys: ['-', '_'], label: '-', description: 'lower the input by its step' },
  { command: 'add', keys: ['a'], label: 'a', description: 'add a formula cell (name, then formula)', hint: 'add' },
  { command: 'delete', keys: ['d'], label: 'd', description: 'delete a cell added since the file was opened', hint: 'delete' },
  { command: 'undo', keys: ['u'], label: 'u', description: 'undo the last change', hint: 'undo' },
  { command: 'redo', keys: ['ctrl-r'], label: '^R', description: 'redo what was undone', hint: 'redo' },
  { command: 'save', keys: ['s'], label: 's', description: 'save to the open file (comments kept)', hint: 'save' },
  { command: 'save-as', keys: ['S'], label: 'S', description: 'save as a new file beside the open one', hint: 'save as' },
  { command: 'help', keys: ['?'], label: '?', description: 'show or hide this help', hint: 'help' },
  { command: 'quit', keys: ['q', 'ctrl-c'], label: 'q ^C', description: 'quit (asks first if there are unsaved changes)', hint: 'quit' },
];

const BY_KEY = new Map<KeyName, Command>(KEYMAP.flatMap((binding) => binding.keys.map((key) => [key, binding.command] as const)));

export const commandFor = (key: KeyName): Command | undefined => BY_KEY.get(key);

/** Footer hints: the move hint covers all four arrows, so it is written once for them. */
export const footerHints = (): { keys: string; hint: string }[] =>
  KEYMAP.filter((binding) => binding.hint !== undefined).map((binding) => ({
    keys: binding.command === 'up' ? '↑↓←→ hjkl' : binding.command === 'nudge-up' ? '+/-' : binding.label.split(' ')[0]!,
    hint: binding.hint!,
  }));

/** Keys that work while a prompt or question is shown, for the help screen. */
export const PROMPT_KEYS: readonly { label: string; description: string }[] = [
  { label: 'Enter', description: 'accept what you typed' },
  { label: 'Esc', description: 'cancel and keep the old value' },
  { label: '← → Home End', description: 'move within the text (also ^A, ^E)' },
  { label: 'Backspace', description: 'delete the character before the cursor' },
  { label: '^U', description: 'delete everything before the cursor' },
  { label: '^C', description: 'cancel, then quit (asks first)' },
];
