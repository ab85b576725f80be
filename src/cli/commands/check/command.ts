import { formatProblems, formulaProblems, loadScenario, ScenarioError } from '../../../scenario/index.js';
import type { CommandRequest, Outcome } from '../../outcome.js';

/** `check FILE...`: `FILE: ok (N cells)` for each valid file; every problem of the others, as file:line:col, for stderr. */
export function run({ files }: CommandRequest): Outcome {
  const valid: string[] = [];
  const problems: string[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const scenario = loadScenario(file);
      const found = formulaProblems(scenario);
      if (found.length === 0) valid.push(`${file}: ok (${scenario.cells.length} cells)`);
      else {
        failed++;
        problems.push(formatProblems(found));
      }
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      failed++;
      problems.push(error.message);
    }
  }
  if (files.length > 1 && failed > 0) problems.push(`${failed} of ${files.length} files have problems`);
  return { report: { title: 'check', titleInText: false, tables: [], notes: valid, failures: [] }, exitCode: failed > 0 ? 1 : 0, messages: problems };
}
