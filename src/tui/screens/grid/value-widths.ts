import { type CellResult, formatNumber, isSeries, type Sheet, type Unit } from '../../../engine/index.js';
import { textWidth } from '../../wrap.js';

/** How wide a cell's numbers are as shown: its Value column (a series' last year) and its widest year. */
export interface ValueWidths {
  readonly value: number;
  readonly year: number;
}

const ERROR_TEXT_WIDTH = 'error'.length;
const measured = new WeakMap<CellResult, { readonly unit: Unit; readonly widths: ValueWidths }>();

function widthsOf(result: CellResult, unit: Unit): ValueWidths {
  if (!result.ok) return { value: ERROR_TEXT_WIDTH, year: 0 };
  if (!isSeries(result.value)) return { value: textWidth(formatNumber(result.value, unit)), year: 0 };
  const year = result.value.reduce((widest, value) => Math.max(widest, textWidth(formatNumber(value, unit))), 0);
  const last = result.value.at(-1);
  return { value: last === undefined ? 0 : textWidth(formatNumber(last, unit)), year };
}

/**
 * The widest Value and year texts of the sheet. Each result is measured once: recalculation keeps the results it
 * did not touch as the same objects, so after an edit only the cells that changed are formatted again.
 */
export function valueWidths(sheet: Sheet): ValueWidths {
  let value = 0;
  let year = 0;
  for (const compiled of sheet.model.cells.values()) {
    const result = sheet.evaluation.results.get(compiled.cell.name);
    if (!result) continue;
    const { unit } = compiled.cell;
    let known = measured.get(result);
    if (known?.unit !== unit) {
      known = { unit, widths: widthsOf(result, unit) };
      measured.set(result, known);
    }
    value = Math.max(value, known.widths.value);
    year = Math.max(year, known.widths.year);
  }
  return { value, year };
}
