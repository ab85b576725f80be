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
  factory,
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
} from 'mathjs';
import { MATHJS_NAMES } from './math-names.js';
import { MATHJS_PREFIXES, MATHJS_UNITS } from './math-units.js';

/**
 * The one mathjs instance for every formula. It holds only the parser and the operators and functions
 * formulas may use (loading all of mathjs takes a second); `import` and `createUnit` are replaced by
 * functions that refuse, following mathjs's security guidance. Formulas are further checked against an
 * allowlist of node types and functions before they are compiled (see formula.ts).
 */
const factories = {
  parseDependencies,
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
const refuse = (name: string) => () => {
  throw new Error(`function ${name} is not allowed in a formula`);
};
const DISABLED = ['import', 'createUnit', 'evaluate', 'parse', 'simplify', 'derivative', 'resolve', 'reviver', 'compile', 'parser'];

type MathInstance = ReturnType<typeof create>;
let functions: MathInstance | undefined;

/** The instance of the operators and functions, made when first needed: a start that only reads numbers never builds it. */
function functionsInstance(): MathInstance {
  if (functions) return functions;
  // Comparisons in the fallback and reference paths use the engine's tolerance (see scalar.ts), with none near zero.
  functions = create(factories, { number: 'number', matrix: 'Array', relTol: 1e-15, absTol: 0 });
  // Replaced one by one rather than with mathjs's import, which first builds every function the instance holds.
  for (const name of DISABLED) Object.defineProperty(functions, name, { value: refuse(name), writable: false, configurable: false, enumerable: true });
  return functions;
}

/**
 * mathjs's parser alone. A formula never reaches what its node classes need for units, assignment into a matrix or
 * indexing (parts the checker refuses), and building those (mathjs's Unit class, matrices) costs more than the rest of
 * starting the command: they are left out, and anything that would call them throws.
 */
function parserOnly(): (text: string) => MathNode {
  const flat: Record<string, unknown> = {};
  const walk = (dependencies: Record<string, unknown>) => {
    for (const [name, value] of Object.entries(dependencies)) {
      if (name.endsWith('Dependencies')) walk(value as Record<string, unknown>);
      else flat[name] = value;
    }
  };
  walk({ parseDependencies });
  const unavailable = (name: string) =>
    factory(name, [], () => () => {
      throw new Error(`${name} is not available in a formula`);
    });
  delete flat.createUnitClass;
  Object.assign(flat, { createSubset: unavailable('subset'), createMatrix: unavailable('matrix'), createSize: unavailable('size') });
  return create(flat as FactoryFunctionMap, { number: 'number' }).parse as (text: string) => MathNode;
}

export const parse = parserOnly();
export const isComplex = (value: unknown): boolean => functionsInstance().isComplex(value);

type MathFunction = (...args: unknown[]) => unknown;
/** The instance's own implementation of an allowlisted function or operator, e.g. "add" or "sum". */
export const mathFunction = (name: string): MathFunction => {
  // mathjs builds a function (its typed signatures) the first time it is asked for: slow, so only when first called.
  let resolved: MathFunction | undefined;
  return (...args) => {
    resolved ??= (functionsInstance() as unknown as Record<string, MathFunction>)[name]!;
    return resolved(...args);
  };
};

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

/** Each unit's prefixes, by the unit's name. */
const UNITS = new Map(Object.entries(MATHJS_UNITS).flatMap(([group, units]) => units.map((unit) => [unit, new Set(MATHJS_PREFIXES[group])] as const)));
const longest = (names: Iterable<string>) => Math.max(0, ...[...names].map((name) => name.length));
const LONGEST_UNIT = longest(UNITS.keys());
const LONGEST_PREFIX = longest(Object.values(MATHJS_PREFIXES).flat());

/**
 * The answer of math.Unit.isValuelessUnit (a unit's name, or one of its prefixes followed by it), found by looking
 * up the few ways to split the name instead of trying every unit, which costs a thousand times more per name.
 */
export function isUnitName(name: string): boolean {
  if (UNITS.has(name)) return true;
  for (let split = Math.max(1, name.length - LONGEST_UNIT); split <= Math.min(LONGEST_PREFIX, name.length - 1); split++) {
    if (UNITS.get(name.slice(split))?.has(name.slice(0, split))) return true;
  }
  return false;
}

/** True when `name` is a mathjs function, constant, unit or parser keyword (or an Object prototype member). */
export function isMathName(name: string): boolean {
  return PARSER_WORDS.has(name) || MATHJS_NAMES.has(name) || name in Object.prototype || isUnitName(name);
}

export type { MathNode };
