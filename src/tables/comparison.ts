import type { ComparedValue, Comparison, Difference } from '../analysis/compare.js';
import { type ComparisonRow, hasAbsent, horizonsDiffer } from '../analysis/compare.js';
import { hasObserved } from '../analysis/compare-observed.js';
import type { Unit } from '../engine/types.js';
import { absentCell, EMPTY, errorCell, type NumberStyle, numberCell, type Report, type Table, type TableCell, textCell } from './table.js';

/** A scenario's value in a comparison; `errorOf` words the reason of a failed one. */
export const comparedCell = (value: ComparedValue | undefined, unit: Unit, errorOf = (error: string) => error, style: NumberStyle = 'value'): TableCell =>
  value === undefined
    ? EMPTY
    : value.kind === 'value'
      ? numberCell(value.value, unit, style)
      : value.kind === 'error'
        ? errorCell(errorOf(value.error))
        : absentCell(value.reason);

/** The change from the first scenario, empty where either side has no number. */
export const changeCell = (difference: Difference | undefined, unit: Unit): TableCell => (difference ? numberCell(difference.absolute, unit, 'change') : EMPTY);

/** The relative change from the first scenario, empty where the first is 0 or missing. */
export const relativeChangeCell = (difference: Difference | undefined, unit: Unit): TableCell =>
  difference?.relative === undefined ? EMPTY : numberCell(difference.relative, unit, 'relative-change');

/** A row of differences from an observed value shows them signed, as changes; their relative change means nothing. */
export const styleOf = (row: ComparisonRow): NumberStyle => (row.part === 'projected-minus-observed' ? 'change' : 'value');
export const relativeOf = (row: ComparisonRow, difference: Difference | undefined): TableCell =>
  row.part === 'projected-minus-observed' ? EMPTY : relativeChangeCell(difference, row.unit);

function notes(comparison: Comparison): string[] {
  const lines = [`Changes are against ${comparison.scenarios[0]}; shares change in percentage points (pp).`];
  if (hasObserved(comparison))
    lines.push(
      "Observed: values published later, as a compared file records them (observed:), each with each scenario's projection for that year minus it; observations never change the model.",
    );
  if (horizonsDiffer(comparison))
    lines.push("Horizons differ: totals, and values summed over the years, cover each scenario's own years, so they are not subtracted.");
  if (hasAbsent(comparison)) lines.push('— means the scenario has no such cell, or that year is outside its horizon.');
  return lines;
}

/** For people: what each row shows, the first scenario, then for each other scenario its value, change and % change. */
function peopleTable(comparison: Comparison): Table {
  const [first = '', ...others] = comparison.scenarios;
  return {
    only: 'people',
    columns: [{ header: 'cell' }, { header: first }, ...others.flatMap((name) => [{ header: name }, { header: 'change' }, { header: '%' }])],
    rows: comparison.rows.map((row) => [
      textCell(row.label),
      comparedCell(row.values[0], row.unit, undefined, styleOf(row)),
      ...others.flatMap((_, i) => [
        comparedCell(row.values[i + 1], row.unit, undefined, styleOf(row)),
        changeCell(row.differences[i], row.unit),
        relativeOf(row, row.differences[i]),
      ]),
    ]),
    notes: notes(comparison),
  };
}

/** For data: the row's cell, part, year and unit, every scenario's value, then each later scenario's change and relative change. */
function dataTable(comparison: Comparison): Table {
  const [first = '', ...others] = comparison.scenarios;
  const sourced = hasObserved(comparison);
  const headers = [
    'cell',
    'part',
    'year',
    'unit',
    first,
    ...others,
    ...others.flatMap((name) => [`${name} change`, `${name} relative change`]),
    ...(sourced ? ['source'] : []),
  ];
  return {
    only: 'data',
    columns: headers.map((header) => ({ header })),
    rows: comparison.rows.map((row) => [
      textCell(row.cell),
      textCell(row.part),
      row.year === undefined ? EMPTY : textCell(row.year),
      textCell(row.unit),
      ...row.values.map((value, i) => comparedCell(value, row.unit, (error) => `${comparison.scenarios[i]}: ${error}`)),
      ...row.differences.flatMap((difference) => [changeCell(difference, row.unit), relativeOf(row, difference)]),
      ...(sourced ? [row.source === undefined ? EMPTY : textCell(row.source)] : []),
    ]),
  };
}

/** The JSON document of a comparison: full precision, errors and gaps in place of values. */
function comparisonDocument(comparison: Comparison, files: readonly string[]): unknown {
  const jsonValue = (value: ComparedValue) =>
    value.kind === 'value' ? value.value : value.kind === 'error' ? { error: value.error } : { absent: value.reason };
  return {
    scenarios: comparison.scenarios.map((name, i) => ({ name, file: files[i], years: comparison.years[i] })),
    rows: comparison.rows.map((row) => ({
      cell: row.cell,
      label: row.label,
      part: row.part,
      ...(row.year === undefined ? {} : { year: row.year }),
      ...(row.source === undefined ? {} : { source: row.source }),
      unit: row.unit,
      values: row.values.map(jsonValue),
      differences: row.differences.map((difference) => difference ?? null),
    })),
  };
}

/** Scenarios side by side (from `files`, in order); `failures` are the failing cells' places in every scenario. */
export const comparisonReport = (comparison: Comparison, files: readonly string[], failures: readonly string[]): Report => ({
  title: comparison.scenarios.join(' vs '),
  titleInText: false,
  tables: [peopleTable(comparison), dataTable(comparison)],
  failures,
  document: comparisonDocument(comparison, files),
});
