import { valueExtent } from './layout.js';
import { legendEntries } from './legend.js';
import type { ChartInput } from './model.js';
import { at, DASHES, element, MARKERS, marker, svgDocument, xmlText } from './svg.js';
import { valueAxis } from './ticks.js';
import { chartYears } from './years.js';

const WIDTH = 720;
const PLOT_HEIGHT = 300;
const MARGIN = { left: 80, right: 30, top: 44, bottom: 56 } as const;
const LEGEND_ROW = 20;
const MAX_TICKS = 7;
/** Year labels shown at most this often, so they never run into each other. */
const MAX_YEAR_LABELS = 12;

/**
 * A line chart as SVG, for reports: one <path> per series (its own dash pattern, and its own marker at each point, so
 * it reads in black and white), round y ticks in the cell's unit, a tick per fiscal year on the x axis (lined up by
 * label when horizons differ), a zero line and a reference line when in range, and a legend naming each line by its
 * sample. A value that is not a finite number leaves a gap.
 */
export function lineChartSvg(input: ChartInput, title: string): string {
  const years = chartYears(input);
  const extent = valueExtent(input);
  const axis = valueAxis(extent?.low ?? Number.NaN, extent?.high ?? Number.NaN, input.unit, MAX_TICKS);
  const legend = legendEntries(input);
  const height = MARGIN.top + PLOT_HEIGHT + MARGIN.bottom + legend.length * LEGEND_ROW;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const x = (index: number) => MARGIN.left + (years.length <= 1 ? plotWidth / 2 : (index / (years.length - 1)) * plotWidth);
  const span = axis.max - axis.min || 1;
  const y = (value: number) => MARGIN.top + PLOT_HEIGHT - ((value - axis.min) / span) * PLOT_HEIGHT;
  const bottom = MARGIN.top + PLOT_HEIGHT;
  const body: string[] = [element('text', { x: MARGIN.left, y: 24, 'font-size': 15, 'font-weight': 'bold' }, xmlText(title))];

  // Axes, ticks and grid.
  body.push(element('line', { x1: MARGIN.left, y1: MARGIN.top, x2: MARGIN.left, y2: bottom, stroke: 'black' }));
  body.push(element('line', { x1: MARGIN.left, y1: bottom, x2: WIDTH - MARGIN.right, y2: bottom, stroke: 'black' }));
  for (const tick of axis.ticks) {
    const ty = y(tick.value);
    body.push(element('line', { x1: MARGIN.left, y1: ty, x2: WIDTH - MARGIN.right, y2: ty, stroke: '#d0d0d0', 'stroke-width': 0.5 }));
    body.push(element('line', { x1: MARGIN.left - 5, y1: ty, x2: MARGIN.left, y2: ty, stroke: 'black' }));
    body.push(element('text', { x: MARGIN.left - 8, y: ty + 4, 'text-anchor': 'end' }, xmlText(tick.label)));
  }
  const every = Math.ceil(years.length / MAX_YEAR_LABELS);
  years.forEach((year, i) => {
    body.push(element('line', { x1: x(i), y1: bottom, x2: x(i), y2: bottom + 5, stroke: 'black' }));
    if (i % every === 0 || i === years.length - 1) body.push(element('text', { x: x(i), y: bottom + 20, 'text-anchor': 'middle' }, xmlText(year)));
  });
  if (axis.min < 0 && axis.max > 0)
    body.push(element('line', { x1: MARGIN.left, y1: y(0), x2: WIDTH - MARGIN.right, y2: y(0), stroke: 'black', 'stroke-width': 1 }));
  const reference = input.reference;
  if (reference !== undefined && Number.isFinite(reference) && reference >= axis.min && reference <= axis.max) {
    body.push(element('line', { x1: MARGIN.left, y1: y(reference), x2: WIDTH - MARGIN.right, y2: y(reference), stroke: 'black', 'stroke-dasharray': '1 3' }));
  }

  // One path per series, gaps where a value is missing, its marker at each point.
  input.series.forEach((series, s) => {
    const commands: string[] = [];
    const marks: string[] = [];
    let drawing = false;
    series.values.forEach((value, i) => {
      const index = years.indexOf(series.years[i] ?? '');
      if (!Number.isFinite(value) || index < 0) {
        drawing = false;
        return;
      }
      commands.push(`${drawing ? 'L' : 'M'}${at(x(index))} ${at(y(value))}`);
      marks.push(marker(MARKERS[s % MARKERS.length]!, x(index), y(value)));
      drawing = true;
    });
    body.push(
      element('path', {
        d: commands.join(' ') || `M${MARGIN.left} ${bottom}`,
        fill: 'none',
        stroke: 'black',
        'stroke-width': 2,
        'stroke-dasharray': DASHES[s % DASHES.length],
        'data-series': series.name,
      }),
      ...marks,
    );
  });

  // The legend: each line's sample (dash and marker) and its name; then observed points, bands and the reference line.
  legend.forEach((entry, i) => {
    const ly = bottom + 44 + i * LEGEND_ROW;
    const lx = MARGIN.left;
    if (entry.ink.role === 'line') {
      const s = entry.ink.series;
      body.push(element('line', { x1: lx, y1: ly, x2: lx + 40, y2: ly, stroke: 'black', 'stroke-width': 2, 'stroke-dasharray': DASHES[s % DASHES.length] }));
      body.push(marker(MARKERS[s % MARKERS.length]!, lx + 20, ly));
    } else if (entry.ink.role === 'reference') {
      body.push(element('line', { x1: lx, y1: ly, x2: lx + 40, y2: ly, stroke: 'black', 'stroke-dasharray': '1 3' }));
    } else body.push(element('text', { x: lx + 20, y: ly + 4, 'text-anchor': 'middle' }, xmlText(entry.mark)));
    body.push(element('text', { x: lx + 50, y: ly + 4 }, xmlText(entry.label)));
  });
  return svgDocument(WIDTH, height, title, body);
}
