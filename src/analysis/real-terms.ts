import { type CellResult, isSeries, recomputeCell, type Sheet } from '../engine/index.js';
import type { Deflator } from '../scenario/provenance.js';

/** How money is shown: as spent in each year (cash), or in the base year's prices through a deflator. */
export type Money = 'cash' | 'real';

/** The unit of money as a reader should see it: `£bn cash`, `£bn 2015/16 prices`. */
export const moneyUnit = (money: Money, baseYear: string): string => (money === 'cash' ? '£bn cash' : `£bn ${baseYear} prices`);

/** The price index in each projected year (1 in the base year), or why there is none. */
export function priceIndex(
  sheet: Sheet,
  deflator: Deflator,
): { readonly ok: true; readonly index: readonly number[] } | { readonly ok: false; readonly problem: string } {
  const result = sheet.evaluation.results.get(deflator.cell);
  if (!result) return { ok: false, problem: `the deflator ${deflator.cell} is not a cell of this scenario` };
  if (!result.ok) return { ok: false, problem: `the deflator ${deflator.cell} has an error: ${result.error}` };
  const years = sheet.evaluation.years.length;
  let index: readonly number[];
  if (deflator.kind === 'rate') {
    if (isSeries(result.value)) return { ok: false, problem: `the deflator ${deflator.cell} is a rate but has a value for each year` };
    const rate = result.value;
    index = Array.from({ length: years }, (_, i) => (1 + rate) ** (i + 1));
  } else {
    if (!isSeries(result.value)) return { ok: false, problem: `the deflator ${deflator.cell} is a price index but has a single value` };
    index = result.value;
  }
  const bad = index.findIndex((value) => !(Number.isFinite(value) && value > 0));
  if (bad >= 0) return { ok: false, problem: `the price index is ${index[bad]} in ${sheet.evaluation.years[bad]}; it must be above 0 every year` };
  return { ok: true, index };
}

/**
 * The sheet's values in base-year prices. Each £bn value of a per-year cell is divided by its year's price index
 * ((1 + rate)^t for a rate). A single £bn formula that reads such a series, directly or through other cells, such as
 * sum(extra_to_private) or last(budget), is computed again from the deflated values. Every other value is unchanged:
 * £bn inputs and single £bn formulas of the base year (they are in base-year prices already), shares and other
 * units (a share of two deflated sums is the same share). The model is unchanged; only values are.
 */
export function inRealTerms(sheet: Sheet, deflator: Deflator): { readonly ok: true; readonly sheet: Sheet } | { readonly ok: false; readonly problem: string } {
  const prices = priceIndex(sheet, deflator);
  if (!prices.ok) return prices;
  const { model, evaluation } = sheet;
  const items = model.cells.items;
  const results: (CellResult | undefined)[] = evaluation.results.items.slice();
  const changed = new Uint8Array(items.length);
  for (const position of model.orderPositions) {
    const compiled = items[position]!;
    const result = results[position]!;
    if (compiled.cell.unit !== '£bn' || !result.ok) continue;
    if (isSeries(result.value)) {
      results[position] = { ok: true, value: result.value.map((value, i) => value / prices.index[i]!) };
      changed[position] = 1;
    } else if (compiled.cell.kind === 'formula' && compiled.dependencyPositions.some((read) => changed[read])) {
      results[position] = recomputeCell(model, position, results);
      changed[position] = 1;
    }
  }
  return { ok: true, sheet: { model, evaluation: { ...evaluation, results: model.cells.withItems(results as CellResult[]) } } };
}
