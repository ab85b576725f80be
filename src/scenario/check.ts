import { buildModel, evaluate, type Evaluation, type Model } from '../engine/index.js';
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

/** Cells whose formulas fail, each reported once at its own place; errors that only pass on a dependency's are left out. */
export function formulaProblems(scenario: Scenario, { model, evaluation }: Computed = compute(scenario)): Problem[] {
  const problems: Problem[] = [];
  for (const [name, compiled] of model.cells) {
    const result = evaluation.results.get(name);
    if (!result || result.ok || result.error.startsWith('depends on ')) continue;
    problems.push({ ...scenario.place(name, compiled.errorIndex), message: `${name}: ${result.error}` });
  }
  return problems;
}
