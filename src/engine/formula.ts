import type { FunctionNode, MathNode, OperatorNode, SymbolNode } from 'mathjs';
import { ALLOWED_FUNCTIONS, ALLOWED_OPERATORS, mathFunction, parse, reducesOverYears } from './math.js';
import { type Compiled, compileNative, conditionHolds, emitExpression, type SymbolSource } from './native-compiler.js';

export const MAX_FORMULA_LENGTH = 2000;
export const MAX_FORMULA_NODES = 500;
const MAX_FORMULA_DEPTH = 64;

/** A reference to another cell: by year, or (inside a one-argument aggregate like sum(x)) to the whole series. */
export interface Reference {
  readonly name: string;
  readonly whole: boolean;
  /** Character offset of the name in the formula text. */
  readonly index: number;
}

/** One value a formula reads: a cell by year, or a whole series. */
export interface Slot {
  readonly name: string;
  readonly whole: boolean;
}

export interface ParsedFormula {
  readonly text: string;
  /** Every reference, in the order they appear. */
  readonly references: readonly Reference[];
  /** The distinct values the formula reads; `evaluate` takes them in this order. */
  readonly slots: readonly Slot[];
  /** Fast evaluation, compiled to native JavaScript. */
  readonly evaluate: Compiled;
  /** The same formula evaluated node by node with mathjs's functions on single values: the reference for correctness. */
  readonly evaluateByTree: Compiled;
  /** JavaScript source for the formula, reading each symbol (`name`, or `name$all` for a whole series) as given. */
  readonly emit: (symbolSource: SymbolSource) => string;
  /** Parts computed once per evaluation, and parts that work on a whole series (once per year of it). */
  readonly parts: { readonly single: number; readonly wholeSeries: number };
}

export class FormulaError extends Error {
  constructor(
    message: string,
    readonly index?: number,
  ) {
    super(message);
  }
}

export const wholeSeriesSymbol = (name: string): string => `${name}$all`;

/** Parses, checks against the allowlist, and compiles a formula once. Throws FormulaError. */
export function parseFormula(text: string): ParsedFormula {
  if (text.trim() === '') throw new FormulaError('formula is empty: write an expression such as "a * b"');
  if (text.length > MAX_FORMULA_LENGTH) {
    throw new FormulaError(`formula is ${text.length} characters long; the limit is ${MAX_FORMULA_LENGTH}`);
  }
  const depth = nestingDepth(text);
  if (depth > MAX_FORMULA_DEPTH)
    throw new FormulaError(`formula is nested ${depth} brackets deep; the limit is ${MAX_FORMULA_DEPTH}: split it into several cells`);
  let root: MathNode;
  try {
    root = parse(text);
  } catch (error) {
    if (error instanceof RangeError) throw new FormulaError(`formula is too deeply nested to read: split it into several cells`);
    const message = error instanceof Error ? error.message : String(error);
    const char = (error as { char?: number }).char;
    throw new FormulaError(message.replace(/\s*\(char \d+\)$/, ''), typeof char === 'number' ? Math.max(0, char - 1) : undefined);
  }
  const references: Reference[] = [];
  let nodes = 0;
  let wholeSeriesParts = 0;
  let searchFrom = 0;
  const locate = (name: string): number => {
    const found = text.indexOf(name, searchFrom);
    if (found >= 0) searchFrom = found + name.length;
    return found >= 0 ? found : text.indexOf(name);
  };

  const check = (node: MathNode, insideWhole: boolean): MathNode => {
    if (++nodes > MAX_FORMULA_NODES) throw new FormulaError(`formula has more than ${MAX_FORMULA_NODES} parts; split it into several cells`);
    if (insideWhole) wholeSeriesParts++;
    switch (node.type) {
      case 'ConstantNode': {
        const value = (node as unknown as { value: unknown }).value;
        if (typeof value !== 'number') throw new FormulaError(`only numbers may appear in a formula, not ${JSON.stringify(value)}`);
        if (!Number.isFinite(value)) throw new FormulaError(`${value} cannot be used in a formula: write a finite number`);
        return node;
      }
      case 'SymbolNode': {
        const name = (node as SymbolNode).name;
        references.push({ name, whole: insideWhole, index: locate(name) });
        return node;
      }
      case 'ParenthesisNode':
        return check((node as unknown as { content: MathNode }).content, insideWhole);
      case 'OperatorNode': {
        const op = node as OperatorNode;
        if (!ALLOWED_OPERATORS.has(op.fn as string)) throw new FormulaError(`operator "${op.op}" is not allowed in a formula`);
        for (const arg of op.args) check(arg, insideWhole);
        return node;
      }
      case 'ConditionalNode': {
        const cond = node as unknown as { condition: MathNode; trueExpr: MathNode; falseExpr: MathNode };
        for (const part of [cond.condition, cond.trueExpr, cond.falseExpr]) check(part, insideWhole);
        return node;
      }
      case 'FunctionNode': {
        const call = node as FunctionNode;
        const name = call.fn.type === 'SymbolNode' ? (call.fn as SymbolNode).name : undefined;
        if (name === undefined) throw new FormulaError('calling an expression is not allowed; call a function by name, e.g. max(a, b)');
        if (!ALLOWED_FUNCTIONS.has(name)) {
          throw new FormulaError(`function ${name}() is not allowed in a formula; allowed: ${[...ALLOWED_FUNCTIONS].join(', ')}`, text.indexOf(name));
        }
        const whole = reducesOverYears(call);
        if (whole && !insideWhole) wholeSeriesParts++;
        for (const arg of call.args) check(arg, insideWhole || whole);
        return node;
      }
      default:
        throw new FormulaError(`${describeNode(node.type)} is not allowed in a formula; use numbers, cell names, operators and functions`);
    }
  };
  check(root, false);

  // Whole-series references are renamed so one scope can carry both a year's value and the whole series.
  const wholeNames = new Set(references.filter((r) => r.whole).map((r) => r.name));
  const tree = wholeNames.size === 0 ? root : renameWhole(root, wholeNames);
  const slots: Slot[] = [];
  const symbols: string[] = [];
  for (const { name, whole } of references) {
    const symbol = whole ? wholeSeriesSymbol(name) : name;
    if (!symbols.includes(symbol)) {
      symbols.push(symbol);
      slots.push({ name, whole });
    }
  }
  return {
    text,
    references,
    slots,
    evaluate: compileNative(tree, (symbol) => symbols.indexOf(symbol)),
    evaluateByTree: interpret(tree, symbols),
    emit: (source) => emitExpression(tree, source),
    parts: { single: nodes - wholeSeriesParts, wholeSeries: wholeSeriesParts },
  };
}

