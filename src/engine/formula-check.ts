import type { ConstantNode, FunctionNode, ConditionalNode as MathConditional, MathNode, OperatorNode as MathOperator, SymbolNode } from 'mathjs';
import type { StaticCause } from './cell-error.js';
import { plural } from './format.js';
import { AGGREGATES, type Aggregate, type FormulaNode, type Operator, type Pick, type ShapeRead, type YearlyFunction } from './formula-tree.js';
import { ALLOWED_FUNCTIONS, isMathName } from './math.js';
import { YEAR_SYMBOL } from './names.js';
import { fiscalYearStart } from './years.js';

export const MAX_FORMULA_NODES = 500;

export class FormulaError extends Error {
  constructor(
    message: string,
    /** Character offset in the formula text that the problem is at, when known. */
    readonly index?: number,
    readonly staticCause: StaticCause = 'formula',
  ) {
    super(message);
  }
}

/** A formula's meaning, checked: its tree, what it reads, and how much work it is. */
export interface CheckedFormula {
  readonly tree: FormulaNode;
  readonly reads: readonly ShapeRead[];
  /** Parts computed once per evaluation, and parts computed once per year of a whole series. */
  readonly parts: { readonly single: number; readonly wholeSeries: number };
  /** How many aggregates and picks are remembered per evaluation (see OverYears.memo). */
  readonly memos: number;
}

const OPERATORS: Readonly<Record<string, Operator>> = {
  add: 'add',
  subtract: 'subtract',
  multiply: 'multiply',
  divide: 'divide',
  pow: 'pow',
  mod: 'mod',
  unaryMinus: 'unaryMinus',
  not: 'not',
  smaller: 'smaller',
  larger: 'larger',
  smallerEq: 'smallerEq',
  largerEq: 'largerEq',
  equal: 'equal',
  unequal: 'unequal',
};

/** How many arguments each function called year by year takes. */
const ARITY: Readonly<Record<YearlyFunction, readonly [number, number]>> = {
  abs: [1, 1],
  sqrt: [1, 1],
  exp: [1, 1],
  log: [1, 2],
  log10: [1, 1],
  pow: [2, 2],
  round: [1, 2],
  floor: [1, 2],
  ceil: [1, 2],
  sign: [1, 1],
  min: [2, Infinity],
  max: [2, Infinity],
  sum: [2, Infinity],
  mean: [2, Infinity],
  median: [2, Infinity],
  prod: [2, Infinity],
};

interface Context {
  /** The innermost aggregate or pick whose argument this node is in. */
  readonly over: { readonly kind: 'aggregate' | 'pick'; readonly series: number[] } | undefined;
}

/**
 * Turns mathjs's parse of a formula into our tree, refusing everything outside the formula language: node types,
 * functions and operators not on the allowlist, and mathjs syntax that reads one way and means another (`a % b` as
 * mod next to `50%` as a percentage, `a + 5%` as a plus 5% of a, implicit multiplication `2t`, unary plus).
 * `nameOf` gives the index of a cell name among the formula's names. Throws FormulaError.
 *
 * It recurses over mathjs's tree, which the count of parts bounds to MAX_FORMULA_NODES nodes.
 */
