import type { Compiled } from './emit-javascript.js';
import { type FormulaNode, foldFormula } from './formula-tree.js';
import { conditionHolds, element, pickYear, REFERENCE_AGGREGATES, REFERENCE_FUNCTIONS, reduceOverYears, yearsOf } from './scalar.js';

interface Env {
  readonly args: readonly unknown[];
  /** The year of the innermost aggregate or pick argument being computed. */
  readonly year: number;
  /** Values of aggregates and picks, computed at most once per evaluation. */
  readonly memo: unknown[];
}

type Evaluator = (env: Env) => unknown;

/**
 * Evaluates a checked tree node by node, with mathjs's own functions where the native code has its own: the
 * reference the native JavaScript is checked against. Built as a closure per node; no generated source.
 */
export function compileByTree(tree: FormulaNode, memos: number): Compiled {
  const remembered =
    (slot: number, compute: Evaluator): Evaluator =>
    (env) => {
      if (!(slot in env.memo)) env.memo[slot] = compute(env);
      return env.memo[slot];
    };
  const inYear = (env: Env, year: number): Env => ({ args: env.args, year, memo: env.memo });
  const evaluator = foldFormula<Evaluator>(tree, {
    number:
      ({ value }) =>
      () =>
        value,
    cell: ({ read, whole }) => (whole ? (env) => element(env.args[read], env.year) : (env) => env.args[read]),
    year: ({ read, whole }) => (whole ? (env) => element(env.args[read], env.year) : (env) => env.args[read]),
    operator: ({ operator }, args) => {
      const fn = REFERENCE_FUNCTIONS[operator];
      return (env) => fn(...args.map((arg) => arg(env)));
    },
    logical: ({ operator }, left, right) =>
      operator === 'or' ? (env) => conditionHolds(left(env)) || conditionHolds(right(env)) : (env) => conditionHolds(left(env)) && conditionHolds(right(env)),
    conditional: (_, test, whenTrue, whenFalse) => (env) => (conditionHolds(test(env)) ? whenTrue(env) : whenFalse(env)),
    call: (node, args) => {
      const fn = REFERENCE_FUNCTIONS[node.function];
      return (env) => fn(...args.map((arg) => arg(env)));
    },
    aggregate: (node, arg) => {
      const reduce = reduceOverYears(REFERENCE_AGGREGATES[node.function]);
      return remembered(node.memo, (env) => reduce(yearsOf(...node.series.map((read) => env.args[read])), (year) => arg(inYear(env, year))));
    },
    pick: (node, arg) =>
      remembered(node.memo, (env) =>
        pickYear(
          node.pick,
          yearsOf(...node.series.map((read) => env.args[read])),
          (year) => arg(inYear(env, year)),
          node.label === undefined ? undefined : env.args[node.label],
        ),
      ),
  });
  return (args, memo = new Array(memos)) => evaluator({ args, year: 0, memo });
}
