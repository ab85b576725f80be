import { BrailleCanvas } from './braille.js';
import { type ChartLayout, type ChartSize, chartLayout, dotColumn, dotRow, legendText } from './layout.js';
import { AXIS, BAND_SHADE, type Ink, OBSERVED_MARK, REFERENCE, REFERENCE_RULE, seriesMark, TEXT, ZERO, ZERO_RULE } from './legend.js';
import type { ChartInput, ChartSeries } from './model.js';
import { clipText } from './text.js';

/** Text of one ink: a view draws each run in its colour. */
export interface Run {
  readonly text: string;
  readonly ink: Ink;
}

/** One line of a drawn chart, as runs of text. */
export type ChartRow = readonly Run[];

/** A chart drawn for a terminal: its layout, and exactly `rows` lines of at most `columns` characters each. */
export interface ChartPicture {
  readonly layout: ChartLayout;
  readonly rows: readonly ChartRow[];
}

export const rowText = (row: ChartRow): string => row.map((run) => run.text).join('');

/** Line patterns by series (solid, dashed, dotted), by step along each segment, so lines differ without colour too. */
const DASHES: readonly ((step: number) => boolean)[] = [() => true, (step) => step % 6 < 4, (step) => step % 2 === 0];

/** A point's mark shows at every year when years are at least this many characters apart; else at the last year only. */
const MARK_SPACING = 3;

interface Cell {
  char: string;
  ink: Ink;
}

/** A chart in a box of `size` characters: braille lines, marks, observed points, a shaded band, axes, labels and legend. */
export function drawChart(input: ChartInput, size: ChartSize): ChartPicture {
  const layout = chartLayout(input, size);
  return { layout, rows: rasterise(input, layout) };
}

/** Draws the chart laid out as `layout`. Nothing is drawn outside the box; every label is within it whole. */
export function rasterise(input: ChartInput, layout: ChartLayout): ChartRow[] {
  const { columns, rows } = layout.size;
  const grid: Cell[][] = Array.from({ length: rows }, () => Array.from({ length: columns }, () => ({ char: ' ', ink: TEXT })));
  const put = (row: number, column: number, char: string, ink: Ink) => {
    const cell = grid[row]?.[column];
    if (cell) {
      cell.char = char;
      cell.ink = ink;
    }
  };
  const write = (row: number, start: number, text: string, ink: Ink) => {
    for (const [i, char] of [...text].entries()) put(row, start + i, char, ink);
  };

  drawYAxis(layout, write, put);
  drawPlot(input, layout, put);
  drawXAxis(layout, write, put);
  layout.legend.forEach((line, i) => {
    let at = 0;
    for (const entry of line) {
      put(layout.legendTop + i, at, entry.mark, entry.ink);
      write(layout.legendTop + i, at + 1, ` ${entry.label}`, TEXT);
      at += [...legendText(entry)].length + 2;
    }
  });
  return grid.map(runsOf);
}

type Write = (row: number, start: number, text: string, ink: Ink) => void;
type Put = (row: number, column: number, char: string, ink: Ink) => void;

function drawYAxis(layout: ChartLayout, write: Write, put: Put): void {
  const { plot, labelWidth, reference } = layout;
  const axisColumn = plot.left - 1;
  for (let row = 0; row < plot.rows; row++) {
    const tick = layout.yTicks.find((placed) => placed.row === row);
    const onReference = reference?.row === row;
    const label = onReference ? reference.label : (tick?.tick.label ?? '');
    if (labelWidth > 0) write(plot.top + row, 0, clipText(label, labelWidth).padStart(labelWidth), onReference ? REFERENCE : TEXT);
    if (axisColumn >= 0) put(plot.top + row, axisColumn, tick || onReference ? '┤' : '│', AXIS);
  }
}

function drawXAxis(layout: ChartLayout, write: Write, put: Put): void {
  const { plot, axisLine, labelRow, xLabels } = layout;
  if (axisLine) {
    const row = plot.top + plot.rows;
    if (plot.left > 0) put(row, plot.left - 1, '└', AXIS);
    for (let column = plot.left; column < plot.left + plot.columns; column++) put(row, column, '─', AXIS);
    for (const label of xLabels) put(row, label.column, '┬', AXIS);
  }
  if (labelRow !== undefined) for (const label of xLabels) write(labelRow, label.start, label.year, TEXT);
}

/** A series' points on the x axis: the year's place on the axis and the value, for finite values only. */
function pointsOf(layout: ChartLayout, years: readonly string[], values: readonly number[]): { index: number; value: number }[] {
  const place = new Map(layout.years.map((year, i) => [year, i]));
  return years.flatMap((year, i) => {
    const index = place.get(year);
    const value = values[i];
    return index !== undefined && value !== undefined && Number.isFinite(value) ? [{ index, value }] : [];
  });
}