export function checkFormulaTree(root: MathNode, text: string, nameOf: (symbol: string) => number): CheckedFormula {
  const reads: ShapeRead[] = [];
  const readIndex = new Map<string, number>();
  let nodes = 0;
  let wholeSeries = 0;
  let memos = 0;

  /** The index of a read; `series` collects the reads that may set how many years an argument runs for. */
  const read = (key: string, make: () => ShapeRead, series: number[] | undefined): number => {
    let index = readIndex.get(key);
    if (index === undefined) {
      index = reads.length;
      reads.push(make());
      readIndex.set(key, index);
    }
    if (series && !series.includes(index)) series.push(index);
    return index;
  };

  const count = (context: Context, aggregate = false) => {
    if (++nodes > MAX_FORMULA_NODES) throw new FormulaError(`formula has more than ${MAX_FORMULA_NODES} parts; split it into several cells`);
    if (aggregate || context.over?.kind === 'aggregate') wholeSeries++;
  };

  const convert = (node: MathNode, context: Context): FormulaNode => {
    count(context, node.type === 'FunctionNode' && isAggregateCall(node as FunctionNode));
    switch (node.type) {
      case 'ConstantNode': {
        const value = (node as ConstantNode).value as unknown;
        if (typeof value !== 'number') throw new FormulaError(`only numbers may appear in a formula, not ${JSON.stringify(value)}`);
        if (!Number.isFinite(value)) throw new FormulaError(`${value} cannot be used in a formula: write a finite number`);
        return { kind: 'number', value };
      }
      case 'SymbolNode': {
        const name = (node as SymbolNode).name;
        const whole = context.over !== undefined;
        const series = context.over?.series;
        if (name === YEAR_SYMBOL) return { kind: 'year', whole, read: read(`t${whole}`, () => ({ kind: 'year', whole }), series) };
        const index = nameOf(name);
        return { kind: 'cell', whole, read: read(`c${index}:${whole}`, () => ({ kind: 'cell', name: index, whole }), series) };
      }
      case 'ParenthesisNode':
        return convert((node as unknown as { content: MathNode }).content, context);
      case 'OperatorNode':
        return operator(node as MathOperator, context);
      case 'ConditionalNode': {
        const parts = node as MathConditional;
        return {
          kind: 'conditional',
          test: convert(parts.condition, context),
          whenTrue: convert(parts.trueExpr, context),
          whenFalse: convert(parts.falseExpr, context),
        };
      }
      case 'FunctionNode':
        return call(node as FunctionNode, context);
      default:
        throw new FormulaError(`${describeNode(node.type)} is not allowed in a formula; use numbers, cell names, operators and functions`);
    }
  };

  const operator = (node: MathOperator, context: Context): FormulaNode => {
    const args = node.args as MathNode[];
    if ((node as { implicit?: boolean }).implicit) throw implicitMultiplication(args, text);
    if (node.fn === 'unaryPlus') throw new FormulaError(`unary plus is not allowed: write ${args[0]!.toString()} without the +`);
    if (node.op === '%') {
      throw new FormulaError(`% is for percentages (50% is 0.5); for the remainder of a division write ${args.map(String).join(' mod ')}`);
    }
    if ((node as { isPercentage?: boolean }).isPercentage) return percentage(args[0]!, context);
    if ((node.fn === 'add' || node.fn === 'subtract') && isPercentageOf(args) && isOne(args[0]!)) {
      // 1 + 5%: mathjs's 1 + 1·5%, which is 1 + 0.05.
      const percent = (args[1] as MathOperator).args[1] as MathNode;
      count(context); // mathjs's multiplication, and its copy of the 1
      count(context);
      return { kind: 'operator', operator: node.fn, args: [convert(args[0]!, context), convert(percent, context)] };
    }
    // mathjs reads `x + 5%` as x + x·5%; only on 1 does that agree with 5% being the number 0.05.
    if ((node.fn === 'add' || node.fn === 'subtract') && isPercentageOf(args) && !isOne(args[0]!)) {
      const base = args[0]!.toString();
      const percent = (args[1] as MathOperator).args[1] as MathOperator;
      const change = `${String(percent.args[0])}%`;
      const fraction = Number(String(percent.args[0]).replace(/^-\s*/, '-')) / 100;
      throw new FormulaError(
        `${base} ${node.op} ${change} would mean ${base} ${node.fn === 'add' ? 'increased' : 'decreased'} by ${change} of itself: write ${base} * (1 ${node.op} ${change}) for that, or ${base} ${node.op} ${Number.isFinite(fraction) ? fraction : change.replace('%', ' / 100')} to ${node.fn === 'add' ? 'add' : 'subtract'} the number`,
      );
    }
    if (node.fn === 'and' || node.fn === 'or') {
      return { kind: 'logical', operator: node.fn, left: convert(args[0]!, context), right: convert(args[1]!, context) };
    }
    const ours = OPERATORS[node.fn];
    if (!ours) throw new FormulaError(`operator "${node.op}" is not allowed in a formula`);
    return { kind: 'operator', operator: ours, args: args.map((arg) => convert(arg, context)) };
  };

  /** `50%`, `2.5%`, `-5%`: a number divided by 100. */
  const percentage = (operand: MathNode, context: Context): FormulaNode => {
    const negative = operand.type === 'OperatorNode' && (operand as MathOperator).fn === 'unaryMinus';
    const number = negative ? ((operand as MathOperator).args[0] as MathNode) : operand;
    if (number.type !== 'ConstantNode' || typeof (number as ConstantNode).value !== 'number') {
      throw new FormulaError(`% follows a number only (5% is 0.05): write ${operand.toString()} / 100`);
    }
    count(context); // the 100 mathjs divides by
    if (negative) count(context);
    const value = convert(number, context) as { value: number };
    return { kind: 'number', value: (negative ? -value.value : value.value) / 100 };
  };

  const call = (node: FunctionNode, context: Context): FormulaNode => {
    const name = node.fn.type === 'SymbolNode' ? (node.fn as SymbolNode).name : undefined;
    if (name === undefined) throw new FormulaError('calling an expression is not allowed; call a function by name, e.g. max(a, b)');
    if (!ALLOWED_FUNCTIONS.has(name)) {
      throw new FormulaError(`function ${name}() is not allowed in a formula; allowed: ${[...ALLOWED_FUNCTIONS].join(', ')}`, callAt(text, name));
    }
    const args = node.args as MathNode[];
    if (name === 'first' || name === 'last' || name === 'at') return pick(name, args, context);
    if (isAggregateCall(node))
      return overYears(args[0]!, 'aggregate', (arg, series, memo) => ({ kind: 'aggregate', function: name as Aggregate, arg, series, memo }));
    if (args.length === 0 && AGGREGATES.has(name)) {
      throw new FormulaError(`${name}() takes one series, as in ${name}(extra_to_private), or two or more values, as in ${name}(a, b)`, callAt(text, name));
    }
    const [fewest, most] = ARITY[name as YearlyFunction];
    if (args.length < fewest || args.length > most) {
      const takes = fewest === most ? plural(fewest, 'argument') : most === Infinity ? `${fewest} or more arguments` : `${fewest} or ${most} arguments`;
      throw new FormulaError(`${name}() takes ${takes}, not ${args.length}`, callAt(text, name));
    }
    return { kind: 'call', function: name as YearlyFunction, args: args.map((arg) => convert(arg, context)) };
  };

  const pick = (name: Pick, args: MathNode[], context: Context): FormulaNode => {
    if (name !== 'at') {
      if (args.length !== 1) throw new FormulaError(`${name}() takes one argument, the series: ${name}(x)`, callAt(text, name));
      return overYears(args[0]!, 'pick', (arg, series, memo) => ({ kind: 'pick', pick: name, arg, series, memo, label: undefined }));
    }
    const label = args[1]?.type === 'ConstantNode' ? (args[1] as ConstantNode).value : undefined;
    const year = typeof label === 'string' ? fiscalYearStart(label) : undefined;
    if (args.length !== 2 || typeof label !== 'string' || year === undefined) {
      const given = typeof label === 'string' ? `, not "${label}"` : '';
      throw new FormulaError(`at() takes a series and a fiscal year in quotes, e.g. at(x, "2019/20")${given}`, callAt(text, 'at'));
    }
    return overYears(args[0]!, 'pick', (arg, series, memo) => {
      count(context);
      return { kind: 'pick', pick: 'at', arg, series, memo, label: read(`l${label}`, () => ({ kind: 'label', label, year }), undefined) };
    });
  };

  const overYears = <N extends FormulaNode>(
    argument: MathNode,
    kind: 'aggregate' | 'pick',
    make: (arg: FormulaNode, series: number[], memo: number) => N,
  ): N => {
    const series: number[] = [];
    const memo = memos++;
    return make(convert(argument, { over: { kind, series } }), series, memo);
  };

  const tree = convert(root, { over: undefined });
  return { tree, reads, parts: { single: nodes - wholeSeries, wholeSeries }, memos };
}

