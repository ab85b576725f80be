import { compute, loadScenario } from '../../../scenario/index.js';
import { sheetReport } from '../../../tables/sheet.js';
import { cellFailures } from '../../failures.js';
import { listFlag } from '../../flags.js';
import type { CommandRequest, Outcome } from '../../outcome.js';
import { withAssignments } from './set.js';

/** `run FILE`: the scenario evaluated with any --set changes. Exit code 1 when a cell fails (every failure is listed). */
export function run({ files, flags }: CommandRequest): Outcome {
  const scenario = loadScenario(files[0]!);
  const { sheet, notes } = withAssignments(compute(scenario), listFlag(flags, 'set'));
  const failures = cellFailures(scenario, sheet);
  return { report: sheetReport(scenario.name, sheet, failures), exitCode: failures.length > 0 ? 1 : 0, messages: notes };
}
