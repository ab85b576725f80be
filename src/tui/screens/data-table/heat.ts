import { formatNumber, type Unit } from '../../../engine/index.js';
import { hiddenColumnsHint } from '../../layout.js';
import { textWidth } from '../../wrap.js';

/** One side of a data table: the input, its values as shown, and the one nearest the scenario's own value. */
export interface HeatAxis {
  readonly name: string;
  readonly labels: readonly string[];
  readonly current: number;
}

/** Two inputs and one output: `values[row][column]`, undefined where it could not be computed. */
export interface HeatGrid {
  readonly down: HeatAxis;
  readonly across: HeatAxis;
  readonly values: readonly (readonly (number | undefined)[])[];
  readonly unit: Unit;
}

/** Shades from the lowest quarter of the values to the highest, so the heat reads without colour. */
export const SHADES = ['░', '▒', '▓', '█'] as const;
export const ERROR_TEXT = 'ERROR';

/** What a run of text is: part of the axes, a value with its shade (0 lowest to 3 highest), or a value that failed. */
export type HeatTone =
  | { readonly kind: 'axis' }
  | { readonly kind: 'current' }
  | { readonly kind: 'heat'; readonly shade: number; readonly cursor: boolean; readonly current: boolean }
  | { readonly kind: 'error'; readonly cursor: boolean };

export interface HeatRun {
  readonly text: string;
  readonly tone: HeatTone;
}

/** Which rows or columns of the grid show: from `from`, `count` of them, of `of`. */
export interface Window {
  readonly from: number;
  readonly count: number;
  readonly of: number;
}

export interface HeatPicture {
  /** The inputs' names, the across input's values, then one line per row shown. */
  readonly lines: readonly (readonly HeatRun[])[];
  readonly rows: Window;
  readonly columns: Window;
  readonly lowest?: number;
  readonly highest?: number;
}

/** The lines above the rows: the two inputs' names, then the across input's values. */
export const HEADER_LINES = 2;
/** Room kept at the end of the header for `←2 3→` when not every column fits. */
const HINT_WIDTH = 8;

const AXIS: HeatTone = { kind: 'axis' };

/** What a grid's values are as text, their extent and widest text: worked out once per table, not on every frame. */
interface Measured {
  readonly texts: readonly (readonly string[])[];
  readonly lowest?: number;
  readonly highest?: number;
  readonly valueWidth: number;
}

const MEASURED = new WeakMap<HeatGrid, Measured>();

const widest = (texts: readonly string[]): number => texts.reduce((most, text) => Math.max(most, textWidth(text)), 1);

function measured(grid: HeatGrid): Measured {
  const known = MEASURED.get(grid);
  if (known) return known;
  let lowest: number | undefined;
  let highest: number | undefined;
  for (const row of grid.values) {
    for (const value of row) {
      if (value === undefined) continue;
      lowest = lowest === undefined || value < lowest ? value : lowest;
      highest = highest === undefined || value > highest ? value : highest;
    }
  }
  const texts = grid.values.map((row) => row.map((value) => (value === undefined ? ERROR_TEXT : formatNumber(value, grid.unit))));
  const valueWidth = Math.max(widest(grid.across.labels), ...texts.map(widest));
  const result: Measured = { texts, valueWidth, ...(lowest === undefined ? {} : { lowest, highest }) };
  MEASURED.set(grid, result);
  return result;
}

/** The lowest and highest values of a grid, if any could be computed. */
export const extentOf = (grid: HeatGrid): { readonly lowest?: number; readonly highest?: number } => {
  const { lowest, highest } = measured(grid);
  return lowest === undefined ? {} : { lowest, highest };
};

/** Which quarter of lowest..highest a value is in; the middle ones when every value is the same. */
export function shadeOf(value: number, lowest: number, highest: number): number {
  if (!(highest > lowest)) return 1;
  return Math.min(SHADES.length - 1, Math.floor(((value - lowest) / (highest - lowest)) * SHADES.length + 1e-9));
}

const cut = (text: string, width: number): string => (textWidth(text) <= width ? text : `${[...text].slice(0, Math.max(0, width - 1)).join('')}…`);

/** Where a window of `count` starts so that `keep` shows, from `wanted`. */
const windowFrom = (wanted: number, keep: number, count: number, of: number): number => {
  let from = Math.max(0, Math.min(wanted, of - count));
  if (keep < from) from = keep;
  if (keep >= from + count) from = keep - count + 1;
  return Math.max(0, from);
};

/**
 * The grid laid out in `columns` × `rows` characters: the down input's values on the left, the across input's on top,
 * each cell its value in the output's unit after its shade character. The scenario's own values (the nearest row and
 * column) are in brackets, and so is the cell where they meet. Rows and columns that do not fit are left out around
 * the cursor, starting from `top` and `left` where that keeps it in view; a column is never cut.
 */
