import { affectedBy, type CellResult, HORIZON_CELL, type NamedSheet, type Unit } from '../engine/index.js';

export type ComparedValue =
  | { readonly kind: 'value'; readonly value: number }
  | { readonly kind: 'error'; readonly error: string }
  /** The scenario has nothing to show here: the cell is not in it, or the year is outside its horizon. */
  | { readonly kind: 'absent'; readonly reason: string };

/** A scenario's value minus the first scenario's; `relative` is that over |first|, absent when the first is 0. */
export interface Difference {
  readonly absolute: number;
  readonly relative?: number;
}

export interface ComparisonRow {
  readonly cell: string;
  /** What the row shows, e.g. `cumulative_extra_to_private`, `budget 2020/21`, `budget total 2016/17–2020/21`. */
  readonly label: string;
  /**
   * `value` for a single-number cell, `year` for one year of a series, `total` for a series summed over the horizon;
   * `observed` for a value a compared file records as observed, and `projected-minus-observed` for each scenario's
   * projection of that year minus it (see withObserved).
   */
  readonly part: 'value' | 'year' | 'total' | 'observed' | 'projected-minus-observed';
  readonly year?: string;
  /** The id of the record an observed value comes from. */
  readonly source?: string;
  readonly unit: Unit;
  /** One per scenario, in the order given. */
  readonly values: readonly ComparedValue[];
  /** One per scenario after the first; undefined where either side has no number. */
  readonly differences: readonly (Difference | undefined)[];
}

export interface Comparison {
  readonly scenarios: readonly string[];
  /** Each scenario's projected years. */
  readonly years: readonly (readonly string[])[];
  readonly rows: readonly ComparisonRow[];
}

/**
 * How series cells become rows. `summary`: the final year of each scenario's horizon and, for money, the total
 * over the horizon: the two figures a briefing quotes. `every-year`: every year any scenario projects, then the total.
 */
export type SeriesRows = 'summary' | 'every-year';

/** Every cell name in any scenario: the first scenario's order, then names only later scenarios have. */
export function comparableCells(entries: readonly NamedSheet[]): string[] {
  const names = new Set<string>();
  for (const entry of entries) for (const name of entry.model.cells.keys()) names.add(name);
  return [...names];
}

const NOT_IN_SCENARIO: ComparedValue = { kind: 'absent', reason: 'not in this scenario' };

function difference(value: ComparedValue, reference: ComparedValue | undefined): Difference | undefined {
  if (value.kind !== 'value' || reference?.kind !== 'value') return undefined;
  const absolute = value.value - reference.value;
  return reference.value === 0 ? { absolute } : { absolute, relative: absolute / Math.abs(reference.value) };
}

function row(
  cell: string,
  label: string,
  part: ComparisonRow['part'],
  unit: Unit,
  values: ComparedValue[],
  year?: string,
  comparable: (index: number) => boolean = () => true,
): ComparisonRow {
  const differences = values.slice(1).map((value, i) => (comparable(i + 1) ? difference(value, values[0]) : undefined));
  return { cell, label, part, unit, values, differences, ...(year === undefined ? {} : { year }) };
}

const resultOf = (entry: NamedSheet, cell: string): CellResult | undefined => (entry.model.cells.has(cell) ? entry.evaluation.results.get(cell) : undefined);

function yearValue(entry: NamedSheet, cell: string, year: string): ComparedValue {
  const result = resultOf(entry, cell);
  if (!result) return NOT_IN_SCENARIO;
  if (!result.ok) return { kind: 'error', error: result.error };
  // A single number holds for every year.
  if (typeof result.value === 'number') return { kind: 'value', value: result.value };
  const index = entry.evaluation.years.indexOf(year);
  const value = index >= 0 ? result.value[index] : undefined;
  return value === undefined ? { kind: 'absent', reason: `${year} is outside this scenario's horizon` } : { kind: 'value', value };
}

function totalValue(entry: NamedSheet, cell: string): ComparedValue {
  const result = resultOf(entry, cell);
  if (!result) return NOT_IN_SCENARIO;
  if (!result.ok) return { kind: 'error', error: result.error };
  if (typeof result.value === 'number') return { kind: 'absent', reason: 'a single number in this scenario, not a series' };
  return { kind: 'value', value: result.value.reduce((sum, value) => sum + value, 0) };
}

