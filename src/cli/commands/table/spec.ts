import { FORMAT, OUTPUT, SHOW } from '../../flags.js';
import type { CommandSpec } from '../spec.js';

export const table: CommandSpec = {
  usage: 'table FILE --vary input=values… --show FORMULA…',
  summary: 'data table: outputs for every combination of the values of one or more inputs',
  files: { min: 1, max: 1 },
  flags: {
    vary: {
      type: 'string',
      label: '--vary input=values',
      help: 'an input and its values, in its unit: a list 10%,30%,52.9% or a range 1%:5%:1% (repeatable)',
      needs: 'an input and its values, e.g. --vary budget_growth=1%:5%:1%',
      repeatable: true,
    },
    show: SHOW,
    format: FORMAT,
    output: OUTPUT,
  },
  examples: [
    'nhs-whatif table scenarios/baseline.yaml --vary budget_growth=1%:5%:1% --vary marginal_private_share=10%,30%,52.9% --show "last(private_share)"',
    'nhs-whatif table scenarios/baseline.yaml --vary horizon_years=5:30:5 --show cumulative_extra_to_private --show cumulative_extra_to_nhs',
  ],
  load: () => import('./command.js'),
};
