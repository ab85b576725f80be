import { laidOut, type Screen } from '../../screen.js';
import { openGoalSeek } from './ask.js';
import { SOLVE_KEYS } from './keys.js';
import { layOutSolve } from './layout.js';
import { SolveView } from './SolveView.js';
import { INITIAL_SOLVE, keepSolveInView, type SolveSlice } from './state.js';

/** Goal seek from the grid: `w` asks "make TARGET equal VALUE", then which input to change; the answer is applied as one undoable change. */
export const solve: Screen<SolveSlice> = {
  help: { title: 'Goal seek (w)' },
  initial: INITIAL_SOLVE,
  bindings: SOLVE_KEYS,
  entries: [
    {
      on: 'grid',
      binding: {
        command: 'solve.open',
        keys: ['w'],
        label: 'w',
        description: 'goal seek: make this cell equal a value by changing an input',
        hint: 'goal seek',
        footerRank: 6,
        run: openGoalSeek,
      },
    },
  ],
  keepInView: keepSolveInView,
  render: laidOut(layOutSolve, SolveView),
};
