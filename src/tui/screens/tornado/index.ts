import { laidOut, type Screen } from '../../screen.js';
import { TORNADO_KEYS } from './keys.js';
import { layOutTornado } from './layout.js';
import { INITIAL_TORNADO, openTornado, type TornadoSlice } from './state.js';
import { TornadoView } from './TornadoView.js';

/** Which input matters most for the selected output: `T` in the grid; each input with a low and a high set to each in turn. */
export const tornado: Screen<TornadoSlice> = {
  help: { title: 'Tornado (T)' },
  initial: INITIAL_TORNADO,
  bindings: TORNADO_KEYS,
  entries: [
    {
      on: 'grid',
      binding: {
        command: 'tornado.open',
        keys: ['T'],
        label: 'T',
        description: 'tornado: which input matters most for this cell',
        hint: 'tornado',
        footerRank: 14,
        run: openTornado,
      },
    },
  ],
  render: laidOut(layOutTornado, TornadoView),
};
