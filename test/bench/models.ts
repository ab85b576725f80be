import type { Cell } from '../../src/engine/index.js';

/** A generated sheet, described once and turned into both our cells and a HyperFormula array. */
export interface Sheet {
  readonly name: string;
  readonly cells: Cell[];
  readonly hyperformula: (number | string)[][];
  /** The input to edit, in both worlds. */
  readonly input: { readonly name: string; readonly row: number; readonly col: number };
  /** A cell whose value depends on the input, to check both agree. */
  readonly probe: { readonly name: string; readonly row: number; readonly col: number };
}

const column = (index: number): string => {
  let label = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) label = String.fromCharCode(65 + ((n - 1) % 26)) + label;
  return label;
};

/**
 * The text that makes variant `variant` of a sheet new: a prefix for our cell names and the numbers its
 * formulas use (`1` and `2` in variant 0; `1.000007` and `2.000007` in variant 7). Both engines get the same
 * numbers, so they compute the same values. No two variants share a formula's text, nor its shape with the cell
 * names taken out (as HyperFormula keys its cache), so nothing parsed or compiled for one can serve another.
 */
export function variantText(variant: number): { prefix: string; one: string; two: string } {
  if (variant === 0) return { prefix: '', one: '1', two: '2' };
  return { prefix: `v${variant}_`, one: String(1 + variant / 1e6), two: String(2 + variant / 1e6) };
}

/** c0 is an input; each next cell is the previous plus one (plus a little more in variants other than 0). */
export function chain(size: number, variant = 0): Sheet {
  const { prefix, one } = variantText(variant);
  const name = (i: number) => `${prefix}c${i}`;
  const cells: Cell[] = [{ kind: 'input', name: name(0), value: 1, unit: 'number' }];
  const rows: (number | string)[][] = [[1]];
  for (let i = 1; i < size; i++) {
    cells.push({ kind: 'formula', name: name(i), formula: `${name(i - 1)} + ${one}`, unit: 'number' });
    rows.push([`=A${i} + ${one}`]);
  }
  const last = size - 1;
  return { name: `chain ${size}`, cells, hyperformula: rows, input: { name: name(0), row: 0, col: 0 }, probe: { name: name(last), row: last, col: 0 } };
}

/**
 * A side × side grid: the corner is an input, edges add one, inner cells average their upper and left
 * neighbours (in variants other than 0, a little more than one and a divisor a little over two).
 */
export function grid(side: number, variant = 0): Sheet {
  const { prefix, one, two } = variantText(variant);
  const cells: Cell[] = [];
  const rows: (number | string)[][] = [];
  const name = (r: number, c: number) => `${prefix}g${r}_${c}`;
  const ref = (r: number, c: number) => `${column(c)}${r + 1}`;
  for (let r = 0; r < side; r++) {
    const row: (number | string)[] = [];
    for (let c = 0; c < side; c++) {
      if (r === 0 && c === 0) {
        cells.push({ kind: 'input', name: name(0, 0), value: 1, unit: 'number' });
        row.push(1);
      } else if (r === 0 || c === 0) {
        const [pr, pc] = r === 0 ? [0, c - 1] : [r - 1, 0];
        cells.push({ kind: 'formula', name: name(r, c), formula: `${name(pr, pc)} + ${one}`, unit: 'number' });
        row.push(`=${ref(pr, pc)} + ${one}`);
      } else {
        cells.push({ kind: 'formula', name: name(r, c), formula: `(${name(r - 1, c)} + ${name(r, c - 1)}) / ${two}`, unit: 'number' });
        row.push(`=(${ref(r - 1, c)} + ${ref(r, c - 1)}) / ${two}`);
      }
    }
    rows.push(row);
  }
  const last = side - 1;
  return {
    name: `grid ${side}×${side}`,
    cells,
    hyperformula: rows,
    input: { name: name(0, 0), row: 0, col: 0 },
    probe: { name: name(last, last), row: last, col: last },
  };
}
