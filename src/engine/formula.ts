import type { MathNode } from 'mathjs';
import { type Compiled, compileJavaScript, emitJavaScript, type MemoSource, type ReadSource } from './emit-javascript.js';
import { compileByTree } from './evaluate-by-tree.js';
import { type CheckedFormula, checkFormulaTree, FormulaError, MAX_FORMULA_NODES } from './formula-check.js';
import { type NameUse, shapeOf } from './formula-shape.js';
import type { FormulaNode, Read, ShapeRead } from './formula-tree.js';
import { parse } from './math.js';

export type { Compiled } from './emit-javascript.js';
export type { NameUse } from './formula-shape.js';
export { FormulaError, MAX_FORMULA_NODES };

export const MAX_FORMULA_LENGTH = 2000;
const MAX_FORMULA_DEPTH = 64;

/** A parsed, checked and compiled formula. */
export interface ParsedFormula {
  readonly text: string;
  /** The checked tree; formulas of the same shape share it (its cell nodes point into `reads`). */
  readonly tree: FormulaNode;
  /** What the formula reads, in the order `evaluate` takes them: cells by year or whole, the year `t`, at()'s years. */
  readonly reads: readonly Read[];
  /** The distinct cell names it uses, in order of first use. */
  readonly names: readonly NameUse[];
  /** Parts computed once per evaluation, and parts computed once per year of a whole series. */
  readonly parts: CheckedFormula['parts'];
  /** Aggregates and picks remembered per evaluation (memo slots 0 … memos - 1). */
  readonly memos: number;
  /** Fast evaluation, compiled to native JavaScript once per shape. */
  readonly evaluate: Compiled;
  /** The same evaluated node by node with mathjs's functions: the reference for correctness. */
  readonly evaluateByTree: Compiled;
  /** JavaScript source for the formula, reading each value through `source`, and memo slots through `memo`. */
  readonly emit: (source: ReadSource, memo?: MemoSource) => string;
}

/** One shape checked and compiled: shared by every formula of that shape. */
interface Shape extends CheckedFormula {
  readonly evaluate: Compiled;
  byTree?: Compiled;
}

/** A formula parsed on its own text (no shape), with its names. */
interface OwnShape {
  readonly shape: Shape;
  readonly names: readonly NameUse[];
}

const CACHE_LIMIT = 20_000;
const shapes = new Map<string, Shape | FormulaError>();
const ownShapes = new Map<string, OwnShape | FormulaError>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** Parses, checks against the allowlist, and compiles a formula, once per shape. Throws FormulaError. */
export function parseFormula(text: string): ParsedFormula {
  checkText(text);
  const shaped = shapeOf(text);
  if (shaped) {
    let shape = shapes.get(shaped.key);
    if (shape === undefined)
      shape = remember(
        shapes,
        shaped.key,
        attempt(() => compileShape(shaped.key, shaped.key, slotOf)),
      );
    if (!(shape instanceof FormulaError)) return new Instance(text, shape, shaped.names);
    // The shape's error would point into the shape: the formula's own text gives the message and the place.
  }
  let own = ownShapes.get(text);
  if (own === undefined)
    own = remember(
      ownShapes,
      text,
      attempt(() => compileOwn(text)),
    );
  if (own instanceof FormulaError) throw own;
  return new Instance(text, own.shape, own.names);
}

/** The same as parseFormula, parsed on its own text without sharing a shape: the reference for the shape scan. */
export function parseFormulaAlone(text: string): ParsedFormula {
  checkText(text);
  const own = attempt(() => compileOwn(text));
  if (own instanceof FormulaError) throw own;
  return new Instance(text, own.shape, own.names);
}

function checkText(text: string): void {
  if (text.trim() === '') throw new FormulaError('formula is empty: write an expression such as "a * b"');
  if (text.length > MAX_FORMULA_LENGTH) throw new FormulaError(`formula is ${text.length} characters long; the limit is ${MAX_FORMULA_LENGTH}`);
}

function attempt<V>(compile: () => V): V | FormulaError {
  try {
    return compile();
  } catch (error) {
    return error instanceof FormulaError ? error : new FormulaError(error instanceof Error ? error.message : String(error));
  }
}

/** In a shape, a slot is written `_n`. */
function slotOf(symbol: string): number {
  const slot = /^_(\d+)$/.exec(symbol);
  if (!slot) throw new FormulaError(`unexpected name ${symbol}`);
  return Number(slot[1]);
}

