import { type AggregateNode, type FormulaNode, foldFormula, type Operator, type PickNode, type Read, type YearlyFunction } from './formula-tree.js';
import { COMPARISON_TOLERANCE } from './scalar.js';
import { yearIndex } from './years.js';

/**
 * A formula written for a spreadsheet (Excel, LibreOffice Calc), meaning what the engine means by it:
 *
 * - `^` and unary minus are bracketed, since a spreadsheet reads `2^3^2` as 64 and `-2^2` as 4; `x^y` with an
 *   exponent that may be 0 is guarded, since Excel makes 0^0 an error where the engine gives 1.
 * - `x mod y` is x − y·floor(x/y) written out (Excel's MOD fails on y = 0 and on large quotients), with x for y = 0.
 * - Comparisons carry the engine's tolerance, written out (`ABS(a-b)<=1E-15*MAX(ABS(a),ABS(b))`), except where it
 *   cannot matter: against 0 (there is no tolerance near zero) and between numbers written in the formula or years.
 * - `and`/`or` are nested IFs giving 1 or 0, so the right side is computed only when needed (Excel's AND and OR compute every
 *   argument, and fail if any fails). `?:` is IF, which computes only the branch taken.
 * - true and false become 1 and 0 wherever a number is needed: Excel's SUM skips a cell holding TRUE, and TRUE is
 *   larger than every number in a comparison, where the engine counts 1.
 * - round is ROUND (half away from zero in both); floor and ceil start from ROUND and step to the right side of x.
 * - Aggregates and picks over the years: of a whole series cell, its defined name (`SUM(extra_to_private)`,
 *   `INDEX(budget,1,5)`); of any other argument, that argument written once per year.
 *
 * What has no spreadsheet form that means the same is refused with ExcelRefusal, never written differently.
 */

/** A formula the spreadsheet cannot be given with the same meaning; the message says why. */
export class ExcelRefusal extends Error {}

/** Excel's limits on one formula. */
const MAX_EXCEL_FORMULA_LENGTH = 8192;
const MAX_EXCEL_NESTING = 64;
const MAX_EXCEL_ARGUMENTS = 255;

/** Where the spreadsheet holds what a formula reads. */
export interface ExcelPlaces {
  /** The number of projected years: the workbook has one column for each. */
  readonly horizon: number;
  readonly baseYear: string;
  /** Whether the cell has a value per year (a row of the workbook) or one value. */
  readonly isSeries: (cell: string) => boolean;
  /**
   * How a cell is referred to: its defined name (a single value, or a whole series' row), or with `year` (1-based)
   * the reference to that year's cell of a series.
   */
  readonly reference: (cell: string, year?: number) => string;
  /** The cell holding the year number `t` of a year (1-based), and the row of them all. */
  readonly yearCell: (year: number) => string;
  readonly yearRow: string;
}

type Kind = 'number' | 'boolean';

/** An emitted expression: its text, whether it gives a number or true/false, and how tightly it binds. */
interface Emitted {
  readonly text: string;
  readonly kind: Kind;
  readonly binding: number;
  /** A whole number for certain (one written in the formula, a year, true or false as 1 or 0): compared without tolerance. */
  readonly whole: boolean;
  /** 0 written in the formula. */
  readonly zero: boolean;
  /** Never 0: a number other than 0 written in the formula, or a year. */
  readonly nonZero: boolean;
  /** The number, when it is one written in the formula. */
  readonly literal?: number;
}

const COMPARISON = 1;
const ADDITIVE = 2;
const MULTIPLICATIVE = 3;
const POWER = 4;
const ATOM = 9;

const atom = (text: string, kind: Kind = 'number', whole = false, nonZero = false): Emitted => ({ text, kind, binding: ATOM, whole, zero: false, nonZero });

/** Whole numbers this small differ by at least 1 when they differ, far more than the tolerance of comparisons. */
const SMALL_WHOLE = 2 ** 31;

/**
 * The shortest digits that read back as the number, written out without an exponent where that stays short
 * (0.000000000000001 for 1e-15; every spreadsheet reads it, where some do not read exponents in formulas).
 */
function plainNumber(value: number): string {
  const shortest = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (!match) return shortest;
  const [, sign, head, tail = '', power] = match;
  const exponent = Number(power);
  if (Math.abs(exponent) > 30) return shortest.toUpperCase();
  const digits = `${head}${tail}`;
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  return `${sign}${digits.padEnd(exponent + 1, '0')}`;
}

/** The text of a number; negative numbers bind like a unary minus. */
function numberText(value: number): Emitted {
  return {
    text: plainNumber(value),
    kind: 'number',
    binding: value < 0 ? ADDITIVE : ATOM,
    whole: Number.isInteger(value) && Math.abs(value) < SMALL_WHOLE,
    zero: value === 0,
    nonZero: value !== 0,
    literal: value,
  };
}

