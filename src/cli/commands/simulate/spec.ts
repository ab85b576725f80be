import { DEFAULT_SAMPLES, DEFAULT_SEED, MAX_SAMPLES } from '../../../analysis/simulation-settings.js';
import { FORMAT, OUTPUT } from '../../flags.js';
import type { CommandSpec } from '../spec.js';

export const simulate: CommandSpec = {
  usage: 'simulate FILE [--samples N] [--seed S] [--show FORMULA…] [--prob CONDITION…]',
  summary: 'how sure: draws every ranged input, gives each output’s mean and percentiles and each condition’s probability',
  files: { min: 1, max: 1 },
  flags: {
    samples: {
      type: 'string',
      label: '--samples N',
      help: `how many samples to draw, 1 to ${MAX_SAMPLES.toLocaleString('en-GB')} (default: the file's simulation: samples, else ${DEFAULT_SAMPLES.toLocaleString('en-GB')})`,
      needs: 'a whole number, e.g. --samples 10000',
    },
    seed: {
      type: 'string',
      label: '--seed S',
      help: `the seed of the random streams (default: the file's simulation: seed, else ${DEFAULT_SEED})`,
      needs: 'a whole number, e.g. --seed 1',
    },
    show: {
      type: 'string',
      label: '--show FORMULA',
      help: 'a cell (one with a value per year is shown per year) or a formula giving one number (repeatable; default: the formulas no other cell reads)',
      needs: 'a cell or a formula, e.g. --show private_share',
      repeatable: true,
    },
    prob: {
      type: 'string',
      label: '--prob CONDITION',
      help: 'a condition whose probability to give, true or false, e.g. "last(private_share) > 10%" (repeatable)',
      needs: 'a condition, e.g. --prob "last(private_share) > 10%"',
      repeatable: true,
    },
    format: FORMAT,
    output: OUTPUT,
  },
  examples: [
    'nhs-whatif simulate scenarios/baseline.yaml --show private_share --prob "last(private_share) > 10%"',
    'nhs-whatif simulate scenarios/baseline.yaml --samples 100000 --seed 7 --show cumulative_extra_to_private --format json',
  ],
  load: () => import('./command.js'),
};
