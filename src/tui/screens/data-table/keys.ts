import { type Move, moved } from '../../cursor.js';
import { back, movingKeys } from '../../moving-keys.js';
import type { Binding } from '../../screen.js';
import { sliceOf } from '../../state/stack.js';
import type { State } from '../../state/types.js';
import { askDataTable, moveCursor } from './state.js';

/** The cursor a row, a page or to the first or last row; the values there are said under the table. */
function moveRow(state: State, move: Move): State {
  const { shown, cursor, fit } = sliceOf(state, 'data-table');
  if (!shown) return state;
  return moveCursor(state, moved(cursor.row, move, shown.grid.down.labels.length, fit.rows) - cursor.row, 0);
}

export const DATA_TABLE_KEYS: readonly Binding[] = [
  ...movingKeys('data-table', moveRow, (state, by) => moveCursor(state, 0, by)),
  {
    command: 'data-table.change',
    keys: ['e', 'enter'],
    label: 'e Enter',
    description: 'change the output or the inputs and their values (the three prompts again)',
    hint: 'change',
    footerRank: 2,
    run: askDataTable,
  },
  { command: 'data-table.back', keys: ['escape', 't'], label: 'Esc t', description: 'back to the grid', hint: 'back', footerRank: 1, run: back },
];
