import { formatNumber } from '../engine/index.js';
import type { ChartInput, ChartSeries } from './model.js';
import { yearSpan } from './years.js';

/**
 * Where a series meets a horizontal line. It `crosses` in the first year whose value is on the line or on its other
 * side from the series' first year; that year is the one named ("reaches 10% in 2018/19"), and `fraction` says how far
 * between the year before and that year the straight segment joining them meets the line (1 when the year's own
 * value is on the line), for drawing. A series whose first value is on the line `starts-on` it. One that stays on the
 * side it starts `never` crosses within its years. Values that are not finite are skipped; with none, `no-values`.
 * "On the line" allows for rounding: a value within a billionth of the largest size among the line and the values
 * is on it (a goal seek's 10.000000000001% is on a 10% line; so is 1e-17 on a zero line).
 */
export type Crossing =
  | {
      readonly kind: 'crosses';
      readonly year: string;
      /** The year before it, where the segment that meets the line starts. */
      readonly from: string;
      readonly fraction: number;
      readonly direction: 'up' | 'down';
    }
  | { readonly kind: 'starts-on'; readonly year: string }
  | { readonly kind: 'never'; readonly first: string; readonly last: string; readonly side: 'above' | 'below' }
  | { readonly kind: 'no-values' };

const RELATIVE_TOLERANCE = 1e-9;

export function crossingOf(series: Pick<ChartSeries, 'years' | 'values'>, line: number): Crossing {
  const points = series.values.flatMap((value, i) => (Number.isFinite(value) && series.years[i] !== undefined ? [{ year: series.years[i]!, value }] : []));
  const start = points[0];
  if (!start) return { kind: 'no-values' };
  const tolerance = RELATIVE_TOLERANCE * points.reduce((size, point) => Math.max(size, Math.abs(point.value)), Math.abs(line));
  const onLine = (value: number): boolean => Math.abs(value - line) <= tolerance;
  if (onLine(start.value)) return { kind: 'starts-on', year: start.year };
  const below = start.value < line;
  for (let i = 1; i < points.length; i++) {
    const before = points[i - 1]!;
    const point = points[i]!;
    if (onLine(point.value) || point.value < line !== below) {
      const fraction = onLine(point.value) ? 1 : (line - before.value) / (point.value - before.value);
      return { kind: 'crosses', year: point.year, from: before.year, fraction, direction: below ? 'up' : 'down' };
    }
  }
  return { kind: 'never', first: start.year, last: points.at(-1)!.year, side: below ? 'below' : 'above' };
}

/** Each series of the chart with where it meets its reference line; none without a line. */
export function crossings(input: ChartInput): { readonly name: string; readonly crossing: Crossing }[] {
  const line = input.reference;
  if (line === undefined || !Number.isFinite(line)) return [];
  return input.series.map((series) => ({ name: series.name, crossing: crossingOf(series, line) }));
}

/**
 * The crossings in one sentence, series by series: "private_share crosses 10.00% in 2018/19 (Baseline); never within
 * 2016/17–2020/21 (Average split)". The line's value is written as the cell's values are (formatNumber).
 */
export function crossingSentence(input: ChartInput): string | undefined {
  const found = crossings(input);
  if (found.length === 0 || input.reference === undefined) return undefined;
  const value = formatNumber(input.reference, input.unit);
  const clauses = found.map(({ name, crossing }, i) => `${clause(crossing, value, i === 0, found[i - 1]?.crossing)} (${name})`);
  return `${input.quantity} ${clauses.join('; ')}`;
}

/** The first clause names the line; a later one leaves out what the one before it already said. */
function clause(crossing: Crossing, value: string, first: boolean, before: Crossing | undefined): string {
  switch (crossing.kind) {
    case 'crosses':
      if (first) return `crosses ${value} in ${crossing.year}`;
      return before?.kind === 'crosses' ? `in ${crossing.year}` : `crosses it in ${crossing.year}`;
    case 'starts-on':
      return first ? `starts at ${value} in ${crossing.year}` : `starts on it in ${crossing.year}`;
    case 'never':
      return `${first ? `never crosses ${value}` : 'never'} within ${yearSpan([crossing.first, crossing.last])}`;
    case 'no-values':
      return first ? `has no values to compare with ${value}` : 'no values';
  }
}
