import {
  absDependencies,
  addDependencies,
  andDependencies,
  ceilDependencies,
  create,
  divideDependencies,
  equalDependencies,
  expDependencies,
  type FactoryFunctionMap,
  floorDependencies,
  largerDependencies,
  largerEqDependencies,
  log10Dependencies,
  logDependencies,
  type MathNode,
  maxDependencies,
  meanDependencies,
  medianDependencies,
  minDependencies,
  modDependencies,
  multiplyDependencies,
  notDependencies,
  orDependencies,
  parseDependencies,
  powDependencies,
  prodDependencies,
  roundDependencies,
  signDependencies,
  smallerDependencies,
  smallerEqDependencies,
  sqrtDependencies,
  subtractDependencies,
  sumDependencies,
  unaryMinusDependencies,
  unequalDependencies,
  unitDependencies,
} from 'mathjs';
import { MATHJS_NAMES } from './math-names.js';

/**
 * The one mathjs instance for every formula. It holds only the parser and the operators and functions
 * formulas may use (loading all of mathjs takes a second); `import` and `createUnit` are replaced by
 * functions that refuse, following mathjs's security guidance. Formulas are further checked against an
 * allowlist of node types and functions before they are compiled (see formula.ts).
 */
const factories = {
  parseDependencies,
  unitDependencies,
  addDependencies,
  subtractDependencies,
  multiplyDependencies,
  divideDependencies,
  powDependencies,
  unaryMinusDependencies,
  modDependencies,
  smallerDependencies,
  largerDependencies,
  smallerEqDependencies,
  largerEqDependencies,
  equalDependencies,
  unequalDependencies,
  andDependencies,
  orDependencies,
  notDependencies,
  absDependencies,
  sqrtDependencies,
  expDependencies,
  logDependencies,
  log10Dependencies,
  roundDependencies,
  floorDependencies,
  ceilDependencies,
  signDependencies,
  minDependencies,
  maxDependencies,
  sumDependencies,
  meanDependencies,
  medianDependencies,
  prodDependencies,
} as unknown as FactoryFunctionMap;
/** Comparisons in the fallback and reference paths use the engine's tolerance (see scalar.ts), with none near zero. */
const math = create(factories, { number: 'number', matrix: 'Array', relTol: 1e-15, absTol: 0 });

export const parse = math.parse;
export const isComplex = (value: unknown): boolean => math.isComplex(value);

type MathFunction = (...args: unknown[]) => unknown;
/** The instance's own implementation of an allowlisted function or operator, e.g. "add" or "sum". */
export const mathFunction = (name: string): MathFunction => (math as unknown as Record<string, MathFunction>)[name]!;

const refuse = (name: string) => () => {
  throw new Error(`function ${name} is not allowed in a formula`);
};
const DISABLED = ['import', 'createUnit', 'evaluate', 'parse', 'simplify', 'derivative', 'resolve', 'reviver', 'compile', 'parser'];
math.import(Object.fromEntries(DISABLED.map((name) => [name, refuse(name)])), { override: true });

/** Functions a formula may call. Each takes and returns plain numbers. */
export const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set([
  'abs',
  'sqrt',
  'exp',
  'log',
  'log10',
  'pow',
  'round',
  'floor',
  'ceil',
  'sign',
  'min',
  'max',
  'sum',
  'mean',
  'median',
  'prod',
  'first',
  'last',
  'at',
]);

const PARSER_WORDS = new Set(['and', 'or', 'not', 'xor', 'mod', 'to', 'in', 'true', 'false', 'null', 'undefined', 'end']);

/** True when `name` is a mathjs function, constant, unit or parser keyword (or an Object prototype member). */
export function isMathName(name: string): boolean {
  return PARSER_WORDS.has(name) || MATHJS_NAMES.has(name) || name in Object.prototype || math.Unit.isValuelessUnit(name);
}

export type { MathNode };