/** Where `name(` is called in the text, for the error's position. */
function callAt(text: string, name: string): number | undefined {
  const found = new RegExp(`(?<![\\w$])${name.replace(/[$]/g, '\\$')}\\s*\\(`, 'u').exec(text);
  return found?.index ?? (text.includes(name) ? text.indexOf(name) : undefined);
}

const isAggregateCall = (call: FunctionNode): boolean =>
  call.fn.type === 'SymbolNode' && AGGREGATES.has((call.fn as SymbolNode).name) && call.args.length === 1;

const isOne = (node: MathNode) => node.type === 'ConstantNode' && (node as ConstantNode).value === 1;

/** `a + b%` as mathjs reads it: a + a * b%. */
function isPercentageOf(args: readonly MathNode[]): boolean {
  const right = args[1] as MathOperator | undefined;
  return (
    right?.type === 'OperatorNode' &&
    right.fn === 'multiply' &&
    right.args[0] === args[0] &&
    (right.args[1] as { isPercentage?: boolean }).isPercentage === true
  );
}

/** `2t` and `2 budget`; `5 kg` is a unit, which formulas cannot use, so it is reported as such. */
function implicitMultiplication(args: readonly MathNode[], text: string): FormulaError {
  const unit = args.find((arg) => arg.type === 'SymbolNode' && (arg as SymbolNode).name !== YEAR_SYMBOL && isMathName((arg as SymbolNode).name));
  if (unit) {
    const name = (unit as SymbolNode).name;
    return new FormulaError(`unknown name "${name}": formulas cannot use units or constants, only the scenario's cells`, text.indexOf(name), 'unknown-name');
  }
  const parts = args.map(String);
  return new FormulaError(`"${parts.join(' ')}" multiplies without a *: write ${parts.join(' * ')}`);
}

function describeNode(type: string): string {
  const words: Record<string, string> = {
    AssignmentNode: 'assignment (=)',
    FunctionAssignmentNode: 'defining a function',
    AccessorNode: 'property access (a.b or a[b])',
    IndexNode: 'indexing',
    ObjectNode: 'an object {…}',
    ArrayNode: 'a matrix [...]',
    RangeNode: 'a range (a:b)',
    BlockNode: 'several statements (; or newline)',
    RelationalNode: 'a chained comparison',
  };
  return words[type] ?? type;
}
