import { explain } from '../../../analysis/explain.js';
import { checkTarget } from '../../../analysis/target.js';
import { compute, loadScenario } from '../../../scenario/index.js';
import { explainReport } from '../../../tables/explain.js';
import { seedFlag } from '../../analysis-flags.js';
import { listFlag, textFlag } from '../../flags.js';
import type { CommandRequest, Outcome } from '../../outcome.js';
import { UsageError } from '../../usage.js';

/** `explain A.yaml B.yaml --show FORMULA…`. Exit code 1 when a target cannot be explained. */
export function run({ files, flags }: CommandRequest): Outcome {
  const [a, b] = files.map((file) => {
    const scenario = loadScenario(file);
    return { name: scenario.name, ...compute(scenario) };
  }) as [ReturnType<typeof compute> & { name: string }, ReturnType<typeof compute> & { name: string }];
  const shown = listFlag(flags, 'show');
  if (shown.length === 0) throw new UsageError('explain needs --show FORMULA, e.g. --show cumulative_extra_to_private');
  // Unknown names and the like are usage mistakes, said as for any target; a cell per year is explained year by year.
  for (const text of shown) {
    for (const sheet of [a, b]) {
      const checked = checkTarget(sheet, text, '--show');
      if (!checked.ok && !(sheet.model.cells.get(text.trim())?.series ?? false)) throw new UsageError(`${checked.problem} (in ${sheet.name})`);
    }
  }
  const names = a.name === b.name ? { a: `${a.name} [A]`, b: `${b.name} [B]` } : { a: a.name, b: b.name };
  const result = explain({ ...a, name: names.a }, { ...b, name: names.b }, shown, { seed: seedFlag(textFlag(flags, 'seed')) });
  return { report: explainReport(names.a, names.b, result), exitCode: result.kind === 'explained' ? 0 : 1 };
}
