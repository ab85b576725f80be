import { type FormulaNode, foldFormula, type Pick } from './formula-tree.js';
import { AGGREGATE_FUNCTIONS, conditionHolds, element, FUNCTIONS, pickYear, reduceOverYears, type YearlyArgument, yearsOf } from './scalar.js';

/**
 * A compiled formula: reads its values from `args` by read index (see ParsedFormula.reads). `memo` holds the values
 * of its aggregates and picks once computed: pass one array for all the years of one evaluation, or none.
 */
export type Compiled = (args: readonly unknown[], memo?: unknown[]) => unknown;

type Helper = (...values: never[]) => unknown;

const helpers: Helper[] = [];
const helperSlots = new Map<string, number>();

/** `f[n]`, the generated code's name for a fixed engine function; made once and shared by every compiled formula. */
function helper(key: string, make: () => Helper): string {
  let slot = helperSlots.get(key);
  if (slot === undefined) {
    slot = helpers.length;
    helpers.push(make());
    helperSlots.set(key, slot);
  }
  return `f[${slot}]`;
}

const pickHelper = (pick: Pick): Helper =>
  pick === 'at'
    ? (years: number | undefined, index: unknown, argument: YearlyArgument) => pickYear('at', years, argument, index)
    : (years: number | undefined, argument: YearlyArgument) => pickYear(pick, years, argument);

/**
 * Generated source may hold only these tokens: engine functions `f[n]`, reads `a[n]`, and the names a sweep gives
 * its values (`v12`, `v12[y]`, `T`, `L3`), the year `y`, numeric literals, brackets, commas, the arrows of lazy
 * arguments, `? :` and memo slots (`m[0]` or `m0`). No text from a formula ever reaches it: names become read numbers, and
 * numbers are printed from their values.
 */
const TOKEN = String.raw`f\[\d+\]|a\[\d+\]|v\d+\[y\]|v\d+|L\d+|T|y|\(y \+ 1\)|\(y\) => |\(\) => |\(m(?:\[\d+\]|\d+) \?\?= |-?\d+(?:\.\d+)?(?:e[+-]\d+)?| \? | : |[(), ]`;
const SAFE_EXPRESSION = new RegExp(`^(?:${TOKEN})*$`);

/** The source of each read's value: by year, or the whole value (a series, or one number) for a whole read. */
export type ReadSource = (read: number) => string;

/** The source of a memo slot: `m[3]` in a function given its memo array, `m3` where the caller declares variables. */
export type MemoSource = (slot: number) => string;
const memoArray: MemoSource = (slot) => `m[${Math.trunc(slot)}]`;

/**
 * JavaScript for a checked formula tree, as one expression. Only the branch taken of `?:`, and the right side of
 * `and`/`or` only when needed, are computed: they are emitted as a JavaScript conditional and an arrow. The
 * argument of an aggregate or pick is an arrow over the year `y`, and its value is remembered in its memo slot.
 */
export function emitJavaScript(tree: FormulaNode, source: ReadSource, memoSource: MemoSource = memoArray): string {
  const whole = (read: number) => `${helper('element', () => element)}(${source(read)}, y)`;
  const years = (series: readonly number[]) => `${helper('years', () => yearsOf)}(${series.map(source).join(', ')})`;
  const memo = (slot: number, expression: string) => `(${memoSource(slot)} ??= ${expression})`;
  const expression = foldFormula<string>(tree, {
    number: (node) => `(${node.value})`,
    cell: (node) => (node.whole ? whole(node.read) : source(node.read)),
    year: (node) => (node.whole ? whole(node.read) : source(node.read)),
    operator: (node, args) => `${helper(node.operator, () => FUNCTIONS[node.operator])}(${args.join(', ')})`,
    logical: (node, left, right) => `${helper(node.operator, () => logical(node.operator))}(${left}, () => ${right})`,
    conditional: (_, test, whenTrue, whenFalse) => `(${helper('holds', () => conditionHolds)}(${test}) ? ${whenTrue} : ${whenFalse})`,
    call: (node, args) => `${helper(node.function, () => FUNCTIONS[node.function])}(${args.join(', ')})`,
    aggregate: (node, arg) =>
      memo(node.memo, `${helper(`over ${node.function}`, () => reduceOverYears(AGGREGATE_FUNCTIONS[node.function]))}(${years(node.series)}, (y) => ${arg})`),
    pick: (node, arg) => {
      const label = node.label === undefined ? '' : `${source(node.label)}, `;
      return memo(node.memo, `${helper(`pick ${node.pick}`, () => pickHelper(node.pick))}(${years(node.series)}, ${label}(y) => ${arg})`);
    },
  });
  if (!SAFE_EXPRESSION.test(expression)) throw new Error('formula compiled to unexpected source');
  return expression;
}

/** `a or b` and `a and b` as in mathjs 15: the right side is computed only when the left does not decide. */
function logical(operator: 'and' | 'or'): Helper {
  return operator === 'or'
    ? (left: unknown, right: () => unknown) => conditionHolds(left) || conditionHolds(right())
    : (left: unknown, right: () => unknown) => conditionHolds(left) && conditionHolds(right());
}

/** Memo slots as variables `m0`, `m1`…, and their declaration (`let m0, m1; `, or nothing). */
export const memoVariable: MemoSource = (slot) => `m${Math.trunc(slot)}`;
export const memoDeclarations = (memos: number): string => (memos === 0 ? '' : `let ${Array.from({ length: memos }, (_, i) => `m${i}`).join(', ')}; `);

/** Builds a function from a template whose only variable parts are expressions from emitJavaScript and numbers. */
export function instantiate<T>(parameters: readonly string[], body: string, ...values: unknown[]): T {
  return new Function('f', ...parameters, `"use strict"; ${body}`)(helpers, ...values) as T;
}

/**
 * One JavaScript function for a formula shape, so that recalculating thousands of cells runs at native speed.
 * Results agree with the by-tree reference (checked by a property test).
 */
export function compileJavaScript(tree: FormulaNode, memos: number): Compiled {
  const expression = emitJavaScript(tree, (read) => `a[${Math.trunc(read)}]`);
  return instantiate<Compiled>([], memos === 0 ? `return (a) => ${expression};` : `return (a, m = new Array(${Math.trunc(memos)})) => ${expression};`);
}
