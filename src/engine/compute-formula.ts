import { type CellFailure, passedOn, runtimeFailure, staticFailure } from './cell-error.js';
import type { ParsedFormula } from './formula.js';
import { yearsUpTo } from './horizon.js';
import { isComplex } from './math.js';
import { HORIZON_CELL } from './names.js';
import type { CellResult } from './types.js';
import { Unavailable } from './unavailable.js';
import { yearIndex, yearLabels } from './years.js';

/** Where a read comes from: a cell's position (0 or more), the year `t`, or a fiscal year given to at(). */
export const YEAR_READ = -1;
export const LABEL_READ = -2;
/** A name that is not a cell: the formula has a static error and is never computed. */
export const MISSING_READ = -3;

/** What computing a formula needs from its model. */
export interface FormulaSetting {
  readonly baseYear: string;
  /** Names of the cells, by position. */
  readonly nameAt: (position: number) => string;
  /** The horizon cell's position, if there is one. */
  readonly horizonPosition: number | undefined;
}

export type Results = readonly (CellResult | undefined)[];

/** The number of projected years, or why there is none. */
function horizonIn(setting: FormulaSetting, results: Results): number | CellFailure {
  const position = setting.horizonPosition;
  if (position === undefined) return staticFailure(`needs an input named ${HORIZON_CELL}`, 'unknown-name');
  const result = results[position]!;
  // Only a valid input gives the horizon a value: a formula named horizon_years is refused when the model is built.
  return result.ok ? (result.value as number) : passedOn(HORIZON_CELL, result);
}

/** A formula's result as the engine accepts it: a finite number (true and false count as 1 and 0). */
function asNumber(result: unknown): number | CellFailure {
  if (typeof result === 'number') {
    return Number.isFinite(result) ? result : runtimeFailure(`result is ${result} (division by zero or a number out of range)`);
  }
  if (typeof result === 'boolean') return result ? 1 : 0;
  if (result instanceof Unavailable) return result.failure;
  const type =
    result === null || result === undefined ? String(result) : isComplex(result) ? 'Complex' : ((result as object).constructor?.name ?? typeof result);
  return runtimeFailure(`result is ${type === 'Complex' ? 'a complex number (square root or log of a negative?)' : type}, not a number`);
}

const failureOf = (error: unknown): CellFailure =>
  error instanceof Unavailable ? error.failure : runtimeFailure(error instanceof Error ? error.message : String(error));

/**
 * Computes a formula from the results of the cells it reads (`positions`, one per read). A failing cell it reads is
 * passed in as an Unavailable value, so the formula fails only if it uses that value, with the error passed on
 * from that cell. A `series` formula is computed once per projected year. `byTree` uses the by-tree reference.
 */
export function computeFormula(
  setting: FormulaSetting,
  formula: ParsedFormula,
  positions: readonly number[],
  series: boolean,
  results: Results,
  byTree = false,
): CellResult {
  const { reads } = formula;
  const args: unknown[] = new Array(reads.length);
  // No closures here: this runs once per cell in every recalculation.
  let horizon: number | CellFailure | undefined;
  let perYear: { read: number; values: readonly number[] | undefined }[] | undefined;
  for (let i = 0; i < reads.length; i++) {
    const position = positions[i]!;
    const read = reads[i]!;
    if (position >= 0) {
      const result = results[position]!;
      if (!result.ok) args[i] = new Unavailable(passedOn(setting.nameAt(position), result));
      else if (typeof result.value === 'number' || (read.kind === 'cell' && read.whole)) args[i] = result.value;
      else {
        perYear ??= [];
        perYear.push({ read: i, values: result.value });
      }
      continue;
    }
    horizon ??= horizonIn(setting, results);
    if (typeof horizon !== 'number') args[i] = new Unavailable(horizon);
    else if (read.kind === 'label') args[i] = labelIndex(setting.baseYear, read.label, read.year, horizon);
    else if (read.whole) args[i] = yearsUpTo(horizon);
    else {
      perYear ??= [];
      perYear.push({ read: i, values: undefined });
    }
  }
  const run = byTree ? formula.evaluateByTree : formula.evaluate;
  // Aggregates and picks do not depend on the year: computed once for all the years.
  const memo = formula.memos === 0 ? undefined : new Array(formula.memos);
  try {
    if (!series) {
      const value = asNumber(run(args, memo));
      return typeof value === 'number' ? { ok: true, value } : value;
    }
    horizon ??= horizonIn(setting, results);
    if (typeof horizon !== 'number') return horizon;
    const values: number[] = new Array(horizon);
    for (let year = 0; year < horizon; year++) {
      if (perYear) for (const { read, values: series } of perYear) args[read] = series === undefined ? year + 1 : series[year];
      const value = asNumber(run(args, memo));
      if (typeof value !== 'number') {
        return value.origin.kind === 'runtime' ? runtimeFailure(`${yearLabels(setting.baseYear, horizon)[year]}: ${value.error}`) : value;
      }
      values[year] = value;
    }
    return { ok: true, value: values };
  } catch (error) {
    return failureOf(error);
  }
}

/** The 0-based year at() reads, or why it is not a projected year. */
function labelIndex(baseYear: string, label: string, year: number, horizon: number): number | Unavailable {
  const index = yearIndex(baseYear, year);
  if (index >= 0 && index < horizon) return index;
  const labels = yearLabels(baseYear, horizon);
  const range = horizon === 1 ? `only ${labels[0]}` : `${labels[0]} to ${labels[horizon - 1]}`;
  return new Unavailable(runtimeFailure(`at(…, "${label}"): ${label} is not a projected year (the years are ${range})`));
}
