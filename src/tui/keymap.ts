import type { KeyName } from './keys.js';
import type { Mode, Question } from './state/types.js';

/** Where keys are read: the grid of cells, the list of scenario files to compare, the comparison itself, or the help. */
export type View = 'grid' | 'picker' | 'compare' | 'help';

/** What a key does. The reducer acts on commands; the footer and help screen list them. */
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
  | 'compare'
  | 'toggle'
  | 'show-comparison'
  | 'open-file'
  | 'series-rows'
  | 'pick-again'
  | 'back'
  | 'help'
  | 'close-help'
  | 'quit';

export interface Binding {
  readonly command: Command;
  /** Key names as keysOf produces them. */
  readonly keys: readonly KeyName[];
  /** How the keys are written for people. */
  readonly label: string;
  readonly description: string;
  /** Where the keys work. */
  readonly views: readonly View[];
  /** Short text for the footer; bindings without one appear only on the help screen. */
  readonly hint?: string;
  /** How the footer writes the keys, when not the first part of the label. */
  readonly footerKeys?: string;
  /** Which hints stay when the footer is too narrow for all: lower ranks stay longer; rank 0 always shows. */
  readonly footerRank?: number;
}

const ALL: readonly View[] = ['grid', 'picker', 'compare'];
const ROWS: readonly View[] = ['grid', 'compare'];
/** Moving works everywhere; on the help screen it scrolls. */
const MOVING: readonly View[] = [...ALL, 'help'];

export const KEYMAP: readonly Binding[] = [
  { command: 'up', keys: ['up', 'k'], label: '↑ k', description: 'select the row above', views: MOVING, hint: 'move', footerKeys: '↑↓←→ hjkl', footerRank: 5 },
  { command: 'down', keys: ['down', 'j'], label: '↓ j', description: 'select the row below', views: MOVING },
  { command: 'left', keys: ['left', 'h'], label: '← h', description: 'scroll the columns back (years; scenarios)', views: ROWS },
  { command: 'right', keys: ['right', 'l'], label: '→ l', description: 'scroll the columns forward', views: ROWS },
  { command: 'page-up', keys: ['pageup', 'ctrl-u'], label: 'PgUp ^U', description: 'move up a page', views: MOVING },
  { command: 'page-down', keys: ['pagedown', 'ctrl-d'], label: 'PgDn ^D', description: 'move down a page', views: MOVING },
  { command: 'first', keys: ['home', 'g'], label: 'Home g', description: 'select the first row', views: MOVING },
  { command: 'last', keys: ['end', 'G'], label: 'End G', description: 'select the last row', views: MOVING },
  {
    command: 'edit',
    keys: ['enter', 'e'],
    label: 'Enter e',
    description: "edit the input's value or the formula",
    views: ['grid'],
    hint: 'edit',
    footerRank: 2,
  },
  {
    command: 'nudge-up',
    keys: ['+', '='],
    label: '+',
    description: 'raise the input by its step',
    views: ['grid'],
    hint: 'nudge',
    footerKeys: '+/-',
    footerRank: 4,
  },
  { command: 'nudge-down', keys: ['-', '_'], label: '-', description: 'lower the input by its step', views: ['grid'] },
  { command: 'add', keys: ['a'], label: 'a', description: 'add a formula cell (name, then formula)', views: ['grid'], hint: 'add', footerRank: 9 },
  { command: 'delete', keys: ['d'], label: 'd', description: 'delete a cell added since the file was opened', views: ['grid'], hint: 'delete', footerRank: 10 },
  { command: 'undo', keys: ['u'], label: 'u', description: 'undo the last change', views: ['grid'], hint: 'undo', footerRank: 3 },
  { command: 'redo', keys: ['ctrl-r'], label: '^R', description: 'redo what was undone', views: ['grid'], hint: 'redo', footerRank: 8 },
  { command: 'save', keys: ['s'], label: 's', description: 'save to the open file (comments kept)', views: ['grid'], hint: 'save', footerRank: 1 },
  { command: 'save-as', keys: ['S'], label: 'S', description: 'save as a new file beside the open one', views: ['grid'], hint: 'save as', footerRank: 7 },
  {
    command: 'compare',
    keys: ['c'],
    label: 'c',
    description: 'compare with other scenario files (edits are kept)',
    views: ['grid'],
    hint: 'compare',
    footerRank: 6,
  },
  { command: 'toggle', keys: [' '], label: 'Space', description: 'choose or drop the file', views: ['picker'], hint: 'choose', footerRank: 1 },
  {
    command: 'show-comparison',
    keys: ['enter'],
    label: 'Enter',
    description: 'compare the chosen files side by side',
    views: ['picker'],
    hint: 'compare',
    footerRank: 2,
  },
  { command: 'open-file', keys: ['o'], label: 'o', description: 'add another file by its path', views: ['picker'], hint: 'open file', footerRank: 5 },
  {
    command: 'series-rows',
    keys: ['t'],
    label: 't',
    description: 'series: every year, or final year and total',
    views: ['compare'],
    hint: 'every year',
    footerRank: 2,
  },
  { command: 'pick-again', keys: ['p'], label: 'p', description: 'choose other files to compare', views: ['compare'], hint: 'pick files', footerRank: 3 },
  {
    command: 'back',
    keys: ['escape', 'c'],
    label: 'Esc c',
    description: 'back to the grid (unsaved edits are kept)',
    views: ['picker', 'compare'],
    hint: 'back',
    footerRank: 1,
  },
  { command: 'help', keys: ['?'], label: '?', description: 'show or hide this help', views: ALL, hint: 'help', footerRank: 0 },
  {
    command: 'close-help',
    keys: ['?', 'escape', 'q', 'enter'],
    label: '? Esc q',
    description: 'close the help',
    views: ['help'],
    hint: 'close help',
    footerKeys: '? Esc',
    footerRank: 0,
  },
  {
    command: 'quit',
    keys: ['q', 'ctrl-c'],
    label: 'q ^C',
    description: 'quit (asks first if there are unsaved changes)',
    views: ALL,
    hint: 'quit',
    footerRank: 0,
  },
];

