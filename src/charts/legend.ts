import { formatNumber } from '../engine/index.js';
import type { ChartInput } from './model.js';

/**
 * What a character of the chart shows, so a view can colour it: text and axes, the zero line, the reference line,
 * or a series' line, mark, observed point or band (by the series' place in the chart's input).
 */
export type Ink = { readonly role: 'text' | 'axis' | 'zero' | 'reference' } | { readonly role: 'line' | 'observed' | 'band'; readonly series: number };

export const TEXT: Ink = { role: 'text' };
export const AXIS: Ink = { role: 'axis' };
export const ZERO: Ink = { role: 'zero' };
export const REFERENCE: Ink = { role: 'reference' };

/** Each series' mark, at its points and in the legend, so lines tell apart without colour; after ten they repeat. */
export const SERIES_MARKS = ['●', '■', '▲', '◆', '▼', '★', '○', '□', '△', '◇'] as const;
export const OBSERVED_MARK = '×';
export const BAND_SHADE = '░';
export const REFERENCE_RULE = '┈';
export const ZERO_RULE = '─';

export const seriesMark = (series: number): string => SERIES_MARKS[series % SERIES_MARKS.length]!;

/** One entry of the legend: a mark and what it stands for. */
export interface LegendEntry {
  readonly mark: string;
  readonly label: string;
  readonly ink: Ink;
}

/**
 * The legend: each series by its mark, then observed points and bands (naming their series when there are several
 * series), then the reference line with its value.
 */
export function legendEntries(input: ChartInput): LegendEntry[] {
  const several = input.series.length > 1;
  const whose = (name: string) => (several ? ` (${name})` : '');
  const entries: LegendEntry[] = input.series.map((series, i) => ({ mark: seriesMark(i), label: series.name, ink: { role: 'line', series: i } }));
  input.series.forEach((series, i) => {
    if (series.observed && series.observed.points.length > 0) {
      entries.push({ mark: OBSERVED_MARK, label: `observed, ${series.observed.source}${whose(series.name)}`, ink: { role: 'observed', series: i } });
    }
  });
  input.series.forEach((series, i) => {
    if (series.band && series.band.points.length > 0)
      entries.push({ mark: BAND_SHADE, label: `${series.band.label}${whose(series.name)}`, ink: { role: 'band', series: i } });
  });
  if (input.reference !== undefined && Number.isFinite(input.reference)) {
    entries.push({ mark: REFERENCE_RULE, label: formatNumber(input.reference, input.unit), ink: REFERENCE });
  }
  return entries;
}
