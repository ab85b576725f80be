import { runtimeFailure } from './cell-error.js';
import { instantiate, memoDeclarations, memoVariable } from './emit-javascript.js';
import type { ParsedFormula } from './formula.js';
import { isValidHorizon, yearsUpTo } from './horizon.js';
import type { Model } from './model.js';
import { HORIZON_CELL } from './names.js';
import type { Value } from './types.js';
import { Unavailable } from './unavailable.js';
import { yearIndex } from './years.js';

/**
 * The whole model compiled into one function of a few inputs, for the inner loop of sensitivity
 * sweeps and Monte Carlo runs: no result objects, no maps, one pass in dependency order.
 */
export interface Sweep {
  readonly inputs: readonly string[];
  /**
   * Every cell's value, by position in the model, for these input values (in the order of `inputs`).
   * Undefined when any cell would be an error: evaluate with setInput to see which and why.
   */
  readonly run: (values: readonly number[]) => readonly Value[] | undefined;
}

const failing: Sweep['run'] = () => undefined;

export function compileSweep(model: Model, inputs: readonly string[]): Sweep {
  checkSwept(model, inputs);
  const cells = model.cells.items;
  if (model.order.length !== cells.length || cells.some((compiled) => compiled.staticError !== undefined)) return { inputs, run: failing };
  const run = compileRun(
    model,
    inputs,
    cells.map(() => true),
    [],
  );
  return {
    inputs,
    run: (values) => {
      const output = run(values);
      return output === undefined || output.cells.includes(FAILED) ? undefined : (output.cells as Value[]);
    },
  };
}

export function checkSwept(model: Model, inputs: readonly string[]): void {
  if (inputs.some((name) => model.cells.get(name)?.cell.kind !== 'input')) throw new Error(`only inputs can be swept: ${inputs.join(', ')}`);
}

/** A formula computed after the cells of a sweep, from their values (see measure.ts). */
export interface SweptFormula {
  readonly formula: ParsedFormula;
  readonly readPositions: readonly number[];
}

/** Every cell's value (FAILED where it fails), and each extra formula's. */
export type RunOutput = { readonly cells: readonly unknown[]; readonly formulas: readonly unknown[] } | undefined;

/** What a failing cell holds in a sweep: using it fails what uses it, as in the engine, without a message. */
const FAILED = new Unavailable(runtimeFailure('failed in a sweep'));

/**
 * Compiles the cells marked in `needed` (which must hold every cell they and `formulas` read; the others are left
 * out and given as FAILED) and then `formulas`. A cell that fails holds
 * FAILED, so that, as when evaluating, a formula fails only if it uses a failing value. Undefined when the
 * horizon is not a valid number of years.
 */
export function compileRun(
  model: Model,
  inputs: readonly string[],
  needed: readonly boolean[],
  formulas: readonly SweptFormula[],
): (values: readonly number[]) => RunOutput {
  const cells = model.cells.items;
  const swept = new Map(inputs.map((name, index) => [model.cells.positionOf(name)!, index]));
  const inputSource = (position: number) => (swept.has(position) ? `x[${swept.get(position)}]` : `c[${position}]`);
  const constants: number[] = cells.map((compiled) => (compiled.cell.kind === 'input' ? compiled.cell.value : 0));
  const horizonPosition = model.cells.positionOf(HORIZON_CELL);
  const lines: string[] = [];
  if (horizonPosition === undefined) lines.push('const H = 0;');
  else lines.push(`const H = ${inputSource(horizonPosition)};`, 'if (!h(H)) return undefined;');
  lines.push('const T = t(H);');

  const labels = new Map<number, string>();
  const label = (year: number): string => {
    const index = yearIndex(model.baseYear, year);
    let variable = labels.get(index);
    if (variable === undefined) {
      variable = `L${labels.size}`;
      labels.set(index, variable);
      lines.push(`const ${variable} = ${Math.trunc(index)} < H ? ${Math.trunc(index)} : U;`);
    }
    return variable;
  };
  const expression = (formula: ParsedFormula, readPositions: readonly number[]) =>
    formula.emit((read) => {
      const position = readPositions[read]!;
      const what = formula.reads[read]!;
      if (what.kind === 'label') return label(what.year);
      if (what.kind === 'year') return what.whole ? 'T' : '(y + 1)';
      return !what.whole && cells[position]!.series ? `v${Math.trunc(position)}[y]` : `v${Math.trunc(position)}`;
    }, memoVariable);

  const ordered = new Uint8Array(cells.length);
  for (const position of model.orderPositions) ordered[position] = 1;
  // Cells on a circular reference are not in the order: they fail.
  cells.forEach((_, position) => {
    if (needed[position] && !ordered[position]) lines.push(`const v${position} = U;`);
  });
  for (const position of model.orderPositions) {
    const compiled = cells[position]!;
    if (!needed[position]) continue;
    const variable = `v${position}`;
    if (compiled.cell.kind === 'input') {
      lines.push(`let ${variable} = ${inputSource(position)}; if (!Number.isFinite(${variable})) ${variable} = U;`);
    } else if (compiled.staticError !== undefined || !compiled.formula) {
      lines.push(`const ${variable} = U;`);
    } else {
      const memos = memoDeclarations(compiled.formula.memos);
      const value = `n(${expression(compiled.formula, compiled.readPositions)})`;
      if (compiled.series)
        lines.push(`let ${variable} = new Array(H); try { ${memos}for (let y = 0; y < H; y++) ${variable}[y] = ${value}; } catch { ${variable} = U; }`);
      else lines.push(`let ${variable}; try { ${memos}${variable} = ${value}; } catch { ${variable} = U; }`);
    }
  }
  const declared = cells.map((_, position) => (needed[position] ? `v${position}` : 'U'));
  formulas.forEach(({ formula, readPositions }, i) => {
    lines.push(`let r${i}; try { ${memoDeclarations(formula.memos)}r${i} = n(${expression(formula, readPositions)}); } catch { r${i} = U; }`);
  });
  lines.push(`return { cells: [${declared.join(', ')}], formulas: [${formulas.map((_, i) => `r${i}`).join(', ')}] };`);
  return instantiate<(x: readonly number[]) => RunOutput>(
    ['c', 'n', 'U', 'h', 't'],
    `return (x) => {\n${lines.join('\n')}\n};`,
    constants,
    numberOrFail,
    FAILED,
    isValidHorizon,
    yearsUpTo,
  );
}

/** A formula result as the engine accepts it (a finite number; true and false count as 1 and 0), or FAILED is thrown. */
function numberOrFail(result: unknown): number {
  if (typeof result === 'number' && Number.isFinite(result)) return result;
  if (typeof result === 'boolean') return result ? 1 : 0;
  throw FAILED;
}
