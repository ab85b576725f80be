import { compute, formatProblem, formulaProblems, loadScenario, ScenarioError } from '../scenario/index.js';
import { cellErrors } from './cell-errors.js';
import type { Format } from './formats.js';
import type { Io } from './output.js';
import { renderRun } from './run.js';
import { applyAssignments } from './set.js';

/** JSON and CSV carry errors in their own shape; their file:line:col lines go to stderr so stdout stays data. */
export function reportCellErrors(errors: readonly string[], format: Format, io: Io): void {
  if (errors.length > 0 && (format === 'json' || format === 'csv')) io.err(`${errors.join('\n')}\n`);
}

/**
 * `run FILE`: evaluates the scenario with any --set changes and prints it. Returns the exit code: 1 when a cell
 * has an error (the output is still printed, with every error as file:line:col), else 0.
 */
export function runCommand(file: string, assignments: readonly string[], format: Format, io: Io): number {
  const loaded = loadScenario(file);
  const scenario = { ...loaded, cells: applyAssignments(loaded.cells, assignments) };
  const computed = compute(scenario);
  const errors = cellErrors(scenario, computed);
  io.out(renderRun({ scenario: scenario.name, ...computed, errors }, format));
  reportCellErrors(errors, format, io);
  return errors.length > 0 ? 1 : 0;
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
      io.err(`${problems.map(formatProblem).join('\n')}\n`);
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      failed++;
      io.err(`${error.message}\n`);
    }
  }
  if (files.length > 1 && failed > 0) io.err(`${failed} of ${files.length} files have problems\n`);
  return failed > 0 ? 1 : 0;
}
