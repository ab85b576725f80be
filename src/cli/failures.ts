import type { Sheet } from '../engine/index.js';
import { formatProblem, formulaProblems, type Scenario } from '../scenario/index.js';

/**
 * `file:line:col: cell: message` for every failing cell, at the place that defines it. Unlike `check`, cells that
 * fail only because they read a failing cell are listed too, since the output shows them as errors. A cell defined
 * in a parent file is placed there, and the line names the scenario that inherits it.
 */
export function cellFailures(scenario: Scenario, sheet: Sheet): string[] {
  return formulaProblems(scenario, sheet, { withDependents: true }).map((problem) =>
    formatProblem(problem.file === scenario.file ? problem : { ...problem, message: `${problem.message} (inherited by ${scenario.file})` }),
  );
}
