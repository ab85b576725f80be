import { backKey, movingKeys } from '../../moving-keys.js';
import type { Binding } from '../../screen.js';
import { replaceTop } from '../../state/stack.js';
import { listScenarios } from '../picker/open.js';
import { cycleReference, moveRow, scrollColumns, switchChangedOnly, switchSeriesRows } from './state.js';

export const COMPARE_KEYS: readonly Binding[] = [
  ...movingKeys('compare', moveRow, scrollColumns),
  {
    command: 'compare.series-rows',
    keys: ['t'],
    label: 't',
    description: 'series: every year, or final year and total',
    hint: 'every year',
    footerRank: 4,
    run: switchSeriesRows,
  },
  {
    command: 'compare.next-reference',
    keys: ['r'],
    label: 'r',
    description: 'reference: the next scenario (shown first; every change is against it)',
    hint: 'reference',
    footerRank: 2,
    run: (state) => cycleReference(state, 1),
  },
  { command: 'compare.previous-reference', keys: ['R'], label: 'R', description: 'reference: the scenario before', run: (state) => cycleReference(state, -1) },
  {
    command: 'compare.changed-only',
    keys: ['f'],
    label: 'f',
    description: 'only the rows that differ from the reference, or every row',
    hint: 'changed only',
    footerRank: 3,
    run: switchChangedOnly,
  },
  {
    command: 'compare.pick-again',
    keys: ['p'],
    label: 'p',
    description: 'choose other files to compare',
    hint: 'pick files',
    footerRank: 6,
    run: (state) => replaceTop(listScenarios(state), 'picker'),
  },
  backKey('compare'),
];
