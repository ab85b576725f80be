import type { CellFailure } from './cell-error.js';

/** How a number is shown to people. `percent` values are stored as fractions (0.076 = 7.6%). */
export type Unit = '£bn' | 'percent' | 'years' | 'number';
export const UNITS: readonly Unit[] = ['£bn', 'percent', 'years', 'number'];

/** A per-year series over the horizon: index 0 is the first projected year (t = 1). */
export type Series = readonly number[];
export type Value = number | Series;

interface CellInfo {
  readonly name: string;
  readonly unit: Unit;
  readonly description?: string;
  readonly source?: string;
}

/**
 * How an uncertain input is spread over its range. For triangular (the default) and PERT, low, value and high are the
 * minimum, the most likely value and the maximum; for uniform, low and high are the ends; for normal and lognormal,
 * low and high are the 5th and 95th percentiles.
 */
export const DISTRIBUTIONS = ['triangular', 'uniform', 'pert', 'normal', 'lognormal'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

export interface InputCell extends CellInfo {
  readonly kind: 'input';
  readonly value: number;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  /** A plausible range: the tornado's ends, and with `distribution` what a simulation draws from. */
  readonly low?: number;
  readonly high?: number;
  readonly distribution?: Distribution;
}

export interface FormulaCell extends CellInfo {
  readonly kind: 'formula';
  readonly formula: string;
}

export type Cell = InputCell | FormulaCell;

/** A cell's value, or why it has none: `error` is the message for people, `origin` says whose error it is. */
export type CellResult = { readonly ok: true; readonly value: Value } | CellFailure;

export const isSeries = (value: Value): value is Series => typeof value !== 'number';
