import { assignValue, readAsNote } from '../../../editing/index.js';
import { closestName, type Sheet } from '../../../engine/index.js';
import { UsageError } from '../../usage.js';

/**
 * The sheet with each `--set name=value` applied in order, through the same editing functions as the terminal UI,
 * so a value is read, and refused, in the same words. Also returns how any value was read when that may surprise
 * (`1` on a percentage is 100%). Throws UsageError on any mistake.
 */
export function withAssignments(start: Sheet, assignments: readonly string[]): { sheet: Sheet; notes: string[] } {
  let sheet = start;
  const notes: string[] = [];
  const inputs = [...sheet.model.cells.values()].filter(({ cell }) => cell.kind === 'input').map(({ cell }) => cell.name);
  for (const assignment of assignments) {
    const match = /^\s*([^=\s]*)\s*=(.*)$/.exec(assignment);
    if (!match) throw new UsageError(`--set ${assignment}: write name=value, e.g. --set budget_growth=0.03`);
    const [, name, text] = match as unknown as [string, string, string];
    if (name === '') throw new UsageError(`--set ${assignment}: the input's name is missing before =; inputs are: ${inputs.join(', ')}`);
    if (text.trim() === '') throw new UsageError(`--set ${assignment}: the value is missing after =; write e.g. --set ${name}=0.03 or --set ${name}=3%`);
    const cell = sheet.model.cells.get(name)?.cell;
    if (!cell) {
      const suggestion = closestName(name, inputs);
      throw new UsageError(
        `--set ${assignment}: no input named "${name}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; inputs are: ${inputs.join(', ')}`,
      );
    }
    if (cell.kind !== 'input') throw new UsageError(`--set ${assignment}: "${name}" is a formula, not an input; inputs are: ${inputs.join(', ')}`);
    const change = assignValue(sheet, name, text);
    if (!change.ok && !change.unchanged) throw new UsageError(`--set ${assignment}: ${change.problem}`);
    if (!change.ok) continue;
    sheet = change.sheet;
    const set = sheet.model.cells.get(name)?.cell;
    const note = set?.kind === 'input' ? readAsNote(set, set.value, text) : undefined;
    if (note) notes.push(`nhs-whatif: --set ${assignment}: ${note}`);
  }
  return { sheet, notes };
}
