import type { Move } from './cursor.js';
import type { Binding } from './screen.js';
import { pop, topScreen } from './state/stack.js';
import type { State } from './state/types.js';
import { note } from './state/update.js';

/**
 * The keys that move through a screen's list, with commands named after the screen (`picker.down`): ↑↓ jk, PgUp
 * PgDn ^U ^D, Home End g G; with `scroll`, ← → h l scroll its columns too.
 */
export function movingKeys(screen: string, move: (state: State, move: Move) => State, scroll?: (state: State, by: -1 | 1) => State): Binding[] {
  const go = (to: Move) => (state: State) => move(state, to);
  const columns: Binding[] = scroll
    ? [
        {
          command: `${screen}.left`,
          keys: ['left', 'h'],
          label: '← h',
          description: 'scroll the columns back (years; scenarios)',
          run: (state) => scroll(state, -1),
        },
        { command: `${screen}.right`, keys: ['right', 'l'], label: '→ l', description: 'scroll the columns forward', run: (state) => scroll(state, 1) },
      ]
    : [];
  return [
    {
      command: `${screen}.up`,
      keys: ['up', 'k'],
      label: '↑ k',
      description: 'select the row above',
      hint: 'move',
      footerKeys: scroll ? '↑↓←→ hjkl' : '↑↓ jk',
      footerRank: 5,
      run: go('up'),
    },
    { command: `${screen}.down`, keys: ['down', 'j'], label: '↓ j', description: 'select the row below', run: go('down') },
    ...columns,
    { command: `${screen}.page-up`, keys: ['pageup', 'ctrl-u'], label: 'PgUp ^U', description: 'move up a page', run: go('page-up') },
    { command: `${screen}.page-down`, keys: ['pagedown', 'ctrl-d'], label: 'PgDn ^D', description: 'move down a page', run: go('page-down') },
    { command: `${screen}.first`, keys: ['home', 'g'], label: 'Home g', description: 'select the first row', run: go('first') },
    { command: `${screen}.last`, keys: ['end', 'G'], label: 'End G', description: 'select the last row', run: go('last') },
  ];
}

/** Back to the screen under this one, with every edit kept. */
export function back(state: State): State {
  const under = pop(state);
  return topScreen(under) === 'grid' ? note(under, 'back to the grid; edits kept') : under;
}

/** Esc (or c, the key that opened the comparison) goes back, for a screen of the comparison. */
export const backKey = (screen: string): Binding => ({
  command: `${screen}.back`,
  keys: ['escape', 'c'],
  label: 'Esc c',
  description: 'back to the grid (unsaved edits are kept)',
  hint: 'back',
  footerRank: 1,
  run: back,
});

/** What a pair of stepping keys does: the commands, their help lines, the footer hint and the step itself. */
interface Steps {
  readonly previous: string;
  readonly next: string;
  readonly describePrevious: string;
  readonly describeNext: string;
  readonly hint: string;
  readonly footerRank: number;
  /** ← h / → l instead of ↑ k / ↓ j. */
  readonly across?: boolean;
  readonly step: (state: State, by: -1 | 1) => State;
}

const STEP_DIRECTIONS = {
  down: {
    keys: [
      ['up', 'k'],
      ['down', 'j'],
    ],
    labels: ['↑ k', '↓ j'],
    footerKeys: '↑↓ jk',
  },
  across: {
    keys: [
      ['left', 'h'],
      ['right', 'l'],
    ],
    labels: ['← h', '→ l'],
    footerKeys: '←→ hl',
  },
} as const;

/** Two keys stepping one back or one on (↑ k / ↓ j, or ← h / → l), shown in the footer as one hint. */
export function stepKeys(steps: Steps): Binding[] {
  const direction = STEP_DIRECTIONS[steps.across ? 'across' : 'down'];
  return [
    {
      command: steps.previous,
      keys: direction.keys[0],
      label: direction.labels[0],
      description: steps.describePrevious,
      hint: steps.hint,
      footerKeys: direction.footerKeys,
      footerRank: steps.footerRank,
      run: (state) => steps.step(state, -1),
    },
    { command: steps.next, keys: direction.keys[1], label: direction.labels[1], description: steps.describeNext, run: (state) => steps.step(state, 1) },
  ];
}
