import { solveRangeProblem } from '../../../analysis/solve.js';
import { targetWords } from '../../../analysis/target.js';
import { affectedBy, HORIZON_CELL, type Measure, type Sheet } from '../../../engine/index.js';
import type { InputChoice } from './state.js';

/** The cells a target reads by name. */
const readBy = (target: Measure): Set<string> => new Set(target.formula.reads.flatMap((read) => (read.kind === 'cell' ? [read.name] : [])));

/**
 * Every input, in the scenario's order, each with why goal seek cannot change it, if it cannot: the target does not
 * depend on it, it is the horizon (a whole number of years), or it has no min and max to search between.
 */
export function inputChoices(sheet: Sheet, target: Measure): InputChoice[] {
  const reads = readBy(target);
  const what = targetWords(target, sheet.evaluation.years);
  return [...sheet.model.cells.values()].flatMap(({ cell }) => {
    if (cell.kind !== 'input') return [];
    const changesTarget = reads.has(cell.name) || affectedBy(sheet.model, [cell.name]).some((name) => reads.has(name));
    const unbounded = cell.min === undefined || cell.max === undefined;
    const problem = !changesTarget
      ? `${what} does not depend on ${cell.name}`
      : cell.name === HORIZON_CELL
        ? `${HORIZON_CELL} is a whole number of years: try each in a data table (t) instead`
        : unbounded
          ? `${cell.name} has no min and max to search between: give them in the file`
          : solveRangeProblem(cell);
    return [problem ? { name: cell.name, problem } : { name: cell.name }];
  });
}

/**
 * The input chosen at first: the one used last time if it can be changed for this target, else the first the target
 * depends on other than the horizon.
 */
export function firstChoice(choices: readonly InputChoice[], lastInput: string | undefined): number {
  const usable = (choice: InputChoice) => choice.problem === undefined && choice.name !== HORIZON_CELL;
  const last = choices.findIndex((choice) => choice.name === lastInput && usable(choice));
  return last >= 0 ? last : Math.max(0, choices.findIndex(usable));
}
