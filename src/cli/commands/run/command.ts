import { evaluateChecks } from '../../../analysis/checks.js';
import { compute, loadScenario } from '../../../scenario/index.js';
import { scenarioReport } from '../../../tables/scenario.js';
import { cellFailures, placedFailure } from '../../failures.js';
import { listFlag } from '../../flags.js';
import { realSheet } from '../../money.js';
import type { CommandRequest, Outcome } from '../../outcome.js';
import { withAssignments } from './set.js';

/**
 * `run FILE`: the scenario evaluated with any --set changes, then its checks, sources and observed values. Exit code
 * 1 when a cell or a check cannot be computed (every failure is listed), or with --strict when a check fails.
 */
export function run({ files, flags }: CommandRequest): Outcome {
  const scenario = loadScenario(files[0]!);
  const { sheet, notes } = withAssignments(compute(scenario), listFlag(flags, 'set'));
  const real = flags.real === true ? realSheet(scenario, sheet) : undefined;
  const checks = evaluateChecks(sheet, scenario.checks, scenario.sources);
  const checkFailures = checks.flatMap((result) =>
    result.outcome.kind === 'error' ? [placedFailure(scenario, { ...result.check.place, message: `check ${result.check.name}: ${result.outcome.error}` })] : [],
  );
  const failures = [...cellFailures(scenario, sheet), ...checkFailures];
  const failing = checks.filter((result) => result.outcome.kind === 'fails').map((result) => result.check.name);
  const strictFailure = flags.strict === true && failing.length > 0;
  const messages = [
    ...notes,
    ...(strictFailure ? [`nhs-whatif: --strict: ${failing.length === 1 ? 'a check fails' : `${failing.length} checks fail`}: ${failing.join(', ')}`] : []),
  ];
  const report = scenarioReport(scenario, sheet, failures, real ? { money: 'real', real } : { money: 'cash' }, checks);
  return { report, exitCode: failures.length > 0 || strictFailure ? 1 : 0, messages };
}