/** How deep brackets nest in the text, so that deeply nested input is refused before parsing it. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const char of text) {
    if (char === '(' || char === '[' || char === '{') deepest = Math.max(deepest, ++depth);
    else if (char === ')' || char === ']' || char === '}') depth--;
  }
  return deepest;
}

/**
 * Evaluates a checked tree directly, one mathjs function call per node on single values. A one-argument
 * aggregate computes its argument once per year and reduces the results.
 */
function interpret(tree: MathNode, symbols: readonly string[]): Compiled {
  return (args) => {
    const read = (symbol: string): unknown => args[symbols.indexOf(symbol)];
    /** Years of the whole series the node reads outside nested aggregates; undefined when it reads none. */
    const yearsRead = (node: MathNode): number | undefined => {
      let years: number | undefined;
      const visit = (each: MathNode): void => {
        if (each.type === 'SymbolNode') {
          const value = read((each as SymbolNode).name);
          if (Array.isArray(value)) {
            if (years !== undefined && years !== value.length) throw new TypeError('series of different lengths');
            years = value.length;
          }
        } else if (each.type === 'FunctionNode') {
          const call = each as FunctionNode;
          if (!reducesOverYears(call)) call.args.forEach(visit);
        } else {
          each.forEach((child) => {
            visit(child);
          });
        }
      };
      visit(node);
      return years;
    };
    const at = (node: MathNode, year: number | undefined): unknown => {
      switch (node.type) {
        case 'ConstantNode':
          return (node as unknown as { value: number }).value;
        case 'SymbolNode': {
          const value = read((node as SymbolNode).name);
          return year !== undefined && Array.isArray(value) ? value[year] : value;
        }
        case 'ParenthesisNode':
          return at((node as unknown as { content: MathNode }).content, year);
        case 'ConditionalNode': {
          const parts = node as unknown as { condition: MathNode; trueExpr: MathNode; falseExpr: MathNode };
          return conditionHolds(at(parts.condition, year)) ? at(parts.trueExpr, year) : at(parts.falseExpr, year);
        }
        case 'OperatorNode': {
          const op = node as OperatorNode;
          return mathFunction(op.fn as string)(...op.args.map((arg) => at(arg, year)));
        }
        default: {
          const call = node as FunctionNode;
          const fn = mathFunction((call.fn as SymbolNode).name);
          if (!reducesOverYears(call)) return fn(...call.args.map((arg) => at(arg, year)));
          const [arg] = call.args as [MathNode];
          const years = yearsRead(arg);
          return fn(years === undefined ? at(arg, undefined) : Array.from({ length: years }, (_, each) => at(arg, each)));
        }
      }
    };
    return at(tree, undefined);
  };
}

function renameWhole(root: MathNode, names: ReadonlySet<string>): MathNode {
  const transform = (node: MathNode, inside: boolean): MathNode => {
    if (node.type === 'SymbolNode' && inside && names.has((node as SymbolNode).name)) {
      return new (node.constructor as new (name: string) => MathNode)(wholeSeriesSymbol((node as SymbolNode).name));
    }
    if (node.type === 'FunctionNode') {
      const call = node as FunctionNode;
      const args = call.args.map((arg) => transform(arg, inside || reducesOverYears(call)));
      return new (node.constructor as new (fn: MathNode, args: MathNode[]) => MathNode)(call.fn, args);
    }
    return node.map((child) => transform(child, inside));
  };
  return transform(root, false);
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
