import type { Aggregate, Operator, Pick, YearlyFunction } from './formula-tree.js';
import { isComplex, mathFunction } from './math.js';
import { Unavailable, usable } from './unavailable.js';

/**
 * What formulas compute with, one value at a time: numbers (true and false count as 1 and 0) and, where mathjs
 * gives one, a complex number, which only becomes an error if it is the result. Every evaluation path (native
 * JavaScript, the by-tree reference, sweeps) uses these definitions, so they agree by construction on what an
 * operation means; the reference differs only in using mathjs's own functions where ours are written for speed.
 */
export type ScalarFunction = (...values: unknown[]) => unknown;

/**
 * Relative tolerance of comparisons: two numbers are equal when they differ by at most 1e-15 of the larger one
 * (about the last of 15 significant digits, so 0.1 + 0.2 == 0.3). There is no absolute tolerance: 1e-300 > 0.
 */
export const COMPARISON_TOLERANCE = 1e-15;

export function nearlyEqual(x: number, y: number): boolean {
  if (x === y) return true;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  return Math.abs(x - y) <= COMPARISON_TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
}

/** Refuses what is not a value a formula may compute with; an unavailable value fails the way it failed. */
export function checked(value: unknown): void {
  if (typeof value === 'number' || typeof value === 'boolean') return;
  usable(value);
  if (!isComplex(value)) throw new TypeError('a value is missing');
}

const toNumbers = (values: readonly unknown[]): unknown[] => values.map((value) => (typeof value === 'boolean' ? Number(value) : value));
const allNumbers = (values: readonly unknown[]): values is number[] => values.every((value) => typeof value === 'number');

/** Other values than numbers (true and false, a complex number): checked, then native if they are numbers after all. */
function slowly(native: (...values: number[]) => unknown, other: ScalarFunction, values: unknown[]): unknown {
  values.forEach(checked);
  const numbers = toNumbers(values);
  return allNumbers(numbers) ? native(...numbers) : other(...numbers);
}

/**
 * Native functions on numbers, for the inner loop of recalculation and sweeps; other values go the slow way, and
 * mathjs's function of the same name takes what is still not a number. The tree fixes how many arguments an
 * operator or function gets, so these take exactly that many.
 */
function unary(native: (x: number) => unknown, name: string): ScalarFunction {
  const other = mathFunction(name);
  return (x) => (typeof x === 'number' ? native(x) : slowly(native as never, other, [x]));
}

function binary(native: (x: number, y: number) => unknown, name: string): ScalarFunction {
  const other = mathFunction(name);
  return (x, y) => (typeof x === 'number' && typeof y === 'number' ? native(x, y) : slowly(native as never, other, [x, y]));
}

/** mathjs's own function, after refusing unavailable values; true and false are given as 1 and 0. */
function mathjs(name: string): ScalarFunction {
  const fn = mathFunction(name);
  return (...values) => {
    values.forEach(checked);
    return fn(...toNumbers(values));
  };
}

/** The test of a condition, and each side of `and` and `or`: a number (0 is false) or a comparison. */
export function conditionHolds(test: unknown): boolean {
  if (typeof test === 'boolean') return test;
  if (typeof test === 'number') return test !== 0 && !Number.isNaN(test);
  usable(test);
  throw new TypeError('a condition must be a number or a comparison');
}

function decimals(name: string, digits: number | undefined): number {
  if (digits === undefined) return 0;
  if (!Number.isInteger(digits) || digits < 0 || digits > 15) throw new TypeError(`${name}(x, n) needs a whole number of decimals n from 0 to 15`);
  return digits;
}

/**
 * floor, ceil and round as a spreadsheet user expects them: exact, without mathjs's snapping to a nearby
 * integer (floor(2.9999999999999) is 2). With n decimals, the number is taken as written in decimal (its
 * shortest form, 1.005 for 1.005), so round(1.005, 2) is 1.01; round goes half away from zero.
 */
function exactRounding(name: string, toInteger: (value: number) => number): (x: number, digits?: number) => number {
  return (x, digits) => {
    const n = decimals(name, digits);
    if (!Number.isFinite(x)) return x;
    if (n === 0) return toInteger(x);
    const [mantissa, exponent] = x.toExponential().split('e') as [string, string];
    return toInteger(Number(`${mantissa}e${Number(exponent) + n}`)) / 10 ** n;
  };
}

/** round(x) or round(x, n); the number of arguments tells which, so a missing n is never taken for none. */
function rounding(own: (x: number, digits?: number) => number, name: string): ScalarFunction {
  const one = unary((x) => own(x), name);
  const two = binary((x, digits) => own(x, digits), name);
  return (...values) => (values.length === 1 ? one(values[0]) : two(values[0], values[1]));
}

const roundHalfAway = (value: number): number => Math.sign(value) * Math.round(Math.abs(value));

const OWN = {
  round: exactRounding('round', roundHalfAway),
  floor: exactRounding('floor', Math.floor),
  ceil: exactRounding('ceil', Math.ceil),
  /** x − y·floor(x / y), with floor exact; x mod 0 is x (as in mathjs). */
  mod: (x: number, y: number) => (y === 0 ? x : x - y * Math.floor(x / y)),
};

const NATIVE_OPERATORS = {
  add: (x: number, y: number) => x + y,
  subtract: (x: number, y: number) => x - y,
  multiply: (x: number, y: number) => x * y,
  divide: (x: number, y: number) => x / y,
  unaryMinus: (x: number) => -x,
  not: (x: number) => !x,
  smaller: (x: number, y: number) => x < y && !nearlyEqual(x, y),
  larger: (x: number, y: number) => x > y && !nearlyEqual(x, y),
  smallerEq: (x: number, y: number) => x < y || nearlyEqual(x, y),
  largerEq: (x: number, y: number) => x > y || nearlyEqual(x, y),
  equal: nearlyEqual,
  unequal: (x: number, y: number) => !nearlyEqual(x, y),
};

