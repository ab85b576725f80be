import { FORMAT, OUTPUT } from '../../flags.js';
import type { CommandSpec } from '../spec.js';

export const run: CommandSpec = {
  usage: 'run FILE [--set name=value]…',
  summary: 'evaluate a scenario and print every cell',
  files: { min: 1, max: 1, tooMany: (files) => `run takes one scenario file; to compare several use nhs-whatif compare ${files.join(' ')}` },
  flags: {
    set: {
      type: 'string',
      label: '--set name=value',
      help: 'change an input for this run (repeatable); value like 0.03, 3%, £8.7bn or 900/1700',
      needs: 'a name=value, e.g. --set budget_growth=0.03',
      repeatable: true,
    },
    format: FORMAT,
    output: OUTPUT,
  },
  load: () => import('./command.js'),
};
