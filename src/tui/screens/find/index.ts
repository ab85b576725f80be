import { laidOut, type Screen } from '../../screen.js';
import { FindView } from './FindView.js';
import { findAgain, openFind } from './go.js';
import { FIND_KEYS } from './keys.js';
import { layOutFind } from './layout.js';
import { type FindSlice, INITIAL_FIND, keepFindInView } from './state.js';

/** Finds a cell by name: `/` in the grid, type, Enter goes to it; n and N in the grid go to the next and previous match. */
export const find: Screen<FindSlice> = {
  help: { title: 'Finding a cell (/)', notes: [{ label: 'while typing', description: '↑ ↓ PgUp PgDn choose among the matches' }] },
  initial: INITIAL_FIND,
  bindings: FIND_KEYS,
  entries: [
    {
      on: 'grid',
      binding: {
        command: 'find.open',
        keys: ['/'],
        label: '/',
        description: 'find a cell by name (type part of it; Enter goes to it)',
        hint: 'find',
        // After the keys the footer has always shown, so it joins them where there is room (125 columns and more).
        footerRank: 12,
        run: openFind,
      },
    },
    {
      on: 'grid',
      binding: { command: 'find.next', keys: ['n'], label: 'n', description: 'the next cell matching the last search', run: (state) => findAgain(state, 1) },
    },
    {
      on: 'grid',
      binding: { command: 'find.previous', keys: ['N'], label: 'N', description: 'the previous cell matching it', run: (state) => findAgain(state, -1) },
    },
  ],
  keepInView: keepFindInView,
  render: laidOut(layOutFind, FindView),
};
