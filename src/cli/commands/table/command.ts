import { combinationsProblem, dataTable, type Lever } from '../../../analysis/data-table.js';
import { readLevels } from '../../../editing/index.js';
import type { Sheet } from '../../../engine/index.js';
import { compute, loadScenario } from '../../../scenario/index.js';
import { dataTableReport } from '../../../tables/data-table.js';
import { inputFlag, targetFlag } from '../../analysis-flags.js';
import { listFlag } from '../../flags.js';
import type { CommandRequest, Outcome } from '../../outcome.js';
import { UsageError } from '../../usage.js';

/** One --vary input=values, read in the input's unit and within its min and max. */
function leverOf(sheet: Sheet, text: string): Lever {
  const split = text.indexOf('=');
  if (split < 0) throw new UsageError(`--vary ${text}: write input=values, e.g. --vary budget_growth=1%:5%:1%`);
  const name = text.slice(0, split).trim();
  const cell = inputFlag(sheet, name, '--vary', 'a data table');
  const levels = readLevels(cell, text.slice(split + 1));
  if (!levels.ok) throw new UsageError(`--vary ${text}: ${levels.problem}`);
  return { input: name, levels: levels.levels };
}

/** `table FILE --vary input=values… --show FORMULA…`. Exit code 1 when some values could not be computed. */
export function run({ files, flags }: CommandRequest): Outcome {
  const scenario = loadScenario(files[0]!);
  const sheet = compute(scenario);
  const varied = listFlag(flags, 'vary');
  if (varied.length === 0) throw new UsageError('table needs at least one --vary input=values, e.g. --vary budget_growth=1%:5%:1%');
  const shown = listFlag(flags, 'show');
  if (shown.length === 0) throw new UsageError('table needs at least one --show FORMULA, e.g. --show "last(private_share)"');
  const levers = varied.map((text) => leverOf(sheet, text));
  const problem = combinationsProblem(levers);
  if (problem) throw new UsageError(`--vary: ${problem}`);
  const outputs = shown.map((text) => targetFlag(sheet, text, '--show'));
  const table = dataTable({ sheet, levers, outputs });
  return { report: dataTableReport(scenario.name, sheet, table), exitCode: table.failedValues > 0 ? 1 : 0 };
}
