import { compileMeasures, evaluateMeasure, type Measure, type Sheet, setInput } from '../engine/index.js';
import { whyItFails } from './target.js';

/** One input a data table varies, and the values it tries. */
export interface Lever {
  readonly input: string;
  readonly levels: readonly number[];
}

export interface DataTableRequest {
  readonly sheet: Sheet;
  readonly levers: readonly Lever[];
  readonly outputs: readonly Measure[];
}

/** One combination of levels (one per lever, in order) and each output there (undefined where it fails). */
export interface DataPoint {
  readonly levels: readonly number[];
  readonly values: readonly (number | undefined)[];
}

export interface DataTableFailure {
  readonly levels: readonly number[];
  readonly output: string;
  readonly problem: string;
}

export interface DataTable {
  readonly levers: readonly Lever[];
  readonly outputs: readonly Measure[];
  /** Every combination, the first lever changing slowest (as rows read). */
  readonly points: readonly DataPoint[];
  /** How many output values failed, and why for the first few. */
  readonly failedValues: number;
  readonly failures: readonly DataTableFailure[];
}

const MAX_COMBINATIONS = 100_000;
const REASONS_SHOWN = 5;

/** Why the levers ask for too much, or undefined. */
export function combinationsProblem(levers: readonly Lever[]): string | undefined {
  const count = levers.reduce((product, lever) => product * lever.levels.length, 1);
  if (count > MAX_COMBINATIONS) {
    const sizes = levers.map((lever) => `${lever.levels.length} values of ${lever.input}`).join(' × ');
    return `${sizes} make ${count.toLocaleString('en-GB')} combinations; the most is ${MAX_COMBINATIONS.toLocaleString('en-GB')}: use fewer values`;
  }
  if (new Set(levers.map((lever) => lever.input)).size !== levers.length) return 'each input may be varied once';
  return undefined;
}

/**
 * Every combination of the levers' levels, each output computed there with every other input at its value, through
 * one compiled function of the levers. The scenario is never changed.
 */
export function dataTable({ sheet, levers, outputs }: DataTableRequest): DataTable {
  const sweep = compileMeasures(
    sheet.model,
    levers.map((lever) => lever.input),
    outputs,
  );
  const points: DataPoint[] = [];
  const failures: DataTableFailure[] = [];
  let failedValues = 0;
  const levels = new Array<number>(levers.length).fill(0);
  const visit = (depth: number): void => {
    if (depth === levers.length) {
      const values = sweep.run(levels);
      points.push({ levels: [...levels], values });
      values.forEach((value, i) => {
        if (value !== undefined) return;
        failedValues++;
        if (failures.length < REASONS_SHOWN)
          failures.push({ levels: [...levels], output: outputs[i]!.text, problem: reasonAt(sheet, levers, levels, outputs[i]!) });
      });
      return;
    }
    for (const level of levers[depth]!.levels) {
      levels[depth] = level;
      visit(depth + 1);
    }
  };
  visit(0);
  return { levers, outputs, points, failedValues, failures };
}

/** Why an output fails at these levels: the slow path, taken only for the few failures shown. */
function reasonAt(sheet: Sheet, levers: readonly Lever[], levels: readonly number[], output: Measure): string {
  let changed = sheet;
  levers.forEach((lever, i) => {
    changed = setInput(changed.model, changed.evaluation, lever.input, levels[i]!);
  });
  const result = evaluateMeasure(changed, output);
  return result.ok ? 'it could not be computed' : whyItFails(changed, result);
}
