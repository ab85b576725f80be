import type { Sheet } from '../engine/index.js';
import { formatProblem, formulaProblems, type Problem, type Scenario } from '../scenario/index.js';

/**
 * `file:line:col: cell: message` for every failing cell, at the place that defines it. Unlike `check`, cells that
 * fail only because they read a failing cell are listed too, since the output shows them as errors. A cell defined
 * in a parent file is placed there, and the line names the scenario that inherits it.
 */
export function cellFailures(scenario: Scenario, sheet: Sheet): string[] {
  return formulaProblems(scenario, sheet, { withDependents: true }).map((problem) => placedFailure(scenario, problem));
}

/** A failure at its place; one in a parent file names the scenario that inherits it. */
export const placedFailure = (scenario: Scenario, problem: Problem): string =>
  formatProblem(problem.file === scenario.file ? problem : { ...problem, message: `${problem.message} (inherited by ${scenario.file})` });
