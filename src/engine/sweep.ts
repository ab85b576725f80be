import { wholeSeriesSymbol } from './formula.js';
import type { Model } from './model.js';
import { HORIZON_CELL, MAX_HORIZON, YEAR_SYMBOL } from './names.js';
import { instantiate } from './native-compiler.js';
import type { Value } from './types.js';

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
  const cells = model.cells.items;
  const swept = new Map(inputs.map((name, index) => [model.cells.positionOf(name), index]));
  if (swept.has(undefined) || inputs.some((name) => model.cells.get(name)?.cell.kind !== 'input')) {
    throw new Error(`only inputs can be swept: ${inputs.join(', ')}`);
  }
  if (model.order.length !== cells.length || cells.some((compiled) => compiled.staticError !== undefined)) {
    return { inputs, run: failing };
  }

  const constants: number[] = cells.map((compiled) => (compiled.cell.kind === 'input' ? compiled.cell.value : 0));
  const horizonPosition = model.cells.positionOf(HORIZON_CELL);
  const lines: string[] = [];
  lines.push(
    horizonPosition === undefined ? 'const H = 0;' : `const H = ${swept.has(horizonPosition) ? `x[${swept.get(horizonPosition)}]` : `c[${horizonPosition}]`};`,
  );
  lines.push(`if (!(Number.isInteger(H) && H >= 0 && H <= ${MAX_HORIZON})) return undefined;`);
  if (horizonPosition !== undefined) lines.push('if (H < 1) return undefined;');
  lines.push('const T = new Array(H); for (let y = 0; y < H; y++) T[y] = y + 1;');

  for (const position of model.orderPositions) {
    const compiled = cells[position]!;
    const variable = `v${position}`;
    if (compiled.cell.kind === 'input') {
      const source = swept.has(position) ? `x[${swept.get(position)}]` : `c[${position}]`;
      lines.push(`const ${variable} = ${source}; if (!Number.isFinite(${variable})) return undefined;`);
      continue;
    }
    const seriesAt = (name: string) => model.cells.get(name)?.series === true;
    const expression = compiled.formula!.emit((symbol) => {
      if (symbol === YEAR_SYMBOL) return '(y + 1)';
      if (symbol === wholeSeriesSymbol(YEAR_SYMBOL)) return 'T';
      const whole = symbol.endsWith('$all');
      const name = whole ? symbol.slice(0, -'$all'.length) : symbol;
      const reference = `v${model.cells.positionOf(name)}`;
      return !whole && seriesAt(name) ? `${reference}[y]` : reference;
    });
    if (compiled.series) {
      lines.push(`const ${variable} = new Array(H);`);
      lines.push(`for (let y = 0; y < H; y++) { const r = n(${expression}); if (r === undefined) return undefined; ${variable}[y] = r; }`);
    } else {
      lines.push(`const ${variable} = n(${expression}); if (${variable} === undefined) return undefined;`);
    }
  }
  lines.push(`return [${cells.map((_, position) => `v${position}`).join(', ')}];`);

  const body = lines.join('\n');
  const compiledRun = instantiate<(x: readonly number[]) => Value[] | undefined>(['c', 'n'], `return (x) => {\n${body}\n};`, constants, finiteOrUndefined);
  return {
    inputs,
    run: (values) => {
      try {
        return compiledRun(values);
      } catch {
        return undefined;
      }
    },
  };
}

/** A formula result as the engine would accept it: a finite number (true and false count as 1 and 0). */
function finiteOrUndefined(result: unknown): number | undefined {
  if (typeof result === 'number') return Number.isFinite(result) ? result : undefined;
  if (typeof result === 'boolean') return result ? 1 : 0;
  return undefined;
}
