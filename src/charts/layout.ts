import { formatNumber } from '../engine/index.js';
import { type LegendEntry, legendEntries } from './legend.js';
import type { ChartInput } from './model.js';
import { clipText, textWidth } from './text.js';
import { MAX_TICKS, type Tick, type ValueAxis, valueAxis } from './ticks.js';
import { chartYears } from './years.js';

/** The box a chart is drawn in, in characters. */
export interface ChartSize {
  readonly columns: number;
  readonly rows: number;
}

/** Where the lines are drawn, in characters from the box's top left. Each character holds 2×4 braille dots. */
export interface PlotArea {
  readonly left: number;
  readonly top: number;
  readonly columns: number;
  readonly rows: number;
}

/** A tick on the y axis and the plot row it labels. */
export interface RowTick {
  readonly tick: Tick;
  readonly row: number;
}

/** A year labelled under the x axis: where its label starts and the column of its tick mark (the year's points). */
export interface YearLabel {
  readonly year: string;
  readonly start: number;
  readonly column: number;
}

/** The horizontal reference line: its value, its label (as the cell's values are written) and its plot row. */
export interface ReferenceLine {
  readonly value: number;
  readonly label: string;
  readonly row: number;
}

/**
 * Everything about a chart but its pixels: the x axis (years), the y axis (range and ticks), where the plot, the axes,
 * the year labels and the legend go in the box, and the rows of the reference and zero lines. Pure; a terminal
 * rasteriser draws from it, and so can anything that scales its own way (an SVG report uses `years` and `axis`).
 */
export interface ChartLayout {
  readonly size: ChartSize;
  readonly years: readonly string[];
  readonly axis: ValueAxis;
  /** Width of the y labels; the axis line is the column after them. Zero when the box is too narrow for labels. */
  readonly labelWidth: number;
  readonly plot: PlotArea;
  readonly yTicks: readonly RowTick[];
  /** The x axis line under the plot (row plot.top + plot.rows), when there is room for it. */
  readonly axisLine: boolean;
  /** The row of the year labels, when there is room for them. */
  readonly labelRow?: number;
  readonly xLabels: readonly YearLabel[];
  readonly reference?: ReferenceLine;
  /** The plot row of zero, when the axis runs from below zero to above it. */
  readonly zeroRow?: number;
  /** The first row of the legend, and its entries line by line (labels cut to fit). */
  readonly legendTop: number;
  readonly legend: readonly (readonly LegendEntry[])[];
}

/** Rows the plot gets before anything else, so a line always has height to move in. */
const MIN_PLOT_ROWS = 2;
const LEGEND_GAP = 2;
const LABEL_GAP = 1;

export const legendText = (entry: LegendEntry): string => `${entry.mark} ${entry.label}`;

/** Legend entries in lines of at most `columns`; an entry too long for a line has its label cut. */
export function legendLines(entries: readonly LegendEntry[], columns: number): LegendEntry[][] {
  const lines: LegendEntry[][] = [];
  let width = 0;
  for (const entry of entries) {
    const fitted = textWidth(legendText(entry)) <= columns ? entry : { ...entry, label: clipText(entry.label, Math.max(0, columns - 2)) };
    const needed = textWidth(legendText(fitted));
    const line = lines.at(-1);
    if (line && width + LEGEND_GAP + needed <= columns) {
      line.push(fitted);
      width += LEGEND_GAP + needed;
    } else {
      lines.push([fitted]);
      width = needed;
    }
  }
  return lines;
}

/** The smallest and largest finite value anything on the chart has: lines, observed points, bands, the reference. */
export function valueExtent(input: ChartInput): { low: number; high: number } | undefined {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  const add = (value: number) => {
    if (!Number.isFinite(value)) return;
    low = Math.min(low, value);
    high = Math.max(high, value);
  };
  for (const series of input.series) {
    for (const value of series.values) add(value);
    for (const point of series.observed?.points ?? []) add(point.value);
    for (const point of series.band?.points ?? []) {
      add(point.low);
      add(point.high);
    }
  }
  if (input.reference !== undefined) add(input.reference);
  return low <= high ? { low, high } : undefined;
}

/** Ticks on distinct rows at least two apart: as many as every other row, from 2 up to MAX_TICKS. */
const ticksFor = (plotRows: number): number => Math.max(2, Math.min(MAX_TICKS, Math.floor((plotRows - 1) / 2) + 1));

/** The dot row (0 at the top, 4 per character row) of a value on the layout's axis; undefined if not finite. */
export function dotRow(layout: Pick<ChartLayout, 'axis' | 'plot'>, value: number): number | undefined {
  if (!Number.isFinite(value)) return undefined;
  const { min, max } = layout.axis;
  const dots = layout.plot.rows * 4;
  const at = Math.round(((max - value) / (max - min)) * (dots - 1));
  return Number.isFinite(at) ? Math.max(0, Math.min(dots - 1, at)) : undefined;
}

