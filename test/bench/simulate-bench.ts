import { checkCondition, defaultShown, simulate } from '../../src/analysis/simulate.js';
import { compute, loadScenario } from '../../src/scenario/index.js';
import { timeOne } from './measure.js';
import { type Result, result } from './report.js';
import { FRAME_BUDGET_MS } from './tui-bench.js';

/**
 * The shipped baseline simulated with 10,000 samples (its own ranges, default outputs and one condition), as the
 * terminal UI would on every keystroke, against the 60 fps frame budget.
 */
export function simulation(quick: boolean): Result[] {
  const sheet = compute(loadScenario('scenarios/baseline.yaml'));
  const condition = checkCondition(sheet, 'last(private_share) > 10%');
  if (!condition.ok) throw new Error(condition.problem);
  const request = { samples: 10_000, seed: 1, show: defaultShown(sheet), conditions: [condition.measure] };
  const timing = timeOne(() => simulate(sheet, request), { rounds: quick ? 11 : 31, warmup: 3 });
  return [
    result('10,000-sample baseline simulation (4 ranged inputs, 3 outputs, 1 condition)', timing.ms, '60 fps frame budget', FRAME_BUDGET_MS, timing.samples, 1),
  ];
}
