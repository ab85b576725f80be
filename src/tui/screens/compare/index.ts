import { laidOut, type Screen } from '../../screen.js';
import { CompareScreen } from './CompareView.js';
import { COMPARE_KEYS } from './keys.js';
import { layOutComparison } from './layout.js';
import { type CompareSlice, INITIAL_COMPARE, keepCompareInView } from './state.js';
import { compareTable } from './table.js';

/** Scenarios side by side: the one being edited first, then each chosen file with its changes; opened from the picker. */
export const compare: Screen<CompareSlice> = {
  help: { title: 'Comparing scenarios (c)', notes: [{ label: 'moving', description: 'as in the grid: ↑↓ jk, ←→ hl, PgUp PgDn, g G' }] },
  initial: INITIAL_COMPARE,
  bindings: COMPARE_KEYS,
  table: compareTable,
  keepInView: keepCompareInView,
  render: laidOut(layOutComparison, CompareScreen),
};
