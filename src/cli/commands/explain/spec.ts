import { FORMAT, OUTPUT, SHOW } from '../../flags.js';
import type { CommandSpec } from '../spec.js';

export const explain: CommandSpec = {
  usage: 'explain A.yaml B.yaml --show FORMULA…',
  summary: 'why two scenarios differ: B − A split into one contribution per change (Shapley values)',
  files: { min: 2, max: 2, tooMany: () => 'explain compares two scenarios: give A and B' },
  flags: {
    show: SHOW,
    seed: {
      type: 'string',
      label: '--seed S',
      help: 'the seed for sampling orders when more than ten things differ (default 1)',
      needs: 'a whole number, e.g. --seed 1',
    },
    format: FORMAT,
    output: OUTPUT,
  },
  examples: ['nhs-whatif explain scenarios/baseline.yaml scenarios/what-happened.yaml --show cumulative_extra_to_private'],
  load: () => import('./command.js'),
};