const byKey = (view: View) =>
  new Map<KeyName, Command>(
    KEYMAP.filter((binding) => binding.views.includes(view)).flatMap((binding) => binding.keys.map((key) => [key, binding.command] as const)),
  );

const BY_VIEW: Readonly<Record<View, ReadonlyMap<KeyName, Command>>> = {
  grid: byKey('grid'),
  picker: byKey('picker'),
  compare: byKey('compare'),
  help: byKey('help'),
};

export const commandFor = (key: KeyName, view: View = 'grid'): Command | undefined => BY_VIEW[view].get(key);

export const bindingsFor = (view: View): Binding[] => KEYMAP.filter((binding) => binding.views.includes(view));

export interface FooterHint {
  readonly keys: string;
  readonly hint: string;
  readonly rank: number;
}

/** Footer hints for a view, from the same table as the help screen. */
export const footerHints = (view: View = 'grid'): FooterHint[] =>
  bindingsFor(view)
    .filter((binding) => binding.hint !== undefined)
    .map((binding) => ({ keys: footerKeys(binding, view), hint: binding.hint!, rank: binding.footerRank ?? 0 }));

const FOOTER_GAP = 2;
const hintWidth = (hint: FooterHint): number => [...`${hint.keys} ${hint.hint}`].length;

/**
 * The hints that fit in `width` columns, in table order: rank 0 (help, quit) always, then the others in rank
 * order until one does not fit, so hints drop in a fixed order as the terminal narrows.
 */
export function fittingHints(hints: readonly FooterHint[], width: number): FooterHint[] {
  const pinned = hints.filter((hint) => hint.rank === 0);
  const kept = new Set<FooterHint>(pinned);
  let used = pinned.reduce((sum, hint) => sum + hintWidth(hint) + FOOTER_GAP, -FOOTER_GAP);
  for (const hint of hints.filter((hint) => hint.rank > 0).sort((a, b) => a.rank - b.rank)) {
    used += FOOTER_GAP + hintWidth(hint);
    if (used > width) break;
    kept.add(hint);
  }
  return hints.filter((hint) => kept.has(hint));
}

/** The file list and the help have no columns to scroll, so their move hint leaves out ← →. */
function footerKeys(binding: Binding, view: View): string {
  if (binding.command === 'up' && (view === 'picker' || view === 'help')) return '↑↓ jk';
  return binding.footerKeys ?? binding.label.split(' ')[0]!;
}

/** How a question can be answered. */
export type Answer = 'save' | 'discard' | 'cancel' | 'yes' | 'no';

interface AnswerKey {
  readonly answer: Answer;
  /** Key names as keysOf produces them; a letter works in either case. */
  readonly keys: readonly KeyName[];
  /** How the footer writes the keys. */
  readonly label: string;
  readonly hint: string;
}

/** The keys of each question, for the reducer and for the footer while the question is asked. */
const QUESTION_KEYS: Readonly<Record<Question['kind'], readonly AnswerKey[]>> = {
  quit: [
    { answer: 'save', keys: ['s'], label: 's', hint: 'save and quit' },
    { answer: 'discard', keys: ['d'], label: 'd', hint: 'discard and quit' },
    { answer: 'cancel', keys: ['c', 'escape', 'n'], label: 'c Esc', hint: 'cancel' },
  ],
  overwrite: [
    { answer: 'yes', keys: ['y'], label: 'y', hint: 'overwrite the file' },
    { answer: 'no', keys: ['n', 'escape'], label: 'n Esc', hint: 'do not save' },
  ],
  restore: [
    { answer: 'yes', keys: ['y'], label: 'y', hint: 'restore them (unsaved)' },
    { answer: 'no', keys: ['n'], label: 'n', hint: 'discard them' },
  ],
};

export const answerFor = (question: Question['kind'], key: KeyName): Answer | undefined =>
  QUESTION_KEYS[question].find((binding) => binding.keys.includes(key.length === 1 ? key.toLowerCase() : key))?.answer;

const answerHints = (question: Question['kind']): FooterHint[] => QUESTION_KEYS[question].map(({ label, hint }) => ({ keys: label, hint, rank: 0 }));

const HINTS: Readonly<Record<View | Question['kind'], readonly FooterHint[]>> = {
  grid: footerHints('grid'),
  picker: footerHints('picker'),
  compare: footerHints('compare'),
  help: footerHints('help'),
  quit: answerHints('quit'),
  overwrite: answerHints('overwrite'),
  restore: answerHints('restore'),
};

/** The footer's hints for what is on screen: a question's answers while it is asked, else the view's keys. */
export function hintsFor(mode: Mode): readonly FooterHint[] {
  if (mode.kind === 'question') return HINTS[mode.question.kind];
  return HINTS[mode.kind === 'picker' || mode.kind === 'compare' || mode.kind === 'help' ? mode.kind : 'grid'];
}

/** Keys that work while a prompt or question is shown, for the help screen. */
export const PROMPT_KEYS: readonly { label: string; description: string }[] = [
  { label: 'Enter', description: 'accept what you typed' },
  { label: 'Esc', description: 'cancel and keep the old value' },
  { label: '← → Home End', description: 'move within the text (also ^A, ^E)' },
  { label: 'Backspace', description: 'delete the character before the cursor' },
  { label: '^U', description: 'delete everything before the cursor' },
  { label: '^C', description: 'cancel, then quit (asks first)' },
];
