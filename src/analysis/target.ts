import { type CellFailure, checkMeasure, closestName, type Measure, type MeasureCheck, type Sheet } from '../engine/index.js';

/**
 * What a target formula measures, in words: `last(private_share)` is "private_share in 2020/21", `first(x)` and
 * `at(x, "2019/20")` likewise; any other formula is itself.
 */
export function targetWords(measure: Measure, years: readonly string[]): string {
  const { tree, reads } = measure.formula;
  if (tree.kind !== 'pick' || tree.arg.kind !== 'cell') return measure.text;
  const read = reads[tree.arg.read];
  if (read?.kind !== 'cell') return measure.text;
  const label = tree.label === undefined ? undefined : reads[tree.label];
  const year = tree.pick === 'first' ? years[0] : tree.pick === 'last' ? years.at(-1) : label?.kind === 'label' ? label.label : undefined;
  return year === undefined ? measure.text : `${read.name} in ${year}`;
}

/** A target checked against the scenario, with what is wrong in the words the command line and the UI both use. */
export function checkTarget(sheet: Sheet, text: string, flag: string): MeasureCheck {
  if (text.trim() === '') return { ok: false, problem: `${flag} needs a formula that gives one number, e.g. "last(private_share)"` };
  const checked = checkMeasure(sheet, text);
  return checked.ok ? checked : { ok: false, problem: `${flag} ${text.trim()}: ${checked.problem}`, index: checked.index };
}

/** Why `name` cannot be the input an analysis changes (a name no cell has gets "did you mean"), or undefined when it can. */
export function changeableInputProblem(sheet: Sheet, name: string, what: string): string | undefined {
  const cell = sheet.model.cells.get(name)?.cell;
  const inputs = [...sheet.model.cells.values()].filter(({ cell: each }) => each.kind === 'input').map(({ cell: each }) => each.name);
  if (!cell) {
    const suggestion = closestName(name, inputs);
    return suggestion ? `no input named "${name}" (did you mean "${suggestion}"?)` : `no input named "${name}"; inputs are: ${inputs.join(', ')}`;
  }
  if (cell.kind !== 'input') return `"${name}" is a formula, not an input; ${what} changes an input: ${inputs.join(', ')}`;
  return undefined;
}

/** Why a target fails, from the cell where the error starts: `extra_money: 2016/17: result is Infinity (division by zero …)`. */
export function whyItFails(sheet: Sheet, failure: CellFailure): string {
  if (failure.origin.kind !== 'passed-on') return failure.error;
  const { root } = failure.origin;
  const rootResult = sheet.evaluation.results.get(root);
  return rootResult && !rootResult.ok ? `${root}: ${rootResult.error}` : failure.error;
}

const COMPARISONS: ReadonlySet<string> = new Set(['not', 'smaller', 'larger', 'smallerEq', 'largerEq', 'equal', 'unequal']);

/** A target that is a condition: 1 where it holds, 0 where it does not. */
export function isCondition(target: Measure): boolean {
  const { tree } = target.formula;
  return tree.kind === 'logical' || (tree.kind === 'operator' && COMPARISONS.has(tree.operator));
}
