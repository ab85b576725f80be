/** Something wrong with a scenario file, at a place a person can go to. */
export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly message: string;
}

export const formatProblem = (problem: Problem): string => `${problem.file}:${problem.line}:${problem.col}: ${problem.message}`;

/** Thrown by loaders and savers; carries every problem found, never a stack trace for the user. */
export class ScenarioError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}
