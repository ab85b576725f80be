import { FORMAT, OUTPUT, SHOW } from '../../flags.js';
import type { CommandSpec } from '../spec.js';

export const tornado: CommandSpec = {
  usage: 'tornado FILE --show FORMULA…',
  summary: 'which assumption matters most: each ranged input at its low and its high, by swing',
  files: { min: 1, max: 1 },
  flags: { show: SHOW, format: FORMAT, output: OUTPUT },
  examples: [
    'nhs-whatif tornado scenarios/baseline.yaml --show cumulative_extra_to_private',
    'nhs-whatif tornado scenarios/baseline.yaml --show "last(private_share)" --format md',
  ],
  load: () => import('./command.js'),
};
