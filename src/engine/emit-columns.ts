import { instantiate } from './emit-javascript.js';
import type { ParsedFormula } from './formula.js';
import { type Aggregate, type AggregateNode, type FormulaNode, foldFormula, type PickNode } from './formula-tree.js';
import { AGGREGATE_FUNCTIONS, FUNCTIONS, nearlyEqual } from './scalar.js';

/**
 * The column-wise emitter: a formula becomes a loop over all samples for each year, over Float64Arrays, with the
 * formula as one expression per sample. Laziness comes for free: `?:`, `and` and `or` are JavaScript's own, per
 * sample. Every value is a number (comparisons give 1 or 0, which is what true and false mean everywhere in the
 * engine). What a column cannot hold, such as a complex number on the way to a real one, makes that sample
 * "exotic": the caller computes that cell of that sample with the scalar engine instead.
 */

/** Where one of a formula's reads comes from in a column run. */
export type ColumnRead =
  /** A cell computed per sample: one column per year (`series`), or one column. */
  | { readonly kind: 'varying'; readonly position: number; readonly series: boolean }
  /** A cell with the same value in every sample. */
  | { readonly kind: 'constant'; readonly position: number; readonly value: number | readonly number[] }
  | { readonly kind: 'year' }
  /** at()'s year, a projected year (0-based). */
  | { readonly kind: 'label'; readonly index: number };

/**
 * Computes one formula over `samples` samples. `values[p]` holds cell p's columns (by year), `constants[p]` a
 * constant series cell's values; `out` receives the result's columns. `status[s]` becomes 1 where the formula fails
 * in sample s (a result that is not a finite number, or an error of its own); `exotic[s]` becomes 1 where the
 * sample must be computed by the scalar engine. Scratch arrays are the kernel's own.
 */
export type ColumnKernel = (
  samples: number,
  values: readonly (readonly Float64Array[])[],
  constants: readonly (readonly number[] | undefined)[],
  out: readonly Float64Array[],
  status: Uint8Array,
  exotic: Uint8Array,
) => void;

/** Thrown inside generated code where a value is not a plain number. */
const EXOTIC = Object.freeze({ exotic: true });

const exotic = (): never => {
  throw EXOTIC;
};

/** A helper's result as a column holds it: a number (true and false as 1 and 0), or the sample is exotic. */
const asColumnNumber = (value: unknown): number => (typeof value === 'number' ? value : typeof value === 'boolean' ? +value : exotic());

/** The engine's pow on numbers; a negative base with a fractional power is complex (exotic). */
const power = (x: number, y: number): number => (x >= 0 || Number.isInteger(y) ? x ** y : exotic());

/** An over-years value that failed when computed ahead: 1 is an error of the formula's own, 2 an exotic sample. */
const OWN_ERROR = Object.freeze({ own: true });
const rethrow = (code: number): never => {
  throw code === 2 ? EXOTIC : OWN_ERROR;
};

/** Comparisons with the engine's tolerance, as 1 or 0 (helpers, so that each side is computed once). */
const COMPARISONS = {
  smaller: (x: number, y: number) => (x < y && !nearlyEqual(x, y) ? 1 : 0),
  larger: (x: number, y: number) => (x > y && !nearlyEqual(x, y) ? 1 : 0),
  smallerEq: (x: number, y: number) => (x < y || nearlyEqual(x, y) ? 1 : 0),
  largerEq: (x: number, y: number) => (x > y || nearlyEqual(x, y) ? 1 : 0),
  equal: (x: number, y: number) => (nearlyEqual(x, y) ? 1 : 0),
  unequal: (x: number, y: number) => (nearlyEqual(x, y) ? 0 : 1),
};
const COMPARED = Object.keys(COMPARISONS) as (keyof typeof COMPARISONS)[];

const YEARLY = Object.keys(FUNCTIONS) as (keyof typeof FUNCTIONS)[];

const HELPERS = {
  X: EXOTIC,
  R: rethrow,
  N: asColumnNumber,
  P: power,
  F: YEARLY.map((name) => FUNCTIONS[name]),
  E: nearlyEqual,
  C: COMPARED.map((name) => COMPARISONS[name]),
  M: AGGREGATE_FUNCTIONS.median,
};

const ARITHMETIC: Record<string, string> = { add: '+', subtract: '-', multiply: '*', divide: '/' };

/** A number as JavaScript source, sign of zero included. */
const literal = (value: number): string => (Object.is(value, -0) ? '(-0)' : `(${String(value)})`);

interface Emitted {
  readonly code: string;
  /** True when it calls a helper that may throw (an error of its own, or an exotic value). */
  readonly throws: boolean;
}

/** x^y; a whole power (a whole number, or the year) can never be complex, so it needs no check. */
function powerOf(x: Emitted, y: Emitted, exponent: FormulaNode): Emitted {
  const whole = exponent.kind === 'year' || (exponent.kind === 'number' && Number.isInteger(exponent.value));
  return whole ? { code: `(${x.code} ** ${y.code})`, throws: x.throws || y.throws } : { code: `P(${x.code}, ${y.code})`, throws: true };
}

