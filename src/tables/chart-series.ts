import { crossingSentence } from '../charts/crossing.js';
import type { ChartInput } from '../charts/model.js';
import { chartYears } from '../charts/years.js';
import { formatNumber } from '../engine/format.js';
import { absentCell, type Column, numberCell, type Report, type TableCell, textCell } from './table.js';

const OUTSIDE = absentCell('outside the horizon');

/**
 * A chart's lines as a table: one row per year on its axis, one column per scenario, and beside a scenario with values
 * observed for the cell a column of them; notes name the reference line, where each line crosses it, and the sources of
 * the observed values.
 */
export function chartSeriesReport(input: ChartInput, title = `${input.quantity} by year`): Report {
  const years = chartYears(input);
  const columns: Column[] = [{ header: 'year' }];
  const values: ((year: string) => TableCell)[] = [];
  for (const series of input.series) {
    const at = new Map(series.years.map((year, i) => [year, series.values[i]!]));
    columns.push({ header: series.name });
    values.push((year) => {
      const value = at.get(year);
      return value === undefined || !Number.isFinite(value) ? OUTSIDE : numberCell(value, input.unit);
    });
    const observed = series.observed;
    if (!observed) continue;
    const seen = new Map(observed.points.map((point) => [point.year, point.value]));
    columns.push({ header: `${series.name} observed` });
    values.push((year) => {
      const value = seen.get(year);
      return value === undefined ? absentCell('not observed') : numberCell(value, input.unit);
    });
  }
  const rows = years.map((year) => [textCell(year), ...values.map((value) => value(year))]);
  const observedNotes = input.series.flatMap((series) => (series.observed ? [`${series.name} observed: ${series.observed.source}.`] : []));
  const crossing = crossingSentence(input);
  const notes = [
    ...(input.reference === undefined ? [] : [`Reference line at ${formatNumber(input.reference, input.unit)}${crossing ? `: ${crossing}` : ''}.`]),
    ...observedNotes,
    ...(observedNotes.length > 0 ? ['Observed values never change the model.'] : []),
    ...(rows.some((row) => row.some((cell) => cell.kind === 'absent')) ? ['— means no value for that year: outside the horizon, or not observed.'] : []),
  ];
  return { title, tables: [{ columns, rows, ...(notes.length > 0 ? { notes } : {}) }], failures: [] };
}
