import type { CellFailure } from './cell-error.js';

/**
 * A value a formula may read but that holds no number: a failing cell, or a year that is not projected. It is
 * passed to formulas like any value, and only using it fails the formula (as in a spreadsheet, `a > 0 ? 5 :
 * bad_cell` is 5 when a > 0). Every operation that receives one throws it, and the engine turns it into the
 * cell's failure.
 */
export class Unavailable {
  constructor(readonly failure: CellFailure) {}
}

/** Throws `value` when it is unavailable, so an operation fails the way its argument did. */
export function usable(value: unknown): void {
  if (value instanceof Unavailable) throw value;
}
