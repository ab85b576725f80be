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
export const mathFunction = (name: string): MathFunction => {
  // mathjs builds a function (its typed signatures) the first time it is asked for: slow, so only when first called.
  let resolved: MathFunction | undefined;
  return (...args) => {
    resolved ??= (math as unknown as Record<string, MathFunction>)[name]!;
    return resolved(...args);
  };
};

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

type UnitTable = Record<string, { readonly prefixes: Record<string, unknown> }>;
const UNITS = (math.Unit as unknown as { readonly UNITS: UnitTable }).UNITS;
const longest = (names: Iterable<string>) => Math.max(0, ...[...names].map((name) => name.length));
const LONGEST_UNIT = longest(Object.keys(UNITS));
const LONGEST_PREFIX = longest(Object.values(UNITS).flatMap((unit) => Object.keys(unit.prefixes)));

/**
 * The answer of math.Unit.isValuelessUnit (a unit's name, or one of its prefixes followed by it), found by looking
 * up the few ways to split the name instead of trying every unit, which costs a thousand times more per name.
 */
function isUnitName(name: string): boolean {
  if (Object.hasOwn(UNITS, name)) return true;
  for (let split = Math.max(1, name.length - LONGEST_UNIT); split <= Math.min(LONGEST_PREFIX, name.length - 1); split++) {
    const unit = name.slice(split);
    const prefix = name.slice(0, split);
    if (Object.hasOwn(UNITS, unit) && Object.hasOwn(UNITS[unit]!.prefixes, prefix) && UNITS[unit]!.prefixes[prefix] !== undefined) return true;
  }
  return false;
}

/** True when `name` is a mathjs function, constant, unit or parser keyword (or an Object prototype member). */
export function isMathName(name: string): boolean {
  return PARSER_WORDS.has(name) || MATHJS_NAMES.has(name) || name in Object.prototype || isUnitName(name);
}

export type { MathNode };
