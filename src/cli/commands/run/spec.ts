import { FORMAT, OUTPUT, REAL } from '../../flags.js';
import type { CommandSpec } from '../spec.js';

export const run: CommandSpec = {
  usage: 'run FILE [--set name=value]… [--real] [--strict]',
  summary: 'evaluate a scenario: every cell, then its checks (✓/✗), sources and observed values',
  files: { min: 1, max: 1, tooMany: (files) => `run takes one scenario file; to compare several use nhs-whatif compare ${files.join(' ')}` },
  flags: {
    set: {
      type: 'string',
      label: '--set name=value',
      help: 'change an input for this run (repeatable); value like 0.03, 3%, £8.7bn or 900/1700',
      needs: 'a name=value, e.g. --set budget_growth=0.03',
      repeatable: true,
    },
    real: REAL,
    strict: { type: 'boolean', label: '--strict', help: 'exit with 1 when a check of the scenario fails' },
    format: FORMAT,
    output: OUTPUT,
  },
  load: () => import('./command.js'),
};
