import { formatNumber, type Unit } from '../engine/index.js';
import { element, svgDocument, xmlText } from './svg.js';
import { valueAxis } from './ticks.js';

/** One bar of a tornado: an input, and where the output lands with it at its low and at its high. */
export interface TornadoChartBar {
  /** The input and its two ends as people read them: `budget_growth (1.00% → 4.00%)`. */
  readonly label: string;
  readonly atLow: number;
  readonly atHigh: number;
}

const PLOT_WIDTH = 440;
/** About how wide a character of the labels is, to make room for the longest. */
const CHARACTER_WIDTH = 7;
const MARGIN = { right: 30, top: 60, bottom: 70 } as const;
const ROW = 30;
const BAR = 18;

/**
 * A tornado as SVG: one row per input, largest swing first as given, each bar running from the base value to the
 * output with the input at its low (hatched) and at its high (solid), so the two ends tell apart in black and white;
 * two ends on the same side of the base are drawn as such, the nearer over the further. Ticks in the output's unit.
 */
export function tornadoSvg(title: string, bars: readonly TornadoChartBar[], base: number, unit: Unit): string {
  const values = [base, ...bars.flatMap((bar) => [bar.atLow, bar.atHigh])].filter(Number.isFinite);
  const axis = valueAxis(Math.min(...values), Math.max(...values), unit, 6);
  const plotLeft = Math.max(160, 24 + CHARACTER_WIDTH * Math.max(0, ...bars.map((bar) => [...bar.label].length)));
  const plotWidth = PLOT_WIDTH;
  const width = plotLeft + PLOT_WIDTH + MARGIN.right;
  const span = axis.max - axis.min || 1;
  const x = (value: number) => plotLeft + ((value - axis.min) / span) * plotWidth;
  const plotTop = MARGIN.top;
  const plotBottom = plotTop + Math.max(1, bars.length) * ROW;
  const height = plotBottom + MARGIN.bottom;
  const body: string[] = [
    element(
      'defs',
      {},
      element(
        'pattern',
        { id: 'low-end', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
        `${element('rect', { x: 0, y: 0, width: 6, height: 6, fill: 'white' })}${element('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: 'black', 'stroke-width': 2 })}`,
      ),
    ),
    element('text', { x: 20, y: 26, 'font-size': 15, 'font-weight': 'bold' }, xmlText(title)),
    element('text', { x: 20, y: 44 }, xmlText(`Base ${formatNumber(base, unit)}; each input set to its low and to its high, the others at their values.`)),
  ];
  for (const tick of axis.ticks) {
    const tx = x(tick.value);
    body.push(element('line', { x1: tx, y1: plotTop, x2: tx, y2: plotBottom, stroke: '#d0d0d0', 'stroke-width': 0.5 }));
    body.push(element('line', { x1: tx, y1: plotBottom, x2: tx, y2: plotBottom + 5, stroke: 'black' }));
    body.push(element('text', { x: tx, y: plotBottom + 18, 'text-anchor': 'middle' }, xmlText(tick.label)));
  }
  body.push(element('line', { x1: plotLeft, y1: plotBottom, x2: width - MARGIN.right, y2: plotBottom, stroke: 'black' }));
  bars.forEach((bar, i) => {
    const top = plotTop + i * ROW + (ROW - BAR) / 2;
    body.push(element('text', { x: plotLeft - 8, y: top + BAR / 2 + 4, 'text-anchor': 'end' }, xmlText(bar.label)));
    const ends = [
      { value: bar.atLow, fill: 'url(#low-end)' },
      { value: bar.atHigh, fill: '#404040' },
    ].sort((a, b) => Math.abs(b.value - base) - Math.abs(a.value - base));
    for (const end of ends) {
      if (!Number.isFinite(end.value)) continue;
      const left = Math.min(x(base), x(end.value));
      body.push(element('rect', { x: left, y: top, width: Math.abs(x(end.value) - x(base)), height: BAR, fill: end.fill, stroke: 'black', 'stroke-width': 1 }));
    }
    // Each end's value beside it, outside the bar; the further end's only, when both ends are on the same side.
    const [further, nearer] = ends;
    const sameSide = further && nearer && Math.sign(further.value - base) === Math.sign(nearer.value - base);
    for (const end of sameSide ? [further] : ends) {
      if (!end || !Number.isFinite(end.value)) continue;
      const right = end.value >= base;
      body.push(
        element(
          'text',
          { x: x(end.value) + (right ? 4 : -4), y: top + BAR / 2 + 4, 'text-anchor': right ? 'start' : 'end', 'font-size': 10 },
          xmlText(formatNumber(end.value, unit)),
        ),
      );
    }
  });
  body.push(element('line', { x1: x(base), y1: plotTop - 6, x2: x(base), y2: plotBottom, stroke: 'black', 'stroke-width': 2 }));
  const legendY = plotBottom + 44;
  body.push(
    element('rect', { x: plotLeft, y: legendY - 10, width: 24, height: 12, fill: 'url(#low-end)', stroke: 'black' }),
    element('text', { x: plotLeft + 30, y: legendY }, 'input at its low'),
    element('rect', { x: plotLeft + 160, y: legendY - 10, width: 24, height: 12, fill: '#404040', stroke: 'black' }),
    element('text', { x: plotLeft + 190, y: legendY }, 'input at its high'),
    element('line', { x1: plotLeft + 320, y1: legendY - 10, x2: plotLeft + 320, y2: legendY + 2, stroke: 'black', 'stroke-width': 2 }),
    element('text', { x: plotLeft + 328, y: legendY }, 'base'),
  );
  return svgDocument(width, height, title, body);
}
