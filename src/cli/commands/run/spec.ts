import { FORMAT, OUTPUT, REAL } from '../../flags.js';
import type { CommandSpec } from '../spec.js';

/** More than one file: several scenarios are compared; a word that is no scenario file is most often a --set typed with spaces. */
function tooManyForRun(files: readonly string[]): string {
  const [, ...extra] = files;
  const stray = extra.find((file) => !/\.ya?ml$/i.test(file));
  if (stray === undefined) return `run takes one scenario file; to compare several use nhs-whatif compare ${files.join(' ')}`;
  const looksLikeValue = /^[=\d.+-]|=|%$/.test(stray);
  const hint = looksLikeValue ? '; a change is --set name=value without spaces, e.g. --set budget_growth=3%' : '';
  return `run takes one scenario file, and ${JSON.stringify(stray)} is not one${hint}`;
}

export const run: CommandSpec = {
  usage: 'run FILE [--set name=value]… [--real] [--strict]',
  summary: 'evaluate a scenario: every cell, then its checks (✓/✗), sources and observed values',
  files: { min: 1, max: 1, tooMany: tooManyForRun },
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
  examples: ['nhs-whatif run scenarios/baseline.yaml --set marginal_private_share=20%', 'nhs-whatif run scenarios/real-terms.yaml --real'],
  load: () => import('./command.js'),
};