/** `expression` as a number: true and false become 1 and 0. */
const asNumber = (expression: Emitted): Emitted => (expression.kind === 'number' ? expression : atom(`IF(${expression.text},1,0)`, 'number', true));

/** `expression` bracketed unless it binds at least as tightly as `binding`. */
const operand = (expression: Emitted, binding: number): string => (expression.binding >= binding ? expression.text : `(${expression.text})`);

function call(name: string, args: readonly Emitted[], kind: Kind = 'number'): Emitted {
  if (args.length > MAX_EXCEL_ARGUMENTS) throw new ExcelRefusal(`${name}() would get ${args.length} arguments; Excel takes at most ${MAX_EXCEL_ARGUMENTS}`);
  return atom(`${name}(${args.map((arg) => arg.text).join(',')})`, kind);
}

const binary = (left: Emitted, symbol: string, right: Emitted, binding: number, kind: Kind = 'number'): Emitted => ({
  // Left-associative in the spreadsheet as in the engine, except `^` (right-associative in the engine): its left
  // side is bracketed unless it is an atom.
  text: `${operand(left, symbol === '^' ? ATOM : binding)}${symbol}${operand(right, binding + 1)}`,
  kind,
  binding,
  whole: false,
  zero: false,
  nonZero: false,
});

const TOLERANCE = numberText(COMPARISON_TOLERANCE).text;

/** `1E-15*MAX(ABS(a),ABS(b))`: the engine's tolerance for comparing a and b. */
const toleranceOf = (a: Emitted, b: Emitted): Emitted => atom(`${TOLERANCE}*MAX(ABS(${a.text}),ABS(${b.text}))`);

/** A comparison with the engine's meaning: exactly one of <, ==, > holds, with == allowing 1e-15 of the larger side. */
function compare(operator: Operator, left: Emitted, right: Emitted): Emitted {
  const a = asNumber(left);
  const b = asNumber(right);
  const plain = (a.whole && b.whole) || a.zero || b.zero;
  if (plain) {
    const symbols: Partial<Record<Operator, string>> = { smaller: '<', larger: '>', smallerEq: '<=', largerEq: '>=', equal: '=', unequal: '<>' };
    return binary(a, symbols[operator]!, b, COMPARISON, 'boolean');
  }
  const tolerance = toleranceOf(a, b);
  const difference = (x: Emitted, y: Emitted) => binary(x, '-', y, ADDITIVE);
  const absolute = atom(`ABS(${difference(a, b).text})`);
  switch (operator) {
    case 'equal':
      return binary(absolute, '<=', tolerance, COMPARISON, 'boolean');
    case 'unequal':
      return binary(absolute, '>', tolerance, COMPARISON, 'boolean');
    case 'smaller':
      return binary(difference(b, a), '>', tolerance, COMPARISON, 'boolean');
    case 'larger':
      return binary(difference(a, b), '>', tolerance, COMPARISON, 'boolean');
    case 'smallerEq':
      return binary(difference(a, b), '<=', tolerance, COMPARISON, 'boolean');
    default:
      return binary(difference(b, a), '<=', tolerance, COMPARISON, 'boolean');
  }
}

/** x^y; Excel makes 0^0 an error where the engine gives 1, so an exponent that may be 0 is checked first. */
function power(base: Emitted, exponent: Emitted): Emitted {
  const raised = binary(base, '^', exponent, POWER);
  if (exponent.nonZero) return raised;
  if (exponent.zero) return numberText(1);
  return atom(`IF(${operand(exponent, COMPARISON + 1)}=0,1,${raised.text})`);
}

/** x − y·floor(x/y), and x when y is 0. */
function modulo(x: Emitted, y: Emitted): Emitted {
  const quotient = binary(x, '/', y, MULTIPLICATIVE);
  const rest = binary(x, '-', binary(y, '*', rounding('floor', quotient), MULTIPLICATIVE), ADDITIVE);
  if (y.nonZero) return rest;
  if (y.zero) return x;
  return atom(`IF(${operand(y, COMPARISON + 1)}=0,${x.text},${rest.text})`);
}

const negate = (x: Emitted): Emitted =>
  x.literal === undefined ? { ...x, text: `-${operand(x, ATOM)}`, kind: 'number', binding: ADDITIVE } : numberText(-x.literal);

/** The engine's decimals: a whole number from 0 to 15, written in the formula. */
function decimalsOf(name: string, digits: FormulaNode | undefined): number | undefined {
  if (digits === undefined) return undefined;
  const value =
    digits.kind === 'number'
      ? digits.value
      : digits.kind === 'operator' && digits.operator === 'unaryMinus' && digits.args[0]?.kind === 'number'
        ? -digits.args[0].value
        : undefined;
  if (value === undefined) {
    throw new ExcelRefusal(
      `${name}(x, n) needs the number of decimals n written as a number: the engine refuses any n but a whole number from 0 to 15, which Excel does not`,
    );
  }
  if (!Number.isInteger(value) || value < 0 || value > 15) throw new ExcelRefusal(`${name}(x, ${value}) needs a whole number of decimals from 0 to 15`);
  return value;
}