function scalarValue(entry: NamedSheet, cell: string): ComparedValue {
  const result = resultOf(entry, cell);
  if (!result) return NOT_IN_SCENARIO;
  if (!result.ok) return { kind: 'error', error: result.error };
  if (typeof result.value === 'number') return { kind: 'value', value: result.value };
  // Only reached when no scenario has the cell as a series but evaluation produced one anyway.
  return { kind: 'absent', reason: 'a series in this scenario' };
}

const sameYearsAsFirst = (entries: readonly NamedSheet[], index: number): boolean =>
  entries[index]?.evaluation.years.join() === entries[0]?.evaluation.years.join();

const byYear = (years: Iterable<string>) => [...new Set(years)].sort();

const span = (years: readonly string[]) => (years.length === 1 ? years[0]! : `${years[0]}–${years[years.length - 1]}`);

function seriesRows(entries: readonly NamedSheet[], cell: string, unit: Unit, mode: SeriesRows): ComparisonRow[] {
  const withSeries = entries.filter((entry) => entry.model.cells.get(cell)?.series === true);
  const horizons = withSeries.map((entry) => entry.evaluation.years);
  const years = mode === 'every-year' ? byYear(horizons.flat()) : byYear(horizons.flatMap((list) => list.slice(-1)));
  const rows = years.map((year) =>
    row(
      cell,
      `${cell} ${year}`,
      'year',
      unit,
      entries.map((entry) => yearValue(entry, cell, year)),
      year,
    ),
  );
  // Sums of money are meaningful; sums of shares or counts are not.
  if (unit === '£bn') {
    const sameHorizon = horizons.every((list) => list.join() === horizons[0]?.join());
    const period = sameHorizon && horizons[0] && horizons[0].length > 0 ? span(horizons[0]) : 'over each horizon';
    // Totals over different horizons are shown but not subtracted: the difference would mostly measure the horizon.
    rows.push(
      row(
        cell,
        `${cell} total ${period}`,
        'total',
        unit,
        entries.map((entry) => totalValue(entry, cell)),
        undefined,
        (index) => sameYearsAsFirst(entries, index),
      ),
    );
  }
  return rows;
}

/**
 * Lines up the cells of several evaluated scenarios, with each later scenario's difference from the first.
 * `cellNames` defaults to every cell in any scenario. A cell a scenario lacks, or whose value is an error,
 * shows as such in that scenario's column; series are aligned by year label, so horizons may differ.
 */
export function compareScenarios(entries: readonly NamedSheet[], cellNames?: readonly string[], mode: SeriesRows = 'summary'): Comparison {
  // A single number computed from a series (such as a sum over the years) measures the horizon too, so it is
  // only subtracted between scenarios that project the same years.
  const horizonDependent = entries.map((entry) => new Set(affectedBy(entry.model, [HORIZON_CELL]).filter((name) => name !== HORIZON_CELL)));
  const rows = (cellNames ?? comparableCells(entries)).flatMap((cell) => {
    const compiled = entries.map((entry) => entry.model.cells.get(cell)).find((found) => found !== undefined);
    const unit = compiled?.cell.unit ?? 'number';
    if (entries.some((entry) => entry.model.cells.get(cell)?.series === true)) return seriesRows(entries, cell, unit, mode);
    const comparable = (index: number) => sameYearsAsFirst(entries, index) || !(horizonDependent[0]!.has(cell) || horizonDependent[index]!.has(cell));
    return [
      row(
        cell,
        cell,
        'value',
        unit,
        entries.map((entry) => scalarValue(entry, cell)),
        undefined,
        comparable,
      ),
    ];
  });
  return { scenarios: entries.map((entry) => entry.name), years: entries.map((entry) => entry.evaluation.years), rows };
}

/** True when some scenario has no value for some row: it lacks the cell, or the year is outside its horizon. */
export const hasAbsent = (comparison: Comparison): boolean => comparison.rows.some((row) => row.values.some((value) => value.kind === 'absent'));

/** True when the scenarios project different years, so totals cover different periods. */
export const horizonsDiffer = (comparison: Comparison): boolean => comparison.years.some((years) => years.join() !== comparison.years[0]?.join());