interface OverYears {
  readonly node: AggregateNode | PickNode;
  readonly arg: Emitted;
  /** Its slot among the formula's precomputed columns. */
  readonly slot: number;
}

/** Per-sample values are read as `name[s]`; these declare each name once, per year (`y`, `yy`) or for the kernel. */
function declarations(code: string, level: 'kernel' | 'y' | 'yy'): string {
  const pattern = level === 'kernel' ? /\b([dg])(\d+)\b/g : level === 'y' ? /\b([ck])(\d+)\b/g : /\b([wq])(\d+)\b/g;
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const [name, kind, digits] of code.matchAll(pattern)) {
    if (seen.has(name)) continue;
    seen.add(name);
    const p = Number(digits);
    if (kind === 'd') lines.push(`const d${p} = V[${p}][0];`);
    else if (kind === 'g') lines.push(`const g${p} = G[${p}], gf${p} = GF[${p}];`);
    else if (kind === 'c') lines.push(`const c${p} = V[${p}][y];`);
    else if (kind === 'k') lines.push(`const k${p} = K[${p}][y];`);
    else if (kind === 'w') lines.push(`const w${p} = V[${p}][yy];`);
    else lines.push(`const q${p} = K[${p}][yy];`);
  }
  return lines.join(' ');
}

/** The per-sample body: `compute` gives the value, `store` keeps it; errors and exotic values are caught per sample. */
function guarded(value: Emitted, store: (value: string) => string, onError: string): string {
  const body = `const r = ${value.code}; ${store('r')}`;
  return value.throws ? `try { ${body} } catch (e) { ${onError} }` : body;
}

const COMBINE: Record<Exclude<Aggregate, 'median'>, (acc: string) => string> = {
  sum: (acc) => `${acc} + r`,
  mean: (acc) => `${acc} + r`,
  prod: (acc) => `${acc} * r`,
  min: (acc) => `(r < ${acc} && !E(r, ${acc})) ? r : ${acc}`,
  max: (acc) => `(r > ${acc} && !E(r, ${acc})) ? r : ${acc}`,
};

/**
 * The loop computing an aggregate or pick ahead, for every sample: its value does not depend on the year (it is
 * remembered per evaluation in the scalar engine), and a failure is kept in `gf` until a sample uses the value.
 * Undefined when the pick can never give a value (the scalar engine says why).
 */
function overYearsLoop({ node, arg, slot }: OverYears, years: number, series: boolean, label: number | undefined): string | undefined {
  const g = `g${slot}`;
  const gf = `gf${slot}`;
  const skip = arg.throws ? `if (${gf}[s] !== 0) continue; ` : '';
  const onError = `${gf}[s] = e === X ? 2 : 1;`;
  const perYear = declarations(arg.code, 'yy');
  if (node.kind === 'pick') {
    const year = node.pick === 'first' ? 0 : node.pick === 'last' ? years - 1 : series ? label : 0;
    if (year === undefined || year < 0 || year >= years) return undefined;
    return `{ const yy = ${year}; ${perYear} for (let s = 0; s < n; s++) { ${skip}${guarded(arg, (r) => `${g}[s] = ${r};`, onError)} } }`;
  }
  if (node.function === 'median') {
    const store = (r: string) => `B[s * ${years} + yy] = ${r};`;
    return [
      `{ const B = new Float64Array(n * ${years});`,
      `for (let yy = 0; yy < ${years}; yy++) { ${perYear} for (let s = 0; s < n; s++) { ${skip}${guarded(arg, store, onError)} } }`,
      `for (let s = 0; s < n; s++) { if (${gf}[s] !== 0) continue; try { ${g}[s] = N(M(Array.from(B.subarray(s * ${years}, (s + 1) * ${years})))); } catch (e) { ${onError} } } }`,
    ].join('\n');
  }
  const combine = COMBINE[node.function](`${g}[s]`);
  const mean = node.function === 'mean' ? `for (let s = 0; s < n; s++) ${g}[s] = ${g}[s] / ${years};` : '';
  const store = (r: string) => `${g}[s] = yy === 0 ? ${r} : ${combine};`;
  return `{ for (let yy = 0; yy < ${years}; yy++) { ${perYear} for (let s = 0; s < n; s++) { ${skip}${guarded(arg, store, onError)} } } ${mean} }`;
}

/** True when a read that sets how many years an aggregate or pick runs for is a series: it runs for the horizon, else for one year. */
function seriesRead(node: AggregateNode | PickNode, reads: readonly ColumnRead[]): boolean {
  return node.series.some((read) => {
    const what = reads[read]!;
    return what.kind === 'year' || (what.kind === 'varying' && what.series) || (what.kind === 'constant' && typeof what.value !== 'number');
  });
}