/**
 * round half away from zero (ROUND, in both); floor and ceil as the nearest number of `decimals` decimals (taken as
 * written in decimal, as the engine takes them), moved one step down (floor) or up (ceil) when it is on the wrong
 * side of x. Spreadsheets' own INT, ROUNDDOWN and ROUNDUP take a number within about 1e-13 of a whole number for that
 * number (LibreOffice's ROUNDDOWN(2.9999999999999, 0) is 3); the engine's floor does not (floor(2.9999999999999) is 2).
 */
function rounding(name: 'round' | 'floor' | 'ceil', x: Emitted, decimals = 0): Emitted {
  const nearest = atom(`ROUND(${x.text},${decimals})`);
  if (name === 'round') return nearest;
  const step = decimals === 0 ? '1' : plainNumber(10 ** -decimals);
  const wrongSide = name === 'floor' ? `${nearest.text}>${operand(x, COMPARISON + 1)}` : `${nearest.text}<${operand(x, COMPARISON + 1)}`;
  const moved = `${nearest.text}${name === 'floor' ? '-' : '+'}IF(${wrongSide},${step},0)`;
  // A whole number moved by 1 is exact; a number of decimals moved by 0.01 is rounded again to its decimals.
  return decimals === 0 ? { ...atom(moved), binding: ADDITIVE } : atom(`ROUND(${moved},${decimals})`);
}

const AGGREGATE_FUNCTIONS: Readonly<Record<AggregateNode['function'], string>> = {
  min: 'MIN',
  max: 'MAX',
  sum: 'SUM',
  mean: 'AVERAGE',
  median: 'MEDIAN',
  prod: 'PRODUCT',
};

/** The spreadsheet's function for each of the engine's that means the same, year by year (several arguments for the aggregates). */
const SPREADSHEET_FUNCTIONS: Readonly<Record<Exclude<YearlyFunction, 'round' | 'floor' | 'ceil' | 'pow' | 'log'>, string>> = {
  abs: 'ABS',
  sqrt: 'SQRT',
  exp: 'EXP',
  log10: 'LOG10',
  sign: 'SIGN',
  ...AGGREGATE_FUNCTIONS,
};

/** An expression for one year (1-based): the formula's own year, or the year an aggregate or pick is computing. */
type ByYear = (year: number) => Emitted;

/** Refuses an expression that grew past Excel's limit, as soon as it does (some forms repeat their operands). */
function bounded(emitted: Emitted): Emitted {
  if (emitted.text.length > MAX_EXCEL_FORMULA_LENGTH) {
    throw new ExcelRefusal(`written for Excel it would be longer than ${MAX_EXCEL_FORMULA_LENGTH} characters, Excel's limit: split it into several cells`);
  }
  return emitted;
}

/** Each year's expression made at most once. */
function remembered(make: ByYear): ByYear {
  const made = new Map<number, Emitted>();
  return (year) => {
    let emitted = made.get(year);
    if (emitted === undefined) {
      emitted = bounded(make(year));
      made.set(year, emitted);
    }
    return emitted;
  };
}

/** How deeply functions nest in a formula's text (Excel allows 64 levels). */
function nesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const char of text) {
    if (char === '(') deepest = Math.max(deepest, ++depth);
    else if (char === ')') depth--;
  }
  return deepest;
}

/**
 * A spreadsheet formula (without the leading `=`) for a checked formula tree and its reads, in `year` (1-based)
 * of a series cell, or for a single value without it. Throws ExcelRefusal with the reason when no formula means
 * the same.
 */
