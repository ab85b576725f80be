/**
 * The checked formula tree: what a formula means, independent of mathjs and of the cells it names. Every formula
 * of the same shape (`c2 + 1` and `c3 + 1`) shares one tree; the names are in the formula's `reads`, which the
 * tree's `cell` nodes point into. Emitters (native JavaScript, the by-tree reference, and later a column-wise
 * Float64Array emitter and an Excel-formula emitter) are folds over this tree, side by side.
 */

/** Operators on one value each year: arithmetic, comparisons and `not`. */
export type Operator =
  | 'add'
  | 'subtract'
  | 'multiply'
  | 'divide'
  | 'pow'
  | 'mod'
  | 'unaryMinus'
  | 'not'
  | 'smaller'
  | 'larger'
  | 'smallerEq'
  | 'largerEq'
  | 'equal'
  | 'unequal';

/** Functions applied year by year. `min` and `max` with several arguments are here; with one they reduce. */
export type YearlyFunction =
  | 'abs'
  | 'sqrt'
  | 'exp'
  | 'log'
  | 'log10'
  | 'pow'
  | 'round'
  | 'floor'
  | 'ceil'
  | 'sign'
  | 'min'
  | 'max'
  | 'sum'
  | 'mean'
  | 'median'
  | 'prod';

/** Functions that, given one argument, reduce it over the years. */
export type Aggregate = 'min' | 'max' | 'sum' | 'mean' | 'median' | 'prod';
export const AGGREGATES: ReadonlySet<string> = new Set<Aggregate>(['min', 'max', 'sum', 'mean', 'median', 'prod']);

/** first(x), last(x) and at(x, "2019/20"): one year of their argument. */
export type Pick = 'first' | 'last' | 'at';

export interface NumberNode {
  readonly kind: 'number';
  readonly value: number;
}

/**
 * A cell's value: by year (one number in each year of a series cell), or `whole` (inside an aggregate or a pick,
 * where the argument is computed year by year over the whole series).
 */
export interface CellNode {
  readonly kind: 'cell';
  /** Index into the formula's reads. */
  readonly read: number;
  readonly whole: boolean;
}

/** The projected year `t` (1, 2, … horizon), by year or whole. */
export interface YearNode {
  readonly kind: 'year';
  readonly read: number;
  readonly whole: boolean;
}

export interface OperatorNode {
  readonly kind: 'operator';
  readonly operator: Operator;
  readonly args: readonly FormulaNode[];
}

/** `a and b`, `a or b`: the right side is computed only when the left does not decide (as in mathjs 15). */
export interface LogicalNode {
  readonly kind: 'logical';
  readonly operator: 'and' | 'or';
  readonly left: FormulaNode;
  readonly right: FormulaNode;
}

/** `test ? whenTrue : whenFalse`: only the branch taken is computed, in every evaluation path. */
export interface ConditionalNode {
  readonly kind: 'conditional';
  readonly test: FormulaNode;
  readonly whenTrue: FormulaNode;
  readonly whenFalse: FormulaNode;
}

export interface CallNode {
  readonly kind: 'call';
  readonly function: YearlyFunction;
  readonly args: readonly FormulaNode[];
}

/** Parts of a node computed over the years: an aggregate or a pick. */
interface OverYears {
  readonly arg: FormulaNode;
  /**
   * Reads of the argument outside nested aggregates and picks: the series among them set how many years the
   * argument runs for. When none is a series, the argument is one number and counts once.
   */
  readonly series: readonly number[];
  /**
   * Its memo slot. Its value does not depend on the year (its argument reads whole series only), so it is computed
   * at most once per evaluation of the formula, over all the years of a series cell and inside other aggregates:
   * nested aggregates cost their size, not its power.
   */
  readonly memo: number;
}

export interface AggregateNode extends OverYears {
  readonly kind: 'aggregate';
  readonly function: Aggregate;
}

export interface PickNode extends OverYears {
  readonly kind: 'pick';
  readonly pick: Pick;
  /** For `at`: the read holding the year's index (the engine checks it against the horizon). */
  readonly label: number | undefined;
}

export type FormulaNode = NumberNode | CellNode | YearNode | OperatorNode | LogicalNode | ConditionalNode | CallNode | AggregateNode | PickNode;

/** What a formula reads, by index: the values an evaluation is given. */
export type ShapeRead =
  /** A cell, by the index of its name among the formula's names. */
  | { readonly kind: 'cell'; readonly name: number; readonly whole: boolean }
  | { readonly kind: 'year'; readonly whole: boolean }
  /** A fiscal year given to at(): "2019/20", whose first calendar year is 2019. */
  | { readonly kind: 'label'; readonly label: string; readonly year: number };

/** A read of one formula, with the cell's name. */
export type Read =
  | { readonly kind: 'cell'; readonly name: string; readonly whole: boolean }
  | { readonly kind: 'year'; readonly whole: boolean }
  | { readonly kind: 'label'; readonly label: string; readonly year: number };

/**
 * One function per node kind; children arrive already folded. Emitters that must not compute a branch not
 * taken (every evaluator) fold into code or closures, which keeps the fold itself strict and simple.
 */
export interface FormulaFold<R> {
  number(node: NumberNode): R;
  cell(node: CellNode): R;
  year(node: YearNode): R;
  operator(node: OperatorNode, args: readonly R[]): R;
  logical(node: LogicalNode, left: R, right: R): R;
  conditional(node: ConditionalNode, test: R, whenTrue: R, whenFalse: R): R;
  call(node: CallNode, args: readonly R[]): R;
  aggregate(node: AggregateNode, arg: R): R;
  pick(node: PickNode, arg: R): R;
}

/**
 * The one walk over a formula tree. It recurses: a tree has at most MAX_FORMULA_NODES (500) nodes, so its depth
 * is bounded whatever the file holds.
 */
export function foldFormula<R>(node: FormulaNode, fold: FormulaFold<R>): R {
  const visit = (each: FormulaNode): R => {
    switch (each.kind) {
      case 'number':
        return fold.number(each);
      case 'cell':
        return fold.cell(each);
      case 'year':
        return fold.year(each);
      case 'operator':
        return fold.operator(each, each.args.map(visit));
      case 'logical':
        return fold.logical(each, visit(each.left), visit(each.right));
      case 'conditional':
        return fold.conditional(each, visit(each.test), visit(each.whenTrue), visit(each.whenFalse));
      case 'call':
        return fold.call(each, each.args.map(visit));
      case 'aggregate':
        return fold.aggregate(each, visit(each.arg));
      case 'pick':
        return fold.pick(each, visit(each.arg));
    }
  };
  return visit(node);
}
