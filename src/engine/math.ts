import { all, create, type MathNode } from 'mathjs';

/**
 * One mathjs instance for every formula, restricted along mathjs's security
 * guidance: the functions that can parse, evaluate or redefine things are
 * replaced by ones that refuse. Formulas are further checked against an
 * allowlist of node types and functions before they are compiled (see formula.ts).
 */
const math = create(all!, { number: 'number', matrix: 'Array' });

export const parse = math.parse;

const refuse = (name: string) => () => {
  throw new Error(`function ${name} is not allowed in a formula`);
};
const DISABLED = ['import', 'createUnit', 'evaluate', 'parse', 'simplify', 'derivative', 'resolve', 'reviver', 'compile', 'parser'];
math.import(Object.fromEntries(DISABLED.map((name) => [name, refuse(name)])), { override: true });

/** Functions a formula may call. Each takes and returns plain numbers. */
export const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set([
  'abs', 'sqrt', 'exp', 'log', 'log10', 'pow', 'round', 'floor', 'ceil', 'sign',
  'min', 'max', 'sum', 'mean', 'median', 'prod',
]);

/** Called with a single series argument, these reduce it over the years; otherwise they work year by year. */
export const AGGREGATE_FUNCTIONS: ReadonlySet<string> = new Set(['min', 'max', 'sum', 'mean', 'median', 'prod']);

export const ALLOWED_OPERATORS: ReadonlySet<string> = new Set([
  'add', 'subtract', 'multiply', 'divide', 'pow', 'unaryMinus', 'unaryPlus', 'mod',
  'smaller', 'larger', 'smallerEq', 'largerEq', 'equal', 'unequal', 'and', 'or', 'not',
]);

const PARSER_WORDS = new Set(['and', 'or', 'not', 'xor', 'mod', 'to', 'in', 'true', 'false', 'null', 'undefined', 'end']);

/** True when `name` is a mathjs function, constant, unit or parser keyword (or an Object prototype member). */
export function isMathName(name: string): boolean {
  return PARSER_WORDS.has(name) || name in math || math.Unit.isValuelessUnit(name);
}

export type { MathNode };
