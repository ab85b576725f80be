import { formatDifference, formatNumber, formatPercentChange } from '../engine/format.js';
import type { Unit } from '../engine/types.js';
import type { TableCell } from './table.js';

/** Shown where there is no value: the scenario has no such cell, or the year is outside its horizon. */
export const ABSENT = '—';
/** Shown in place of a value that failed; the reason is listed under the table. */
export const ERROR = 'ERROR';

/** Eight significant digits in the unit: enough to tell which side of 10.00% a goal seek's answer lands. */
export function formatPrecisely(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return String(value);
  const digits = (x: number) => String(Number(x.toPrecision(8)));
  if (unit === 'percent') return `${digits(value * 100)}%`;
  if (unit === '£bn') return `${value < 0 ? '-' : ''}£${digits(Math.abs(value))}bn`;
  return digits(value);
}

/** A cell as people read it: £bn, %, pp, ERROR, —. */
export function shownCell(cell: TableCell): string {
  switch (cell.kind) {
    case 'number':
      if (cell.style === 'change') return formatDifference(cell.value, cell.unit);
      if (cell.style === 'relative-change') return formatPercentChange(cell.value, 1);
      if (cell.style === 'precise') return formatPrecisely(cell.value, cell.unit);
      return formatNumber(cell.value, cell.unit);
    case 'text':
      return cell.text;
    case 'error':
      return ERROR;
    case 'absent':
      return ABSENT;
    case 'empty':
      return '';
  }
}

/** A cell as data: the number at full precision, ERROR for a failure (its reason goes in an error column), else blank. */
export function rawCell(cell: TableCell): string {
  switch (cell.kind) {
    case 'number':
      return String(cell.value);
    case 'text':
      return cell.text;
    case 'error':
      return ERROR;
    case 'absent':
    case 'empty':
      return '';
  }
}
