import { back, movingKeys } from '../../moving-keys.js';
import type { Binding } from '../../screen.js';
import { solveChosen } from './outcome.js';
import { moveChoice } from './state.js';

export const SOLVE_KEYS: readonly Binding[] = [
  ...movingKeys('solve', moveChoice).map((binding) => (binding.hint ? { ...binding, hint: 'choose input' } : binding)),
  {
    command: 'solve.run',
    keys: ['enter'],
    label: 'Enter',
    description: 'solve for the chosen input; asks before applying',
    hint: 'solve',
    footerRank: 1,
    run: solveChosen,
  },
  { command: 'solve.back', keys: ['escape'], label: 'Esc', description: 'back to the grid, nothing changed', hint: 'back', footerRank: 2, run: back },
];