/** A negative base with a fractional power is a complex number: mathjs says so. */
const mathPow = mathFunction('pow');
const pow: ScalarFunction = binary((x, y) => (x >= 0 || Number.isInteger(y) ? x ** y : mathPow(x, y)), 'pow');

type Functions = Record<Operator | YearlyFunction, ScalarFunction>;

const MATHJS_FUNCTIONS = ['abs', 'sqrt', 'exp', 'log', 'log10', 'sign', 'min', 'max', 'sum', 'mean', 'median', 'prod'] as const;

/** Operators and functions as the compiled code calls them: native on numbers where it matters for speed. */
export const FUNCTIONS: Functions = {
  ...(Object.fromEntries(
    Object.entries(NATIVE_OPERATORS).map(([name, native]) => [name, native.length === 2 ? binary(native as never, name) : unary(native as never, name)]),
  ) as Record<keyof typeof NATIVE_OPERATORS, ScalarFunction>),
  ...(Object.fromEntries(MATHJS_FUNCTIONS.map((name) => [name, mathjs(name)])) as Record<(typeof MATHJS_FUNCTIONS)[number], ScalarFunction>),
  pow,
  mod: binary(OWN.mod, 'mod'),
  round: rounding(OWN.round, 'round'),
  floor: rounding(OWN.floor, 'floor'),
  ceil: rounding(OWN.ceil, 'ceil'),
};

/**
 * The same operations through mathjs's own functions (its comparisons use the same tolerance), for the by-tree
 * reference; floor, ceil, round and mod are ours in both, since mathjs snaps them.
 */
export const REFERENCE_FUNCTIONS: Functions = {
  ...(Object.fromEntries(Object.keys(FUNCTIONS).map((name) => [name, mathjs(name)])) as Functions),
  mod: FUNCTIONS.mod,
  round: FUNCTIONS.round,
  floor: FUNCTIONS.floor,
  ceil: FUNCTIONS.ceil,
};

/** The value of a whole read in one year: a series' element, or a single value, the same in every year. */
export const element = (value: unknown, year: number): unknown => (Array.isArray(value) ? value[year] : value);

/**
 * How many years the argument of an aggregate or pick runs for: the length of the series among the values it
 * reads; undefined when they are all single values. A failing value that might have set it fails the argument.
 */
export function yearsOf(...values: unknown[]): number | undefined {
  let years: number | undefined;
  let unavailable: Unavailable | undefined;
  for (const value of values) {
    if (Array.isArray(value)) {
      if (years !== undefined && value.length !== years) throw new TypeError('series of different lengths');
      years = value.length;
    } else if (value instanceof Unavailable) unavailable ??= value;
  }
  if (years === undefined && unavailable) throw unavailable;
  return years;
}

/** An argument computed in one year (0-based) of its years. */
export type YearlyArgument = (year: number) => unknown;

/** Reduces an argument over its years; a single value counts once. `reduce` is mathjs's (or the reference's) function. */
export function reduceOverYears(reduce: ScalarFunction): (years: number | undefined, argument: YearlyArgument) => unknown {
  return (years, argument) => {
    const count = years ?? 1;
    const values: unknown[] = new Array(count);
    let numbers = true;
    for (let year = 0; year < count; year++) {
      const value = argument(year);
      if (typeof value !== 'number') {
        checked(value);
        numbers = false;
      }
      values[year] = value;
    }
    return reduce(numbers ? values : toNumbers(values));
  };
}

/** Aggregates of plain numbers, native and in mathjs's order of operations; anything else goes to mathjs's own. */
const NATIVE_AGGREGATES: Record<Aggregate, (values: number[]) => number> = {
  min: (values) => values.reduce((least, value) => (value < least && !nearlyEqual(value, least) ? value : least)),
  max: (values) => values.reduce((most, value) => (value > most && !nearlyEqual(value, most) ? value : most)),
  sum: (values) => values.reduce((total, value) => total + value),
  mean: (values) => values.reduce((total, value) => total + value) / values.length,
  median: (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  },
  prod: (values) => values.reduce((total, value) => total * value),
};

function aggregate(name: Aggregate): ScalarFunction {
  const other = mathFunction(name);
  const native = NATIVE_AGGREGATES[name];
  return (values) =>
    Array.isArray(values) && values.length > 0 && values.every((value) => typeof value === 'number') ? native(values as number[]) : other(values);
}

export const AGGREGATE_FUNCTIONS: Record<Aggregate, ScalarFunction> = {
  min: aggregate('min'),
  max: aggregate('max'),
  sum: aggregate('sum'),
  mean: aggregate('mean'),
  median: aggregate('median'),
  prod: aggregate('prod'),
};

/** mathjs's own aggregates, for the by-tree reference. */
export const REFERENCE_AGGREGATES: Record<Aggregate, ScalarFunction> = {
  min: mathFunction('min'),
  max: mathFunction('max'),
  sum: mathFunction('sum'),
  mean: mathFunction('mean'),
  median: mathFunction('median'),
  prod: mathFunction('prod'),
};

/** first(x), last(x), at(x, "2019/20"): the argument in one year; `index` is at()'s year, checked by the engine. */
export function pickYear(pick: Pick, years: number | undefined, argument: YearlyArgument, index?: unknown): unknown {
  if (pick === 'first') return argument(0);
  if (pick === 'last') return argument(years === undefined ? 0 : years - 1);
  usable(index);
  if (typeof index !== 'number' || index < 0 || (years !== undefined && index >= years)) throw new TypeError('that year is not in the series');
  return argument(years === undefined ? 0 : index);
}
