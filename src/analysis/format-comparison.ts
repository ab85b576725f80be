import { changeCell, comparedCell, relativeOf, styleOf } from '../tables/comparison.js';
import { shownCell } from '../tables/show.js';
import { type Comparison, type ComparisonRow, hasAbsent, horizonsDiffer } from './compare.js';
import { hasObserved } from './compare-observed.js';

export { ABSENT, ERROR } from '../tables/show.js';

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
  /** True when rows show values published later and each scenario's projection minus them (withObserved). */
  readonly hasObserved: boolean;
}

/** A row's cells shown as the comparison's result table shows them. */
const formatRow = (row: ComparisonRow): FormattedRow => ({
  label: row.label,
  values: row.values.map((value) => shownCell(comparedCell(value, row.unit, undefined, styleOf(row)))),
  differences: row.differences.map((difference) => ({
    absolute: shownCell(changeCell(difference, row.unit)),
    relative: shownCell(relativeOf(row, difference)),
  })),
});

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
    hasAbsent: hasAbsent(comparison),
    horizonsDiffer: horizonsDiffer(comparison),
    hasObserved: hasObserved(comparison),
  };
}
