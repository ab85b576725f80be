import { backKey, movingKeys } from '../../moving-keys.js';
import type { Binding } from '../../screen.js';
import { findPrompt, goToSelected } from './go.js';
import { moveMatch } from './state.js';

/** Keys of the find screen once the search is typed (or the prompt was left by ^C): choose, go, or type again. */
export const FIND_KEYS: readonly Binding[] = [
  ...movingKeys('find', moveMatch),
  { command: 'find.go', keys: ['enter'], label: 'Enter', description: 'go to the cell in the grid', hint: 'go to it', footerRank: 1, run: goToSelected },
  { command: 'find.type', keys: ['/', 'e'], label: '/ e', description: 'change the search', hint: 'search', footerRank: 2, run: findPrompt },
  { ...backKey('find'), keys: ['escape'], label: 'Esc' },
];
