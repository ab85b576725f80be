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

/** c0 is an input; each next cell is the previous plus one. */
export function chain(size: number): Sheet {
  const cells: Cell[] = [{ kind: 'input', name: 'c0', value: 1, unit: 'number' }];
  const rows: (number | string)[][] = [[1]];
  for (let i = 1; i < size; i++) {
    cells.push({ kind: 'formula', name: `c${i}`, formula: `c${i - 1} + 1`, unit: 'number' });
    rows.push([`=A${i} + 1`]);
  }
  const last = size - 1;
  return { name: `chain ${size}`, cells, hyperformula: rows, input: { name: 'c0', row: 0, col: 0 }, probe: { name: `c${last}`, row: last, col: 0 } };
}

/** A side × side grid: the corner is an input, edges add one, inner cells average their upper and left neighbours. */
export function grid(side: number): Sheet {
  const cells: Cell[] = [];
  const rows: (number | string)[][] = [];
  const name = (r: number, c: number) => `g${r}_${c}`;
  const ref = (r: number, c: number) => `${column(c)}${r + 1}`;
  for (let r = 0; r < side; r++) {
    const row: (number | string)[] = [];
    for (let c = 0; c < side; c++) {
      if (r === 0 && c === 0) {
        cells.push({ kind: 'input', name: name(0, 0), value: 1, unit: 'number' });
        row.push(1);
      } else if (r === 0 || c === 0) {
        const [pr, pc] = r === 0 ? [0, c - 1] : [r - 1, 0];
        cells.push({ kind: 'formula', name: name(r, c), formula: `${name(pr, pc)} + 1`, unit: 'number' });
        row.push(`=${ref(pr, pc)} + 1`);
      } else {
        cells.push({ kind: 'formula', name: name(r, c), formula: `(${name(r - 1, c)} + ${name(r, c - 1)}) / 2`, unit: 'number' });
        row.push(`=(${ref(r - 1, c)} + ${ref(r, c - 1)}) / 2`);
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
