import type { Binding } from '../screen.js';
import { quit } from './saving.js';
import { push, withSlice } from './stack.js';

/** Keys of every screen but the help: ? opens the help over the screen shown, q quits. */
export const APP_KEYS: readonly Binding[] = [
  {
    command: 'app.help',
    keys: ['?'],
    label: '?',
    description: 'show or hide this help',
    hint: 'help',
    footerRank: 0,
    run: (state) => push(withSlice(state, 'help', { top: 0 }), 'help'),
  },
  {
    command: 'app.quit',
    keys: ['q', 'ctrl-c'],
    label: 'q ^C',
    description: 'quit (asks first if there are unsaved changes)',
    hint: 'quit',
    footerRank: 0,
    run: quit,
  },
];
