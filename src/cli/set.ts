import { type Cell, closestName, inputValueProblem, parseNumber } from '../engine/index.js';
import { UsageError } from './usage.js';

/** Applies `--set name=value` assignments to the scenario's inputs. Throws UsageError on any mistake. */
export function applyAssignments(cells: readonly Cell[], assignments: readonly string[]): Cell[] {
  const updated = new Map(cells.map((cell) => [cell.name, cell]));
  const inputs = cells.filter((cell) => cell.kind === 'input').map((cell) => cell.name);
  for (const assignment of assignments) {
    const match = /^\s*([^=\s]*)\s*=(.*)$/.exec(assignment);
    if (!match) throw new UsageError(`--set ${assignment}: write name=value, e.g. --set budget_growth=0.03`);
    const [, name, text] = match as unknown as [string, string, string];
    if (name === '') throw new UsageError(`--set ${assignment}: the input's name is missing before =; inputs are: ${inputs.join(', ')}`);
    if (text.trim() === '') throw new UsageError(`--set ${assignment}: the value is missing after =; write e.g. --set ${name}=0.03 or --set ${name}=3%`);
    const cell = updated.get(name);
    if (!cell) {
      const suggestion = closestName(name, inputs);
      throw new UsageError(
        `--set ${assignment}: no input named "${name}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; inputs are: ${inputs.join(', ')}`,
      );
    }
    if (cell.kind !== 'input') throw new UsageError(`--set ${assignment}: "${name}" is a formula, not an input; inputs are: ${inputs.join(', ')}`);
    const value = parseNumber(text);
    if (value === undefined) throw new UsageError(`--set ${assignment}: "${text.trim()}" is not a number; write e.g. 0.03 or 3%`);
    const problem = inputValueProblem(cell, value);
    if (problem) throw new UsageError(`--set ${assignment}: ${problem}`);
    updated.set(name, { ...cell, value });
  }
  return [...updated.values()];
}