function drawPlot(input: ChartInput, layout: ChartLayout, put: Put): void {
  const { plot } = layout;
  const at = (row: number, column: number, char: string, ink: Ink) => {
    if (row >= 0 && row < plot.rows && column >= 0 && column < plot.columns) put(plot.top + row, plot.left + column, char, ink);
  };
  for (const [i, series] of input.series.entries()) drawBand(layout, series, i, at);
  for (const [row, char, ink] of [
    [layout.zeroRow, ZERO_RULE, ZERO],
    [layout.reference?.row, REFERENCE_RULE, REFERENCE],
  ] as const) {
    if (row !== undefined) for (let column = 0; column < plot.columns; column++) at(row, column, char, ink);
  }
  const canvas = new BrailleCanvas(plot.columns, plot.rows);
  const lines = input.series.map((series) => pointsOf(layout, series.years, series.values));
  lines.forEach((points, i) => {
    const dashed = DASHES[i % DASHES.length]!;
    let before: [number, number] | undefined;
    for (const [k, point] of points.entries()) {
      const dot: [number, number] = [dotColumn(layout, point.index), dotRow(layout, point.value) ?? 0];
      // A year without a value leaves a gap: only neighbours on the axis are joined.
      if (before && points[k - 1]!.index === point.index - 1) canvas.line(before, dot, i, dashed);
      else canvas.set(dot[0], dot[1], i);
      before = dot;
    }
  });
  for (let row = 0; row < plot.rows; row++) {
    for (let column = 0; column < plot.columns; column++) {
      const char = canvas.charAt(column, row);
      if (char) at(row, column, char, { role: 'line', series: canvas.ownerAt(column, row) });
    }
  }
  const everyYear = plot.columns / Math.max(1, layout.years.length - 1) >= MARK_SPACING;
  lines.forEach((points, i) => {
    for (const point of everyYear ? points : points.slice(-1)) {
      at(Math.floor((dotRow(layout, point.value) ?? 0) / 4), Math.floor(dotColumn(layout, point.index) / 2), seriesMark(i), { role: 'line', series: i });
    }
  });
  input.series.forEach((series, i) => {
    const observed = series.observed?.points ?? [];
    for (const point of pointsOf(
      layout,
      observed.map((p) => p.year),
      observed.map((p) => p.value),
    )) {
      at(Math.floor((dotRow(layout, point.value) ?? 0) / 4), Math.floor(dotColumn(layout, point.index) / 2), OBSERVED_MARK, { role: 'observed', series: i });
    }
  });
}

/** A series' band, shaded between its low and high, joined straight from year to year. */
function drawBand(layout: ChartLayout, series: ChartSeries, i: number, at: (row: number, column: number, char: string, ink: Ink) => void): void {
  const points = series.band?.points ?? [];
  const lows = pointsOf(
    layout,
    points.map((p) => p.year),
    points.map((p) => p.low),
  );
  const highs = pointsOf(
    layout,
    points.map((p) => p.year),
    points.map((p) => p.high),
  );
  const high = new Map(highs.map((point) => [point.index, point.value]));
  const spans = lows.flatMap((low) => (high.has(low.index) ? [{ index: low.index, low: low.value, high: high.get(low.index)! }] : []));
  spans.sort((a, b) => a.index - b.index);
  const ink: Ink = { role: 'band', series: i };
  const shade = (x: number, low: number, high: number) => {
    const top = Math.floor((dotRow(layout, Math.max(low, high)) ?? 0) / 4);
    const bottom = Math.floor((dotRow(layout, Math.min(low, high)) ?? 0) / 4);
    for (let row = top; row <= bottom; row++) at(row, Math.floor(x / 2), BAND_SHADE, ink);
  };
  spans.forEach((span, k) => {
    const next = spans[k + 1];
    const x0 = dotColumn(layout, span.index);
    if (!next || next.index !== span.index + 1) {
      shade(x0, span.low, span.high);
      return;
    }
    const x1 = dotColumn(layout, next.index);
    for (let x = x0; x <= x1; x++) {
      const t = x1 === x0 ? 0 : (x - x0) / (x1 - x0);
      shade(x, span.low + t * (next.low - span.low), span.high + t * (next.high - span.high));
    }
  });
}

const sameInk = (a: Ink, b: Ink): boolean => a.role === b.role && ('series' in a ? a.series : -1) === ('series' in b ? b.series : -1);

function runsOf(cells: readonly Cell[]): Run[] {
  const runs: Run[] = [];
  for (const cell of cells) {
    const last = runs.at(-1);
    if (last && sameInk(last.ink, cell.ink)) runs[runs.length - 1] = { text: last.text + cell.char, ink: last.ink };
    else runs.push({ text: cell.char, ink: cell.ink });
  }
  return runs;
}
