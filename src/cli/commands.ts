import { buildModel, evaluate } from '../engine/index.js';
import { formatProblem, formulaProblems, loadScenario, ScenarioError } from '../scenario/index.js';
import type { Format } from './formats.js';
import { renderRun } from './run.js';
import { applyAssignments } from './set.js';

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** `run FILE`: evaluates the scenario with any --set changes and prints it. Returns the exit code. */
export function runCommand(file: string, assignments: readonly string[], format: Format, io: Io): number {
  const scenario = loadScenario(file);
  const cells = applyAssignments(scenario.cells, assignments);
  const model = buildModel(cells, scenario.baseYear);
  io.out(renderRun({ scenario: scenario.name, model, evaluation: evaluate(model) }, format));
  return 0;
}

/** `check FILE...`: reports every problem in every file; 0 when all are valid, 1 otherwise. */
export function checkCommand(files: readonly string[], io: Io): number {
  let failed = 0;
  for (const file of files) {
    try {
      const scenario = loadScenario(file);
      const problems = formulaProblems(scenario);
      if (problems.length === 0) {
        io.out(`${file}: ok (${scenario.cells.length} cells)\n`);
        continue;
      }
      failed++;
      io.err(problems.map(formatProblem).join('\n') + '\n');
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      failed++;
      io.err(error.message + '\n');
    }
  }
  if (files.length > 1 && failed > 0) io.err(`${failed} of ${files.length} files have problems\n`);
  return failed > 0 ? 1 : 0;
}
