import { isObservedPart } from '../../../analysis/compare-observed.js';
import type { Comparison, FormattedComparison, FormattedRow } from '../../../analysis/index.js';
import { direction } from './comparison-marks.js';

/** A row as the comparison screen shows it: a total is labelled without its years, which the notes give once. */
export interface ShownRow {
  readonly label: string;
  readonly row: FormattedRow;
  /** A value published later, or each projection minus it (see withObserved). */
  readonly observed: boolean;
}

/** True when some scenario shows something other than the reference: another value, or a change that does not round to zero. */
export function rowDiffers(row: FormattedRow): boolean {
  const [reference] = row.values;
  if (row.values.some((value) => value !== reference)) return true;
  return row.differences.some((difference) => {
    const way = direction(difference.absolute);
    return way === 'up' || way === 'down';
  });
}

/** The labels of the rows: `extra_to_private total` for a total over the horizon, other labels as they are. */
const shownLabels = (comparison: Comparison): string[] => comparison.rows.map((row) => (row.part === 'total' ? `${row.cell} total` : row.label));

/** The years every total covers, when the scenarios project the same years (`2016/17–2020/21`). */
export function totalsPeriod(comparison: Comparison): string | undefined {
  const [first] = comparison.years;
  if (!first || first.length === 0 || comparison.years.some((years) => years.join() !== first.join())) return undefined;
  return first.length === 1 ? first[0] : `${first[0]}–${first.at(-1)}`;
}

/** Every row of the comparison as shown, and the rows where some scenario differs from the reference. */
export function shownRows(comparison: Comparison, formatted: FormattedComparison): { readonly all: ShownRow[]; readonly changed: ShownRow[] } {
  const labels = shownLabels(comparison);
  const parts = comparison.rows.map((row) => row.part);
  const all = formatted.rows.map((row, i) => ({
    label: labels[i] ?? row.label,
    row,
    observed: isObservedPart(parts[i]!),
  }));
  // An observed value is the same for every scenario: it is shown with the row of projections minus it, when that differs.
  const differs = (i: number) => rowDiffers(all[i]!.row) || (parts[i] === 'observed' && rowDiffers(all[i + 1]!.row));
  return { all, changed: all.filter((_, i) => differs(i)) };
}