export function layOutHeat(
  grid: HeatGrid,
  size: { readonly columns: number; readonly rows: number },
  view: { readonly top: number; readonly left: number; readonly cursor: { readonly row: number; readonly column: number } },
): HeatPicture {
  const { down, across, values } = grid;
  const { texts, lowest, highest, valueWidth } = measured(grid);
  // A cell: a bracket or space, its shade and a space, its value, a bracket or space.
  const cellWidth = valueWidth + 4;
  // The row labels, bracketed or not, and a space; the down input's name goes above them, on the across input's line.
  const labelWidth = widest(down.labels) + 3;
  const room = size.columns - labelWidth;
  const all = Math.floor(room / cellWidth);
  const columnCount = Math.max(1, Math.min(across.labels.length, all >= across.labels.length ? all : Math.floor((room - HINT_WIDTH) / cellWidth)));
  const rowCount = Math.max(1, Math.min(down.labels.length, size.rows - HEADER_LINES));
  const cursor = { row: Math.min(view.cursor.row, down.labels.length - 1), column: Math.min(view.cursor.column, across.labels.length - 1) };
  const rows: Window = { from: windowFrom(view.top, cursor.row, rowCount, down.labels.length), count: rowCount, of: down.labels.length };
  const columns: Window = { from: windowFrom(view.left, cursor.column, columnCount, across.labels.length), count: columnCount, of: across.labels.length };
  const shownColumns = Array.from({ length: columns.count }, (_, i) => columns.from + i);
  const bracketed = (text: string, on: boolean) => (on ? `[${text}]` : ` ${text} `);

  const downName = `${down.name} ↓`;
  const acrossAt = Math.max(labelWidth, textWidth(downName) + 2);
  const axisLine: HeatRun[] = [{ text: cut(`${downName.padEnd(acrossAt)}${across.name} →`, size.columns), tone: AXIS }];
  const above = rows.from > 0 ? `↑${rows.from}` : '';
  const below = rows.of - rows.from - rows.count > 0 ? `↓${rows.of - rows.from - rows.count}` : '';
  const rowsHint = cut([above, below].filter((part) => part !== '').join(' '), labelWidth - 1).padEnd(labelWidth);
  const hint = hiddenColumnsHint(columns.from, columns.count, columns.of);
  const header: HeatRun[] = [
    { text: rowsHint, tone: AXIS },
    ...shownColumns.map((column): HeatRun => {
      const current = column === across.current;
      return { text: bracketed(across.labels[column]!.padStart(valueWidth + 2), current), tone: current ? { kind: 'current' } : AXIS };
    }),
    ...(hint ? [{ text: hint, tone: AXIS }] : []),
  ];
  const body = Array.from({ length: rows.count }, (_, i): HeatRun[] => {
    const row = rows.from + i;
    const onRow = row === down.current;
    const label: HeatRun = {
      text: bracketed(down.labels[row]!, onRow)
        .padStart(labelWidth - 1)
        .padEnd(labelWidth),
      tone: onRow ? { kind: 'current' } : AXIS,
    };
    const cells = shownColumns.map((column): HeatRun => {
      const value = values[row]?.[column];
      const current = onRow && column === across.current;
      const isCursor = row === cursor.row && column === cursor.column;
      const text = texts[row]![column]!.padStart(valueWidth);
      if (value === undefined || lowest === undefined || highest === undefined)
        return { text: bracketed(`  ${text}`, current), tone: { kind: 'error', cursor: isCursor } };
      const shade = shadeOf(value, lowest, highest);
      return { text: bracketed(`${SHADES[shade]} ${text}`, current), tone: { kind: 'heat', shade, cursor: isCursor, current } };
    });
    return [label, ...cells];
  });
  return { lines: [axisLine, header, ...body], rows, columns, ...(lowest === undefined ? {} : { lowest, highest }) };
}

/** What each shade stands for, in the output's unit: `░ from 7.72% · ▒ from 10.14% · ▓ from 12.57% · █ from 14.99% to 17.41%`. */
export function shadeLegend(lowest: number | undefined, highest: number | undefined, unit: Unit): string {
  if (lowest === undefined || highest === undefined) return 'no value could be computed';
  if (!(highest > lowest)) return `every value is ${formatNumber(lowest, unit)} (${SHADES[1]})`;
  const parts = SHADES.map((shade, i) => `${shade} from ${formatNumber(lowest + ((highest - lowest) * i) / SHADES.length, unit)}`);
  return `${parts.join(' · ')} to ${formatNumber(highest, unit)}`;
}
