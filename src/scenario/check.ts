import { buildModel, type Evaluation, evaluate, type Model } from '../engine/index.js';
import type { Problem } from './problem.js';
import type { Scenario } from './scenario.js';

export interface Computed {
  readonly model: Model;
  readonly evaluation: Evaluation;
}

export const compute = (scenario: Scenario): Computed => {
  const model = buildModel(scenario.cells, scenario.baseYear);
  return { model, evaluation: evaluate(model) };
};

/**
 * Cells whose formulas fail, each at its own place. Errors that only pass on a dependency's are left out, unless
 * `withDependents` asks for them (an output that shows those cells as errors lists them too).
 */
export function formulaProblems(scenario: Scenario, { model, evaluation }: Computed = compute(scenario), { withDependents = false } = {}): Problem[] {
  const problems: Problem[] = [];
  for (const [name, compiled] of model.cells) {
    const result = evaluation.results.get(name);
    if (!result || result.ok || (!withDependents && result.error.startsWith('depends on '))) continue;
    problems.push({ ...scenario.place(name, compiled.errorIndex), message: `${name}: ${result.error}` });
  }
  return problems;
}