export function emitExcel(tree: FormulaNode, reads: readonly Read[], places: ExcelPlaces, year?: number): string {
  const cellOf = (read: number): string => {
    const found = reads[read];
    if (found?.kind !== 'cell') throw new Error(`read ${read} is not a cell`);
    return found.name;
  };
  /** A whole read (inside an aggregate or pick) in one of the years it runs over. */
  const wholeCell = (name: string, at: number) => atom(places.isSeries(name) ? places.reference(name, at) : places.reference(name));
  /** Whether the argument runs over the years: it reads the year or a series cell (outside nested aggregates). */
  const runsOverYears = (node: AggregateNode | PickNode): boolean =>
    node.series.some((read) => {
      const found = reads[read];
      return found?.kind === 'year' || (found?.kind === 'cell' && places.isSeries(found.name));
    });
  const overYears = (node: AggregateNode | PickNode): number => (runsOverYears(node) ? places.horizon : 1);
  /** The argument of an aggregate or pick when it is a whole series cell, which its defined name stands for. */
  const wholeSeries = (arg: FormulaNode): string | undefined => {
    if (arg.kind === 'cell' && arg.whole && places.isSeries(cellOf(arg.read))) return places.reference(cellOf(arg.read));
    if (arg.kind === 'year' && arg.whole) return places.yearRow;
    return undefined;
  };
  const pickedYear = (node: PickNode): number => {
    if (node.pick === 'first') return 1;
    if (node.pick === 'last') return overYears(node);
    const label = node.label === undefined ? undefined : reads[node.label];
    if (label?.kind !== 'label') throw new Error('at() without its year');
    const index = yearIndex(places.baseYear, label.year);
    if (index < 0 || index >= places.horizon) throw new ExcelRefusal(`${label.label} is not a projected year`);
    return runsOverYears(node) ? index + 1 : 1;
  };

  const top = foldFormula<ByYear>(tree, {
    number: (node) => () => numberText(node.value),
    cell: (node) => {
      const name = cellOf(node.read);
      return node.whole ? (at) => wholeCell(name, at) : (at) => atom(places.isSeries(name) ? places.reference(name, at) : places.reference(name));
    },
    year: () => (at) => atom(places.yearCell(at), 'number', true, true),
    operator: (node, args) =>
      remembered((at) => {
        const [a, b] = args.map((arg) => arg(at));
        switch (node.operator) {
          case 'add':
            return binary(asNumber(a!), '+', asNumber(b!), ADDITIVE);
          case 'subtract':
            return binary(asNumber(a!), '-', asNumber(b!), ADDITIVE);
          case 'multiply':
            return binary(asNumber(a!), '*', asNumber(b!), MULTIPLICATIVE);
          case 'divide':
            return binary(asNumber(a!), '/', asNumber(b!), MULTIPLICATIVE);
          case 'pow':
            return power(asNumber(a!), asNumber(b!));
          case 'mod':
            return modulo(asNumber(a!), asNumber(b!));
          case 'unaryMinus':
            return a!.zero ? a! : negate(asNumber(a!));
          case 'not':
            return call('NOT', [a!], 'boolean');
          default:
            return compare(node.operator, a!, b!);
        }
      }),
    logical: (node, left, right) =>
      remembered((at) => {
        const a = left(at);
        const b = right(at);
        // 1 and 0 rather than TRUE and FALSE, which not every spreadsheet reads without brackets.
        const holds = `IF(${b.text},1,0)`;
        return node.operator === 'and' ? atom(`IF(${a.text},${holds},0)`, 'number', true) : atom(`IF(${a.text},1,${holds})`, 'number', true);
      }),
    conditional: (_, test, whenTrue, whenFalse) =>
      remembered((at) => {
        const [yes, no] = [whenTrue(at), whenFalse(at)];
        const kind: Kind = yes.kind === 'boolean' && no.kind === 'boolean' ? 'boolean' : 'number';
        const branch = (each: Emitted) => (kind === 'number' ? asNumber(each) : each);
        return atom(`IF(${test(at).text},${branch(yes).text},${branch(no).text})`, kind);
      }),
    call: (node, args) =>
      remembered((at) => {
        const values = args.map((arg) => asNumber(arg(at)));
        switch (node.function) {
          case 'round':
          case 'floor':
          case 'ceil':
            return rounding(node.function, values[0]!, decimalsOf(node.function, node.args[1]));
          case 'pow':
            return power(values[0]!, values[1]!);
          case 'log':
            return values.length === 1 ? call('LN', values) : call('LOG', values);
          default:
            return call(SPREADSHEET_FUNCTIONS[node.function], values);
        }
      }),
    aggregate: (node, arg) =>
      remembered(() => {
        const name = AGGREGATE_FUNCTIONS[node.function];
        const series = runsOverYears(node) ? wholeSeries(node.arg) : undefined;
        if (series !== undefined) return atom(`${name}(${series})`);
        return call(
          name,
          Array.from({ length: overYears(node) }, (_, i) => asNumber(arg(i + 1))),
        );
      }),
    pick: (node, arg) =>
      remembered(() => {
        const at = pickedYear(node);
        const series = runsOverYears(node) ? wholeSeries(node.arg) : undefined;
        return series !== undefined ? atom(`INDEX(${series},1,${at})`) : arg(at);
      }),
  });
  const result = asNumber(top(year ?? 1));
  const text = bounded(result).text;
  const depth = nesting(text);
  if (depth > MAX_EXCEL_NESTING)
    throw new ExcelRefusal(`written for Excel it would nest ${depth} levels deep; Excel allows ${MAX_EXCEL_NESTING}: split it into several cells`);
  return text;
}
