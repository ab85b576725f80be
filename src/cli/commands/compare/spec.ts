import { FORMAT, OUTPUT, REAL } from '../../flags.js';
import type { CommandSpec } from '../spec.js';

export const compare: CommandSpec = {
  usage: 'compare FILE FILE [FILE…]',
  summary: 'scenarios side by side, with differences from the first',
  files: { min: 2 },
  examples: [
    'nhs-whatif compare scenarios/baseline.yaml scenarios/higher-growth.yaml',
    'nhs-whatif compare scenarios/baseline.yaml scenarios/what-happened.yaml --cells private_share',
  ],
  flags: {
    format: FORMAT,
    cells: {
      type: 'string',
      label: '--cells a,b,…',
      help: 'only these cells, series shown for every year',
      needs: 'cell names separated by commas, e.g. --cells cumulative_extra_to_private,private_share',
    },
    real: REAL,
    output: OUTPUT,
  },
  refusals: { set: 'compare shows each scenario as saved: to compare a changed input, save it in a scenario file that extends the other' },
  load: () => import('./command.js'),
};
