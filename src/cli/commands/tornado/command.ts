import { rangedInputs, tornadoes } from '../../../analysis/tornado.js';
import { compute, loadScenario } from '../../../scenario/index.js';
import { tornadoReport } from '../../../tables/tornado.js';
import { targetFlag } from '../../analysis-flags.js';
import { listFlag } from '../../flags.js';
import type { CommandRequest, Outcome } from '../../outcome.js';
import { UsageError } from '../../usage.js';

/** `tornado FILE --show FORMULA…`. Exit code 1 when an output cannot be computed at the values or at some end. */
export function run({ files, flags }: CommandRequest): Outcome {
  const scenario = loadScenario(files[0]!);
  const sheet = compute(scenario);
  const shown = listFlag(flags, 'show');
  if (shown.length === 0) throw new UsageError('tornado needs --show FORMULA, e.g. --show cumulative_extra_to_private');
  const outputs = shown.map((text) => targetFlag(sheet, text, '--show'));
  if (rangedInputs(sheet).length === 0) {
    throw new UsageError(`${scenario.file} has no input with a low and a high to vary: give some inputs low: and high: (see the README)`);
  }
  const results = tornadoes(sheet, outputs);
  const failed = results.some((result) => 'problem' in result || result.failures.length > 0);
  return { report: tornadoReport(scenario.name, sheet, results), exitCode: failed ? 1 : 0 };
}
