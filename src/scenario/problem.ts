import { MAX_PROBLEMS_SHOWN } from './limits.js';

/** Something wrong with a scenario file, at a place a person can go to; without a line when the file cannot be read at all. */
export interface Problem {
  readonly file: string;
  readonly line?: number;
  readonly col?: number;
  readonly message: string;
}

/** `file:line:col: message`, or just the message (which names the file) for a file that cannot be read. */
export const formatProblem = (problem: Problem): string =>
  problem.line === undefined ? problem.message : `${problem.file}:${problem.line}:${problem.col ?? 1}: ${problem.message}`;

/** Every problem as a line, up to MAX_PROBLEMS_SHOWN of them; the rest are counted. */
export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.slice(0, MAX_PROBLEMS_SHOWN).map(formatProblem);
  if (problems.length > MAX_PROBLEMS_SHOWN) lines.push(`and ${problems.length - MAX_PROBLEMS_SHOWN} more problems`);
  return lines.join('\n');
}

/** Thrown by loaders and savers; carries every problem found, never a stack trace for the user. */
export class ScenarioError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(formatProblems(problems));
  }
}
