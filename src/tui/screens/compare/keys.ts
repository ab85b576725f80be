import { backKey, movingKeys } from '../../moving-keys.js';
import type { Binding } from '../../screen.js';
import { replaceTop } from '../../state/stack.js';
import { listScenarios } from '../picker/open.js';
import { moveRow, scrollColumns, switchSeriesRows } from './state.js';

export const COMPARE_KEYS: readonly Binding[] = [
  ...movingKeys('compare', moveRow, scrollColumns),
  {
    command: 'compare.series-rows',
    keys: ['t'],
    label: 't',
    description: 'series: every year, or final year and total',
    hint: 'every year',
    footerRank: 2,
    run: switchSeriesRows,
  },
  {
    command: 'compare.pick-again',
    keys: ['p'],
    label: 'p',
    description: 'choose other files to compare',
    hint: 'pick files',
    footerRank: 3,
    run: (state) => replaceTop(listScenarios(state), 'picker'),
  },
  backKey('compare'),
];