/**
 * The kernel of a formula whose reads all have values (failing reads and years not projected go to the scalar
 * engine), or undefined when the formula can only fail that way (an at() of a year its argument does not have).
 * Also how many precomputed columns it needs.
 */
export function compileColumnKernel(
  formula: ParsedFormula,
  reads: readonly ColumnRead[],
  series: boolean,
  horizon: number,
): { readonly kernel: ColumnKernel; readonly slots: number } | undefined {
  const overs: OverYears[] = [];
  const source = (read: number, whole: boolean): string => {
    const what = reads[read]!;
    if (what.kind === 'year') return whole ? '(yy + 1)' : '(y + 1)';
    if (what.kind === 'label') return literal(what.index);
    const p = Math.trunc(what.position);
    if (what.kind === 'constant') return typeof what.value === 'number' ? literal(what.value) : whole ? `q${p}` : `k${p}`;
    return !what.series ? `d${p}[s]` : whole ? `w${p}[s]` : `c${p}[s]`;
  };
  const overYears = (node: AggregateNode | PickNode, arg: Emitted): Emitted => {
    const slot = overs.length;
    overs.push({ node, arg, slot });
    return arg.throws ? { code: `(gf${slot}[s] === 0 ? g${slot}[s] : R(gf${slot}[s]))`, throws: true } : { code: `g${slot}[s]`, throws: false };
  };
  const either = (args: readonly Emitted[]) => args.some((arg) => arg.throws);
  const expression = foldFormula<Emitted>(formula.tree, {
    number: (node) => ({ code: literal(node.value), throws: false }),
    cell: (node) => ({ code: source(node.read, node.whole), throws: false }),
    year: (node) => ({ code: source(node.read, node.whole), throws: false }),
    operator: (node, args) => {
      const [x, y] = args.map((arg) => arg.code) as [string, string];
      const throws = either(args);
      if (node.operator in ARITHMETIC) return { code: `(${x} ${ARITHMETIC[node.operator]} ${y})`, throws };
      const compared = COMPARED.indexOf(node.operator as (typeof COMPARED)[number]);
      if (compared >= 0) return { code: `C[${compared}](${x}, ${y})`, throws };
      if (node.operator === 'unaryMinus') return { code: `(-${x})`, throws };
      if (node.operator === 'not') return { code: `(${x} ? 0 : 1)`, throws };
      if (node.operator === 'pow') return powerOf(args[0]!, args[1]!, node.args[1]!);
      return { code: `N(F[${YEARLY.indexOf(node.operator)}](${x}, ${y}))`, throws: true };
    },
    logical: (node, left, right) => ({
      code: `(${left.code} ${node.operator === 'and' ? '&&' : '||'} ${right.code} ? 1 : 0)`,
      throws: left.throws || right.throws,
    }),
    conditional: (_, test, whenTrue, whenFalse) => ({
      code: `(${test.code} ? ${whenTrue.code} : ${whenFalse.code})`,
      throws: either([test, whenTrue, whenFalse]),
    }),
    call: (node, args) => {
      const codes = args.map((arg) => arg.code).join(', ');
      if (node.function === 'pow' && args.length === 2) return powerOf(args[0]!, args[1]!, node.args[1]!);
      return { code: `N(F[${YEARLY.indexOf(node.function)}](${codes}))`, throws: true };
    },
    aggregate: overYears,
    pick: overYears,
  });

  const loops: string[] = [];
  for (const over of overs) {
    const series = seriesRead(over.node, reads);
    const label = over.node.kind === 'pick' && over.node.label !== undefined ? reads[over.node.label] : undefined;
    const loop = overYearsLoop(over, series ? horizon : 1, series, label?.kind === 'label' ? label.index : undefined);
    if (loop === undefined) return undefined;
    loops.push(loop);
  }
  const onError = 'if (e === X) x[s] = 1; else st[s] = 1;';
  const store = (r: string) => `o[s] = ${r}; if (${r} - ${r} !== 0) st[s] = 1;`;
  const perSample = `for (let s = 0; s < n; s++) { ${guarded(expression, store, onError)} }`;
  const main = series
    ? `for (let y = 0; y < ${horizon}; y++) { const o = out[y]; ${declarations(expression.code, 'y')} ${perSample} }`
    : `{ const o = out[0]; ${perSample} }`;
  const everything = [...overs.map((over) => over.arg.code), expression.code].join(' ');
  const scratch =
    overs.length === 0
      ? ''
      : `const G = [${overs.map(() => 'new Float64Array(n)').join(', ')}]; const GF = [${overs.map(() => 'new Uint8Array(n)').join(', ')}];`;
  const body = [scratch, declarations(everything, 'kernel'), ...loops, main].join('\n');
  const kernel = instantiate<ColumnKernel>(Object.keys(HELPERS), `return (n, V, K, out, st, x) => {\n${body}\n};`, ...Object.values(HELPERS));
  return { kernel, slots: overs.length };
}
