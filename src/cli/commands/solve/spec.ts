import { FORMAT, OUTPUT } from '../../flags.js';
import type { CommandSpec } from '../spec.js';

export const solve: CommandSpec = {
  usage: 'solve FILE --for INPUT --target FORMULA --equals VALUE',
  summary: 'goal seek: the value of an input that makes a target formula give a value',
  files: { min: 1, max: 1 },
  flags: {
    for: { type: 'string', label: '--for INPUT', help: 'the input to change', needs: 'an input, e.g. --for marginal_private_share' },
    target: {
      type: 'string',
      label: '--target FORMULA',
      help: 'a formula of the scenario\'s cells giving one number, e.g. "last(private_share)"',
      needs: 'a formula, e.g. --target "last(private_share)"',
    },
    equals: { type: 'string', label: '--equals VALUE', help: "the value wanted, in the target's unit: 10%, £20bn, 0.5", needs: 'a value, e.g. --equals 10%' },
    between: {
      type: 'string',
      label: '--between LOW:HIGH',
      help: "where to search, in the input's unit (default: its min and max)",
      needs: 'a range, e.g. --between 0%:100%',
    },
    save: {
      type: 'string',
      label: '--save FILE',
      help: 'also write a scenario that extends FILE and holds only the solved value',
      needs: 'a new scenario file, e.g. --save scenarios/held-at-10pc.yaml',
    },
    format: FORMAT,
    output: OUTPUT,
  },
  examples: ['nhs-whatif solve scenarios/baseline.yaml --for marginal_private_share --target "last(private_share)" --equals 10%'],
  load: () => import('./command.js'),
};
