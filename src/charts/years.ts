import type { ChartInput } from './model.js';

const FISCAL_YEAR = /^(\d{4})\/\d{2}$/;

/** Where a label sorts: a fiscal year by the calendar year it starts in; any other label after every fiscal year. */
const startOf = (label: string): number => {
  const match = FISCAL_YEAR.exec(label);
  return match ? Number(match[1]) : Number.POSITIVE_INFINITY;
};

/**
 * The chart's x axis: every year label that a series, its observed points or its band has, each once, in time order
 * (labels that are not fiscal years keep the order they were first met in, after the fiscal years). Series with
 * different horizons line up by label. A year that nothing has is not on the axis, so each label is one step.
 */
export function chartYears(input: Pick<ChartInput, 'series'>): string[] {
  const seen = new Set<string>();
  for (const series of input.series) {
    for (const year of series.years) seen.add(year);
    for (const point of series.observed?.points ?? []) seen.add(point.year);
    for (const point of series.band?.points ?? []) seen.add(point.year);
  }
  // Array.prototype.sort is stable, so labels that sort alike keep the order they were met in.
  return [...seen].sort((a, b) => startOf(a) - startOf(b) || (startOf(a) === Number.POSITIVE_INFINITY ? 0 : a.localeCompare(b)));
}

/** A range of years for people: `2016/17–2020/21`, or one year. */
export const yearSpan = (years: readonly string[]): string => {
  const first = years[0] ?? '';
  const last = years.at(-1) ?? '';
  return first === last ? first : `${first}–${last}`;
};