/** The dot column (2 per character) of the year at `index` of the x axis: the first at the left edge, the last at the right; one year in the middle. */
export function dotColumn(layout: Pick<ChartLayout, 'years' | 'plot'>, index: number): number {
  const dots = layout.plot.columns * 2;
  const count = layout.years.length;
  if (count <= 1) return Math.floor((dots - 1) / 2);
  return Math.round((index * (dots - 1)) / (count - 1));
}

/** How the box's rows are shared: the plot first gets its minimum, then the year labels, the legend, the axis line. */
function shareRows(rows: number, legendCount: number) {
  let left = Math.max(1, rows);
  let plot = Math.min(MIN_PLOT_ROWS, left);
  left -= plot;
  const labels = left >= 1;
  if (labels) left -= 1;
  const legend = Math.min(legendCount, left);
  left -= legend;
  const axisLine = left >= 1;
  if (axisLine) left -= 1;
  plot += left;
  return { plot, labels, legend, axisLine };
}

/**
 * Year labels under the axis: every year when they fit, else every second, third… year from the first, so none
 * overlaps another and each lies within the box.
 */
function yearLabels(layout: Pick<ChartLayout, 'years' | 'plot' | 'size'>): YearLabel[] {
  const { years, plot, size } = layout;
  const placed = years.map((year, index) => {
    const width = textWidth(year);
    const column = plot.left + Math.floor(dotColumn(layout, index) / 2);
    const start = Math.max(0, Math.min(size.columns - width, column - Math.floor((width - 1) / 2)));
    return { year, start, column, width };
  });
  if (placed.some((label) => label.width > size.columns)) return [];
  for (let stride = 1; stride <= Math.max(1, years.length); stride++) {
    const chosen = placed.filter((_, i) => i % stride === 0);
    if (chosen.every((label, i) => i === 0 || label.start >= chosen[i - 1]!.start + chosen[i - 1]!.width + LABEL_GAP)) {
      return chosen.map(({ year, start, column }) => ({ year, start, column }));
    }
  }
  return [];
}

/** Lays a chart out in a box of `size` characters (any size; the terminal UI's go from 40×5 to 200×55). */
export function chartLayout(input: ChartInput, size: ChartSize): ChartLayout {
  const columns = Math.max(1, Math.floor(size.columns));
  const box: ChartSize = { columns, rows: Math.max(1, Math.floor(size.rows)) };
  const years = chartYears(input);
  const allLegend = legendLines(legendEntries(input), columns);
  const rows = shareRows(box.rows, allLegend.length);
  const extent = valueExtent(input);
  const axis = valueAxis(extent?.low ?? Number.NaN, extent?.high ?? Number.NaN, input.unit, ticksFor(rows.plot));
  const referenceLabel = input.reference !== undefined && Number.isFinite(input.reference) ? formatNumber(input.reference, input.unit) : undefined;
  const widest = Math.max(0, ...axis.ticks.map((tick) => textWidth(tick.label)), referenceLabel ? textWidth(referenceLabel) : 0);
  // Labels only when the plot keeps at least half the box; the axis line only when the plot keeps a column.
  const labelWidth = widest + 1 <= Math.floor(columns / 2) ? widest : 0;
  const axisColumn = columns >= 2 ? 1 : 0;
  const plot: PlotArea = { left: labelWidth + axisColumn, top: 0, columns: Math.max(1, columns - labelWidth - axisColumn), rows: rows.plot };
  const scaled = { axis, plot, years };
  const rowOf = (value: number) => Math.floor((dotRow(scaled, value) ?? 0) / 4);
  const yTicks = axis.ticks.map((tick) => ({ tick, row: rowOf(tick.value) }));
  const zeroRow = axis.min < 0 && axis.max > 0 ? rowOf(0) : undefined;
  const reference = referenceLabel !== undefined ? { value: input.reference!, label: referenceLabel, row: rowOf(input.reference!) } : undefined;
  const below = plot.top + plot.rows + (rows.axisLine ? 1 : 0);
  const labelRow = rows.labels ? below : undefined;
  return {
    size: box,
    years,
    axis,
    labelWidth,
    plot,
    yTicks,
    axisLine: rows.axisLine,
    ...(labelRow !== undefined ? { labelRow } : {}),
    xLabels: rows.labels ? yearLabels({ years, plot, size: box }) : [],
    ...(reference ? { reference } : {}),
    ...(zeroRow !== undefined ? { zeroRow } : {}),
    legendTop: below + (rows.labels ? 1 : 0),
    legend: allLegend.slice(0, rows.legend),
  };
}
