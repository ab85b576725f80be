import { type LevelsResult, parseLevels } from '../analysis/levels.js';
import { formatNumber, type InputCell } from '../engine/index.js';
import { readValue } from './value-text.js';

/** A data table's levels for one input as typed (`10%,30%,52.9%` or `1%:5%:1%`), read in the input's unit and within its min and max. */
export const readLevels = (cell: InputCell, text: string): LevelsResult =>
  parseLevels(
    text,
    (part) => readValue(cell, part),
    (value) => formatNumber(value, cell.unit),
    // A step is an amount in the input's unit, not a value of it: the input's min and max do not bound it.
    (part) => readValue({ ...cell, min: undefined, max: undefined }, part),
  );
