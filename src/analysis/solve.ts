import { compileMeasures, dependenciesOf, formatNumber, HORIZON_CELL, type InputCell, type Measure, type Sheet } from '../engine/index.js';
import { type Sample, searchRoots } from './root-search.js';

/** Goal seek: the value of one input that makes a target formula give a wanted number. */
export interface SolveRequest {
  readonly sheet: Sheet;
  /** The input to change. */
  readonly input: string;
  readonly target: Measure;
  readonly wanted: number;
  /** Where to search; defaults to the input's min and max. */
  readonly between?: { readonly min: number; readonly max: number };
}

export interface SearchRange {
  readonly min: number;
  readonly max: number;
}

/** A value of the input, and what the target gives there. */
export interface Point {
  readonly input: number;
  readonly target: number;
}

export type Solution =
  | {
      readonly kind: 'solved';
      /** The input's value that gives the wanted number, to 1e-12 relative. */
      readonly value: number;
      /** What the target gives there. */
      readonly reached: number;
      /**
       * Set when the target gives the wanted number over a whole interval of the input (a step, a flat part, or a
       * target that does not change with the input over the range searched): its ends, each to 1e-12 relative by
       * bisection. `value` is the point of it nearest the input's current value.
       */
      readonly interval?: SearchRange;
      /** Other values that give it too, found by the scan. */
      readonly others: readonly number[];
      /** Other intervals over which the target gives it. */
      readonly otherIntervals?: readonly SearchRange[];
      readonly evaluations: number;
      readonly searched: SearchRange;
      /** Values of the input in the range where the target could not be computed (from the scan). */
      readonly failedPoints: number;
      /** False when the target does not read the input at all. */
      readonly dependsOnInput?: boolean;
    }
  | {
      /** Nowhere in the range does the target reach the wanted number: here is what it does reach. */
      readonly kind: 'out-of-reach';
      readonly lowest: Point;
      readonly highest: Point;
      /** Set when the target turns back short of the wanted number between two scan points: how near it comes. */
      readonly closest?: Point;
      readonly evaluations: number;
      readonly searched: SearchRange;
      readonly failedPoints: number;
      /** False when the target does not read the input at all (so lowest and highest are the same). */
      readonly dependsOnInput?: boolean;
    }
  | {
      /** The target crosses the wanted number only by jumping over it (a condition in a formula, say). */
      readonly kind: 'jump';
      readonly at: number;
      readonly below: Point;
      readonly above: Point;
      /** Set when the target cannot be computed at `at` (a division by zero, say): it jumps over the value there. */
      readonly noValue?: boolean;
      readonly evaluations: number;
      readonly searched: SearchRange;
    }
  | { readonly kind: 'no-values'; readonly searched: SearchRange; readonly evaluations: number };

/** Intervals the input's range is scanned in before refining: enough to find roots a few percent of the range apart. */
export const SCAN_INTERVALS = 64;
export const RELATIVE_TOLERANCE = 1e-12;

/** Why goal seek cannot change this input over this range, or undefined when it can. */
export function solveRangeProblem(cell: InputCell, between?: SearchRange): string | undefined {
  if (cell.name === HORIZON_CELL)
    return `${HORIZON_CELL} is a whole number of years: try each with a data table instead (nhs-whatif table FILE --vary ${HORIZON_CELL}=1:30:1 --show …)`;
  const min = between?.min ?? cell.min;
  const max = between?.max ?? cell.max;
  if (min === undefined || max === undefined) return `${cell.name} has no min and max to search between: give them in the file or with --between LOW:HIGH`;
  const from = between ? 'the range to search' : `${cell.name}'s min and max`;
  if (!(min < max)) return `${from} must run from a lower to a higher value, not ${formatNumber(min, cell.unit)} to ${formatNumber(max, cell.unit)}`;
  if ((cell.min !== undefined && min < cell.min) || (cell.max !== undefined && max > cell.max))
    return `the range to search must lie within ${cell.name}'s min and max (${formatNumber(cell.min ?? min, cell.unit)} to ${formatNumber(cell.max ?? max, cell.unit)})`;
  return undefined;
}

/** Whether the target reads the input, directly or through the cells it reads. */
function targetReads(sheet: Sheet, target: Measure, input: string): boolean {
  const { model } = sheet;
  const seen = new Set<string>();
  const stack = target.formula.reads.flatMap((read) => (read.kind === 'cell' ? [read.name] : []));
  while (stack.length > 0) {
    const name = stack.pop()!;
    if (name === input) return true;
    if (seen.has(name)) continue;
    seen.add(name);
    stack.push(...dependenciesOf(model, name));
  }
  return false;
}

/**
 * Scans the input from its min to its max to bracket every crossing of the wanted number, refines each with Brent's
 * method, and returns the one nearest the input's current value. The scenario itself is never changed.
 */
export function solve(request: SolveRequest): Solution {
  const { sheet, input, target, wanted } = request;
  const cell = sheet.model.cells.get(input)?.cell as InputCell;
  const searched = { min: request.between?.min ?? cell.min!, max: request.between?.max ?? cell.max! };
  const sweep = compileMeasures(sheet.model, [input], [target]);
  const gap = (x: number): number | undefined => {
    const value = sweep.run([x])[0];
    return value === undefined ? undefined : value - wanted;
  };
  const current = Math.min(searched.max, Math.max(searched.min, cell.value));
  const search = searchRoots(gap, {
    min: searched.min,
    max: searched.max,
    current,
    intervals: SCAN_INTERVALS,
    relative: RELATIVE_TOLERANCE,
    scale: Math.abs(wanted),
  });
  const valued = search.samples.filter((sample): sample is Sample & { y: number } => sample.y !== undefined);
  const failedPoints = search.samples.length - valued.length;
  const { evaluations } = search;
  const dependsOnInput = targetReads(sheet, target, input);
  if (valued.length === 0) return { kind: 'no-values', searched, evaluations };
  const point = (sample: { x: number; y: number }): Point => ({ input: sample.x, target: sample.y + wanted });
  if (search.kind === 'no-root') {
    const [jump] = [...search.jumps].sort((a, b) => Math.abs(a.at - current) - Math.abs(b.at - current));
    if (jump) {
      const [below, above] = [point(jump.before), point(jump.after)].sort((a, b) => a.target - b.target) as [Point, Point];
      return { kind: 'jump', at: jump.at, below, above, ...(jump.noValue ? { noValue: true } : {}), evaluations, searched };
    }
    const reachable = search.closest ? [...valued, search.closest] : valued;
    const lowest = reachable.reduce((best, sample) => (sample.y < best.y ? sample : best));
    const highest = reachable.reduce((best, sample) => (sample.y > best.y ? sample : best));
    return {
      kind: 'out-of-reach',
      lowest: point(lowest),
      highest: point(highest),
      ...(search.closest ? { closest: point(search.closest) } : {}),
      evaluations,
      searched,
      failedPoints,
      dependsOnInput,
    };
  }
  return {
    kind: 'solved',
    value: search.x,
    reached: search.fx + wanted,
    ...(search.interval ? { interval: search.interval } : {}),
    others: search.others,
    otherIntervals: search.otherIntervals,
    evaluations,
    searched,
    failedPoints,
    dependsOnInput,
  };
}
