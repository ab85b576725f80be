import { uncertaintyProblem } from '../analysis/distributions.js';
import { DISTRIBUTIONS, type Distribution, type InputCell, Suggester } from '../engine/index.js';
import type { Place } from './scenario.js';

type Field = 'low' | 'high' | 'distribution';

/** An input's range as the file gives it (the distribution as written, not yet known to be one). */
export interface RangeEntry {
  readonly value: number;
  readonly low?: number;
  readonly high?: number;
  readonly distribution?: string;
}

const isDistribution = (text: string): text is Distribution => (DISTRIBUTIONS as readonly string[]).includes(text);

/** Whether an input's value lies where its range's distribution allows it (any value, for a uniform range). */
export const rangeFits = (cell: InputCell): boolean =>
  cell.low === undefined ||
  cell.high === undefined ||
  uncertaintyProblem({ low: cell.low, value: cell.value, high: cell.high, distribution: cell.distribution ?? 'triangular' }) === undefined;

/**
 * The range an input has: its own low, high and distribution when the file gives any of them; else its parent's,
 * while the value is one that range allows. A range belongs to the value it was given for: a new value outside it
 * (a share of 7.6% against 30% to 70%) has no range until the file gives it one.
 */
export function rangeOf(entry: RangeEntry, parent: InputCell | undefined): Pick<InputCell, Field> {
  if (entry.low !== undefined || entry.high !== undefined || entry.distribution !== undefined) {
    const distribution = entry.distribution !== undefined && isDistribution(entry.distribution) ? entry.distribution : undefined;
    return { low: entry.low, high: entry.high, distribution };
  }
  if (parent === undefined || !rangeFits({ ...parent, value: entry.value })) return { low: undefined, high: undefined, distribution: undefined };
  return { low: parent.low, high: parent.high, distribution: parent.distribution };
}

const suggester = new Suggester(DISTRIBUTIONS);

/**
 * What is wrong with an input's range, each at the field it is about (`at` gives the place of a field of the
 * input, or of the input itself). The cell is the input as resolved, with the range rangeOf gave it.
 */
export function rangeProblemsOf(cell: InputCell, entry: RangeEntry, at: (field?: Field) => Place): { readonly place: Place; readonly message: string }[] {
  const problems: { place: Place; message: string }[] = [];
  const say = (field: Field | undefined, message: string) => problems.push({ place: at(field), message: `${cell.name}: ${message}` });
  if (entry.distribution !== undefined && !isDistribution(entry.distribution)) {
    const meant = suggester.closest(entry.distribution);
    say(
      'distribution',
      `unknown distribution ${JSON.stringify(entry.distribution)}${meant ? ` (did you mean "${meant}"?)` : ''}; use one of: ${DISTRIBUTIONS.join(', ')}`,
    );
    return problems;
  }
  const { low, high } = cell;
  if (low === undefined && high === undefined) {
    if (entry.distribution !== undefined) say('distribution', `a distribution needs a range: add low: and high:`);
    return problems;
  }
  if (low === undefined || high === undefined) {
    const [given, missing] = low === undefined ? (['high', 'low'] as const) : (['low', 'high'] as const);
    say(given, `${given} ${cell[given]} has no ${missing}: give both low: and high:, or neither`);
    return problems;
  }
  if (cell.min !== undefined && low < cell.min) say(entry.low === undefined ? undefined : 'low', `low ${low} is below min ${cell.min}`);
  if (cell.max !== undefined && high > cell.max) say(entry.high === undefined ? undefined : 'high', `high ${high} is above max ${cell.max}`);
  const problem = uncertaintyProblem({ low, value: cell.value, high, distribution: cell.distribution ?? 'triangular' });
  if (problem) say(undefined, problem);
  return problems;
}
