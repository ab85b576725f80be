import { isOwnError, type Sheet, sheetOf } from '../engine/index.js';
import type { Problem } from './problem.js';
import type { Scenario } from './scenario.js';

/** The scenario's cells evaluated. */
export const compute = (scenario: Scenario): Sheet => sheetOf(scenario.cells, scenario.baseYear);

/**
 * Cells whose formulas fail, each at its own place. Errors that only pass on a dependency's are left out, unless
 * `withDependents` asks for them (an output that shows those cells as errors lists them too).
 */
export function formulaProblems(scenario: Scenario, { model, evaluation }: Sheet = compute(scenario), { withDependents = false } = {}): Problem[] {
  const problems: Problem[] = [];
  for (const [name, compiled] of model.cells) {
    const result = evaluation.results.get(name);
    if (!result || result.ok || (!withDependents && !isOwnError(result))) continue;
    problems.push({ ...scenario.place(name, compiled.errorIndex), message: `${name}: ${result.error}` });
  }
  return problems;
}
