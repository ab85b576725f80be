import { fiscalYearLabel, fiscalYearStart } from '../engine/index.js';
import type { ChartInput } from './model.js';

/** Where a label sorts: a fiscal year by the calendar year it starts in; any other label after every fiscal year. */
const startOf = (label: string): number => fiscalYearStart(label) ?? Number.POSITIVE_INFINITY;

/**
 * The chart's x axis: every fiscal year from the first to the last that a series, its observed points or its band
 * has, so that each step is one year (a year between them that nothing has, such as one between a projection and a
 * later observation, keeps its place); then the labels that are not fiscal years, in the order they were first met.
 * Series with different horizons line up by label.
 */
export function chartYears(input: Pick<ChartInput, 'series'>): string[] {
  const seen = new Set<string>();
  for (const series of input.series) {
    for (const year of series.years) seen.add(year);
    for (const point of series.observed?.points ?? []) seen.add(point.year);
    for (const point of series.band?.points ?? []) seen.add(point.year);
  }
  const starts = [...seen].map(startOf).filter(Number.isFinite);
  const others = [...seen].filter((label) => !Number.isFinite(startOf(label)));
  if (starts.length === 0) return others;
  const [first, last] = [Math.min(...starts), Math.max(...starts)];
  return [...Array.from({ length: last - first + 1 }, (_, i) => fiscalYearLabel(first + i)), ...others];
}

/** A range of years for people: `2016/17–2020/21`, or one year. */
export const yearSpan = (years: readonly string[]): string => {
  const first = years[0] ?? '';
  const last = years.at(-1) ?? '';
  return first === last ? first : `${first}–${last}`;
};