function compileShape(text: string, errorText: string, nameOf: (symbol: string) => number): Shape {
  const depth = nestingDepth(text);
  if (depth > MAX_FORMULA_DEPTH)
    throw new FormulaError(`formula is nested ${depth} brackets deep; the limit is ${MAX_FORMULA_DEPTH}: split it into several cells`);
  const percent = percentFollowedProblem(text);
  if (percent) throw new FormulaError(percent.message, percent.index);
  let root: MathNode;
  try {
    root = parse(text);
  } catch (error) {
    if (error instanceof RangeError) throw new FormulaError('formula is too deeply nested to read: split it into several cells');
    const message = error instanceof Error ? error.message : String(error);
    const char = (error as { char?: number }).char;
    throw new FormulaError(message.replace(/\s*\(char \d+\)$/, ''), typeof char === 'number' ? Math.max(0, char - 1) : undefined);
  }
  const checked = checkFormulaTree(root, errorText, nameOf);
  return { ...checked, evaluate: compileJavaScript(checked.tree, checked.memos) };
}

/** A formula whose text the shape scan does not read (or whose shape failed), checked on its own text. */
function compileOwn(text: string): OwnShape {
  const names: NameUse[] = [];
  const slots = new Map<string, number>();
  let searchFrom = 0;
  const shape = compileShape(text, text, (name) => {
    let slot = slots.get(name);
    if (slot === undefined) {
      slot = names.length;
      slots.set(name, slot);
      const found = text.indexOf(name, searchFrom);
      if (found >= 0) searchFrom = found + name.length;
      names.push({ name, index: found >= 0 ? found : Math.max(0, text.indexOf(name)) });
    }
    return slot;
  });
  return { shape, names };
}

/** A formula of a shape: one object per formula, everything else shared with the shape (a file may have thousands). */
class Instance implements ParsedFormula {
  readonly tree: FormulaNode;
  readonly reads: readonly Read[];
  readonly parts: CheckedFormula['parts'];
  readonly memos: number;
  readonly evaluate: Compiled;

  constructor(
    readonly text: string,
    private readonly shape: Shape,
    readonly names: readonly NameUse[],
  ) {
    this.tree = shape.tree;
    this.reads = readsNamed(shape.reads, names);
    this.parts = shape.parts;
    this.memos = shape.memos;
    this.evaluate = shape.evaluate;
  }

  get evaluateByTree(): Compiled {
    this.shape.byTree ??= compileByTree(this.shape.tree, this.shape.memos);
    return this.shape.byTree;
  }

  emit(source: ReadSource, memo?: MemoSource): string {
    return emitJavaScript(this.shape.tree, source, memo);
  }
}

function readsNamed(reads: readonly ShapeRead[], names: readonly NameUse[]): Read[] {
  const named: Read[] = new Array(reads.length);
  for (let i = 0; i < reads.length; i++) {
    const read = reads[i]!;
    named[i] = read.kind === 'cell' ? { kind: 'cell', name: names[read.name]!.name, whole: read.whole } : read;
  }
  return named;
}

/** How deep brackets nest in the text, so that deeply nested input is refused before parsing it. */
/** Words that may follow a percentage, as they cannot start a value. */
const AFTER_PERCENT = /^(and|or|xor|to|in)(?![\w$])/;

/**
 * A percentage (`5%`, the `%` right after a number) followed by something that could start a value (`5%(x`, `5%-`,
 * `5% + 1`). mathjs then tries to read the remainder of a division; where that fails it takes the `%` as a
 * percentage and silently drops what follows, so `5%(x` would be 0.05. Refused here, before mathjs reads it, with
 * where and what to write. A `%` after a name or a space (`k % 2`) is left to the check that refuses the remainder.
 */
function percentFollowedProblem(text: string): { message: string; index: number } | undefined {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    if (char !== '%' || !/[\d.]/.test(text[i - 1] ?? '')) continue;
    const rest = text.slice(i + 1).trimStart();
    if (rest === '' || /^[)\]},*/^<>=!?:&|]/.test(rest) || AFTER_PERCENT.test(rest)) continue;
    const before = text.slice(0, i + 1).trimEnd();
    return {
      message: `after a percentage, "${rest[0]}" would be read as the remainder of a division: put the percentage in brackets, e.g. (${before.split(/[\s(]/).at(-1)}) ${rest.slice(0, 12).trimEnd()}`,
      index: i,
    };
  }
  return undefined;
}

function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const char of text) {
    if (char === '(' || char === '[' || char === '{') deepest = Math.max(deepest, ++depth);
    else if (char === ')' || char === ']' || char === '}') depth--;
  }
  return deepest;
}
