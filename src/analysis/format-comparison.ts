import { formatDifference, formatNumber, formatPercentChange } from '../engine/index.js';
import type { ComparedValue, Comparison, ComparisonRow } from './compare.js';

/** Shown where a scenario has no value: the cell is not in it, or the year is outside its horizon. */
export const ABSENT = '—';
export const ERROR = 'ERROR';

export interface FormattedDifference {
  /** e.g. `+£9.71bn`, `+1.60 pp` for shares; empty where either side has no number. */
  readonly absolute: string;
  /** e.g. `+52.0%`; empty when the first scenario's value is 0 or missing. */
  readonly relative: string;
}

export interface FormattedRow {
  readonly label: string;
  readonly values: readonly string[];
  readonly differences: readonly FormattedDifference[];
}

export interface FormattedComparison {
  readonly scenarios: readonly string[];
  readonly rows: readonly FormattedRow[];
  /** `scenario: cell: error` for every cell in error, once each. */
  readonly errors: readonly string[];
  /** True when some value shows as ABSENT. */
  readonly hasAbsent: boolean;
  /** True when the scenarios project different years, so totals cover different periods. */
  readonly horizonsDiffer: boolean;
}

const shown = (value: ComparedValue, row: ComparisonRow): string =>
  value.kind === 'value' ? formatNumber(value.value, row.unit) : value.kind === 'error' ? ERROR : ABSENT;

function formatRow(row: ComparisonRow): FormattedRow {
  const reference = row.values[0];
  return {
    label: row.label,
    values: row.values.map((value) => shown(value, row)),
    differences: row.differences.map((difference) =>
      difference && reference?.kind === 'value'
        ? { absolute: formatDifference(difference.absolute, row.unit), relative: formatPercentChange(difference.absolute, reference.value) }
        : { absolute: '', relative: '' },
    ),
  };
}

function errorLines(comparison: Comparison): string[] {
  const lines = new Set<string>();
  for (const row of comparison.rows) {
    row.values.forEach((value, i) => {
      if (value.kind === 'error') lines.add(`${comparison.scenarios[i]}: ${row.cell}: ${value.error}`);
    });
  }
  return [...lines];
}

/** The comparison as people read it: £bn, %, pp; ready for any table-shaped view. */
export function formatComparison(comparison: Comparison): FormattedComparison {
  return {
    scenarios: comparison.scenarios,
    rows: comparison.rows.map(formatRow),
    errors: errorLines(comparison),
    hasAbsent: comparison.rows.some((row) => row.values.some((value) => value.kind === 'absent')),
    horizonsDiffer: comparison.years.some((years) => years.join() !== comparison.years[0]?.join()),
  };
}
