import { formatProblem, type Computed, type Scenario } from '../scenario/index.js';

/**
 * `file:line:col: cell: message` for every failing cell, at the place that defines it. Unlike `check`, cells that
 * fail only because they read a failing cell are listed too, since the output shows them as errors. A cell defined
 * in a parent file is placed there, and the line names the scenario that inherits it.
 */
export function cellErrors(scenario: Scenario, { model, evaluation }: Computed): string[] {
  return [...model.cells].flatMap(([name, compiled]) => {
    const result = evaluation.results.get(name);
    if (!result || result.ok) return [];
    const place = scenario.place(name, compiled.errorIndex);
    const inherited = place.file === scenario.file ? '' : ` (inherited by ${scenario.file})`;
    return [formatProblem({ ...place, message: `${name}: ${result.error}${inherited}` })];
  });
}
