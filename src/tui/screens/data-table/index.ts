import { laidOut, type Screen } from '../../screen.js';
import { DataTableView } from './DataTableView.js';
import { DATA_TABLE_KEYS } from './keys.js';
import { layOutDataTable } from './layout.js';
import { askDataTable, type DataTableSlice, INITIAL_DATA_TABLE, keepDataTableInView } from './state.js';

/** Two inputs × one output as a grid of shaded values, as `nhs-whatif table` computes it; `t` in the grid asks for one. */
export const dataTableScreen: Screen<DataTableSlice> = {
  help: { title: 'Data table (t)', notes: [{ label: 'moving', description: 'the cursor, as in the grid: ↑↓ jk, ←→ hl, PgUp PgDn, g G' }] },
  initial: INITIAL_DATA_TABLE,
  bindings: DATA_TABLE_KEYS,
  entries: [
    {
      on: 'grid',
      binding: {
        command: 'data-table.open',
        keys: ['t'],
        label: 't',
        description: 'data table: the selected cell for two inputs over their values (three prompts; Enter takes what is offered)',
        hint: 'data table',
        footerRank: 12,
        run: askDataTable,
      },
    },
  ],
  keepInView: keepDataTableInView,
  render: laidOut(layOutDataTable, DataTableView),
};
