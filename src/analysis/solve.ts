import { compileMeasures, HORIZON_CELL, type InputCell, type Measure, type Sheet } from '../engine/index.js';
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
      /** Other values that give it too, found by the scan. */
      readonly others: readonly number[];
      readonly evaluations: number;
      readonly searched: SearchRange;
      /** Values of the input in the range where the target could not be computed (from the scan). */
      readonly failedPoints: number;
    }
  | {
      /** Nowhere in the range does the target reach the wanted number: here is what it does reach. */
      readonly kind: 'out-of-reach';
      readonly lowest: Point;
      readonly highest: Point;
      readonly evaluations: number;
      readonly searched: SearchRange;
      readonly failedPoints: number;
    }
  | {
      /** The target crosses the wanted number only by jumping over it (a condition in a formula, say). */
      readonly kind: 'jump';
      readonly at: number;
      readonly below: Point;
      readonly above: Point;
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
  if (!(min < max)) return `the range to search must run from a lower to a higher value, not ${min} to ${max}`;
  if ((cell.min !== undefined && min < cell.min) || (cell.max !== undefined && max > cell.max))
    return `the range to search must lie within ${cell.name}'s min and max`;
  return undefined;
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
  const search = searchRoots(gap, { min: searched.min, max: searched.max, current, intervals: SCAN_INTERVALS, relative: RELATIVE_TOLERANCE });
  const valued = search.samples.filter((sample): sample is Sample & { y: number } => sample.y !== undefined);
  const failedPoints = search.samples.length - valued.length;
  const { evaluations } = search;
  if (valued.length === 0) return { kind: 'no-values', searched, evaluations };
  if (search.kind === 'no-root') {
    const point = (sample: { x: number; y: number }): Point => ({ input: sample.x, target: sample.y + wanted });
    const lowest = valued.reduce((best, sample) => (sample.y < best.y ? sample : best));
    const highest = valued.reduce((best, sample) => (sample.y > best.y ? sample : best));
    return { kind: 'out-of-reach', lowest: point(lowest), highest: point(highest), evaluations, searched, failedPoints };
  }
  const reached = search.fx + wanted;
  // A bracket that closes on a jump leaves a gap as wide as the jump: no value gives the wanted number there.
  const spread = Math.max(...valued.map((sample) => Math.abs(sample.y)));
  if (Math.abs(search.fx) > 1e-9 * Math.max(Math.abs(wanted), spread)) {
    const step = Math.max(Math.abs(search.x) * RELATIVE_TOLERANCE * 4, Number.MIN_VALUE);
    const side = (x: number): Point => ({ input: x, target: (gap(x) ?? Number.NaN) + wanted });
    const [below, above] = [side(search.x - step), side(search.x + step)].sort((a, b) => a.target - b.target) as [Point, Point];
    return { kind: 'jump', at: search.x, below, above, evaluations: evaluations + 2, searched };
  }
  return { kind: 'solved', value: search.x, reached, others: search.others, evaluations, searched, failedPoints };
}
