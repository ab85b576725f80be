import { describe, expect, it } from 'vitest';
import { BrailleCanvas } from '../../src/charts/braille.js';
import { type ChartInput, type ChartSeries, chartYears, drawChart, legendEntries, rowText, SERIES_MARKS } from '../../src/charts/index.js';
import { referenceBaseline } from '../engine/baseline-cells.js';

const YEARS = ['2016/17', '2017/18', '2018/19', '2019/20', '2020/21'];

/** The baseline's private share by the brief's formulas, (8.7 + m·extra_t) / budget_t, from the hand-written reference. */
const BASELINE_SHARE = referenceBaseline(0.02, YEARS.length).privateShare;
const baseline: ChartSeries = { name: 'Baseline', years: YEARS, values: BASELINE_SHARE };
const averageSplit: ChartSeries = { name: 'Average split', years: YEARS, values: YEARS.map(() => 0.076) };
const shares: ChartInput = { quantity: 'private_share', unit: 'percent', series: [baseline, averageSplit], reference: 0.1 };

const linesOf = (input: ChartInput, columns: number, rows: number) => {
  const picture = drawChart(input, { columns, rows });
  return { ...picture, text: picture.rows.map(rowText) };
};

/** Where `mark` is in the plot: [row, column] of each, top to bottom, left to right. */
function marksIn(text: readonly string[], mark: string, rows: number): [number, number][] {
  return text.slice(0, rows).flatMap((line, row) => [...line].flatMap((char, column) => (char === mark ? [[row, column] as [number, number]] : [])));
}

describe('chart layout and drawing', () => {
  const sizes: [number, number][] = [
    [40, 4],
    [40, 5],
    [40, 12],
    [60, 16],
    [80, 24],
    [120, 40],
    [200, 55],
    [200, 60],
    [12, 3],
    [3, 2],
    [1, 1],
  ];
  it.each(sizes)('draws in a %ix%i box and nowhere else, with every label it shows whole', (columns, rows) => {
    const { text, layout } = linesOf(shares, columns, rows);
    expect(text).toHaveLength(rows);
    for (const line of text) expect([...line].length).toBe(columns);
    for (const label of layout.xLabels) {
      expect([...text[layout.labelRow!]!].slice(label.start, label.start + label.year.length).join('')).toBe(label.year);
      expect(label.start).toBeGreaterThanOrEqual(0);
      expect(label.start + label.year.length).toBeLessThanOrEqual(columns);
    }
    for (const [i, line] of layout.legend.entries()) {
      for (const entry of line) expect(text[layout.legendTop + i]).toContain(`${entry.mark} ${entry.label}`);
    }
    if (columns < 40) return;
    // From 40 columns: tick labels whole, year labels under the axis, and the whole legend in at least 5 rows.
    for (const { tick, row } of layout.yTicks) {
      if (row !== layout.reference?.row) expect(text[row]!.slice(0, layout.labelWidth)).toBe(tick.label.padStart(layout.labelWidth));
    }
    expect(text[layout.reference!.row]!.startsWith('10.00%')).toBe(true);
    if (rows < 5) return;
    expect(layout.xLabels.map((label) => label.year)).toContain('2016/17');
    expect(layout.legend.flat().map((entry) => entry.label)).toEqual(['Baseline', 'Average split', '10.00%']);
  });

  it('puts the 10% line on its row, the baseline rising through it and the average split below it, higher values higher up', () => {
    const { text, layout } = linesOf(shares, 80, 20);
    const line = layout.reference!.row;
    expect(text[line]).toMatch(/^10\.00%┤[┈⠀-⣿●]+$/);
    const rising = marksIn(text, SERIES_MARKS[0], layout.plot.rows).sort((a, b) => a[1] - b[1]);
    expect(rising).toHaveLength(5);
    // Left to right by year, each year no lower than the one before.
    for (let i = 1; i < rising.length; i++) {
      expect(rising[i]![1]).toBeGreaterThan(rising[i - 1]![1]);
      expect(rising[i]![0]).toBeLessThanOrEqual(rising[i - 1]![0]);
    }
    BASELINE_SHARE.forEach((value, i) => {
      const row = rising[i]![0];
      if (value > 0.1) expect(row).toBeLessThanOrEqual(line);
      else expect(row).toBeGreaterThanOrEqual(line);
    });
    expect(rising[0]![0]).toBeGreaterThan(line);
    expect(rising.at(-1)![0]).toBeLessThan(line);
    const flat = marksIn(text, SERIES_MARKS[1], layout.plot.rows);
    expect(flat).toHaveLength(5);
    expect(new Set(flat.map(([row]) => row)).size).toBe(1);
    expect(flat[0]![0]).toBeGreaterThan(line);
    // Ticks go up the axis as their values rise, on distinct rows.
    const rows = layout.yTicks.map((tick) => tick.row);
    for (let i = 1; i < rows.length; i++) expect(rows[i]).toBeLessThan(rows[i - 1]!);
    // The axis holds every value: 7.6% and 11.87% are within it.
    expect(layout.axis.min).toBeLessThanOrEqual(0.076);
    expect(layout.axis.max).toBeGreaterThanOrEqual(BASELINE_SHARE[4]!);
  });

  it('draws negative values below a zero line that carries the £0bn tick', () => {
    const input: ChartInput = { quantity: 'gap', unit: '£bn', series: [{ name: 'Reverse', years: YEARS, values: [-3, -1, 2, 5, 4] }] };
    const { text, layout } = linesOf(input, 60, 16);
    const zero = layout.zeroRow!;
    expect(zero).toBeGreaterThan(0);
    expect(text[zero]).toMatch(/^ *£0bn┤/);
    expect(text[zero]).toContain('─');
    const marks = marksIn(text, SERIES_MARKS[0], layout.plot.rows).sort((a, b) => a[1] - b[1]);
    expect(marks.map(([row]) => row > zero)).toEqual([true, true, false, false, false]);
    expect(layout.yTicks.some((tick) => tick.tick.label.startsWith('-£'))).toBe(true);
  });

  it('draws one series of one year as a mark in the middle, labelled with its year', () => {
    const input: ChartInput = { quantity: 'private_share', unit: 'percent', series: [{ name: 'Baseline', years: ['2016/17'], values: [BASELINE_SHARE[0]!] }] };
    const { text, layout } = linesOf(input, 40, 12);
    const marks = marksIn(text, SERIES_MARKS[0], layout.plot.rows);
    expect(marks).toHaveLength(1);
    const [, column] = marks[0]!;
    const middle = layout.plot.left + layout.plot.columns / 2;
    expect(Math.abs(column - middle)).toBeLessThanOrEqual(1);
    expect(layout.xLabels).toHaveLength(1);
    expect(text[layout.labelRow!]!.indexOf('2016/17')).toBe(column - 3);
    expect(layout.axis.min).toBeLessThan(BASELINE_SHARE[0]!);
    expect(layout.axis.max).toBeGreaterThan(BASELINE_SHARE[0]!);
  });

  it('lines up series with different horizons by year label, on one axis of every year any of them has', () => {
    const short: ChartSeries = { name: 'Short', years: YEARS.slice(0, 3), values: [1, 2, 3] };
    const later: ChartSeries = { name: 'Later', years: ['2018/19', '2019/20', '2020/21', '2021/22', '2022/23'], values: [5, 4, 3, 2, 1] };
    const long: ChartSeries = { name: 'Long', years: YEARS, values: [8, 8, 8, 8, 8] };
    const input: ChartInput = { quantity: 'x', unit: '£bn', series: [later, short, long] };
    expect(chartYears(input)).toEqual([...YEARS, '2021/22', '2022/23']);
    const { text, layout } = linesOf(input, 120, 30);
    const columns = (mark: string) => marksIn(text, mark, layout.plot.rows).map(([, column]) => column);
    const [laterColumns, shortColumns, longColumns] = [0, 1, 2].map((i) => columns(SERIES_MARKS[i]!).sort((a, b) => a - b));
    expect(shortColumns).toEqual(longColumns!.slice(0, 3));
    expect(laterColumns![0]).toBe(longColumns![2]);
    expect(laterColumns).toHaveLength(5);
    expect(layout.xLabels.map((label) => label.year)).toEqual(chartYears(input));
  });

  it('keeps a year between a projection and a later observation on the axis, so each step is one year', () => {
    const input: ChartInput = {
      quantity: 'x',
      unit: 'percent',
      series: [
        {
          name: 'Baseline',
          years: YEARS,
          values: [0.08, 0.09, 0.1, 0.11, 0.12],
          observed: { source: 'PAC, 2024', points: [{ year: '2022/23', value: 0.065 }] },
        },
      ],
    };
    expect(chartYears(input)).toEqual([...YEARS, '2021/22', '2022/23']);
    const { layout } = linesOf(input, 120, 30);
    const columnOf = (year: string) => layout.xLabels.find((label) => label.year === year)?.column;
    expect(layout.xLabels.map((label) => label.year)).toEqual(chartYears(input));
    // Evenly spaced in years (to a column of rounding): 2020/21 to 2022/23 is two steps, as 2018/19 to 2020/21 is.
    const twoSteps = (from: string, to: string) => columnOf(to)! - columnOf(from)!;
    expect(Math.abs(twoSteps('2020/21', '2022/23') - twoSteps('2018/19', '2020/21'))).toBeLessThanOrEqual(1);
  });

  it('shows observed points and a p5–p95 band, each in the legend', () => {
    const input: ChartInput = {
      ...shares,
      series: [
        {
          ...baseline,
          observed: { source: "King's Fund, 2021", points: [{ year: '2019/20', value: 0.072 }] },
          band: { label: 'p5–p95', points: YEARS.map((year, i) => ({ year, low: BASELINE_SHARE[i]! - 0.01, high: BASELINE_SHARE[i]! + 0.01 })) },
        },
        averageSplit,
      ],
    };
    const { text, layout } = linesOf(input, 100, 30);
    const observed = marksIn(text, '×', layout.plot.rows);
    expect(observed).toHaveLength(1);
    // 7.2% is below the average split's 7.6%, in the fourth year's column.
    const flat = marksIn(text, SERIES_MARKS[1], layout.plot.rows).sort((a, b) => a[1] - b[1]);
    expect(observed[0]![0]).toBeGreaterThan(flat[0]![0]);
    expect(observed[0]![1]).toBe(flat[3]![1]);
    // The band shades rows above and below the baseline's line, and never where the other line is alone.
    const shaded = marksIn(text, '░', layout.plot.rows);
    expect(shaded.length).toBeGreaterThan(20);
    expect(Math.min(...shaded.map(([row]) => row))).toBeLessThan(marksIn(text, SERIES_MARKS[0], layout.plot.rows).sort((a, b) => a[0] - b[0])[0]![0]);
    expect(legendEntries(input).map((entry) => `${entry.mark} ${entry.label}`)).toEqual([
      '● Baseline',
      '■ Average split',
      "× observed, King's Fund, 2021 (Baseline)",
      '░ p5–p95 (Baseline)',
      '┈ 10.00%',
    ]);
  });

  it('gives every series its own mark, so the chart reads without colour', () => {
    const series = Array.from({ length: 4 }, (_, i): ChartSeries => ({ name: `S${i}`, years: YEARS, values: YEARS.map((_, t) => i * 10 + t) }));
    const { text, layout } = linesOf({ quantity: 'x', unit: 'number', series }, 80, 24);
    const marks = layout.legend.flat().map((entry) => entry.mark);
    expect(new Set(marks).size).toBe(4);
    for (const mark of marks) expect(marksIn(text, mark, layout.plot.rows)).toHaveLength(5);
  });

  it('stays within its box with values that are not finite or are huge', () => {
    const input: ChartInput = {
      quantity: 'x',
      unit: 'number',
      series: [{ name: 'Wild', years: YEARS, values: [Number.NaN, 1e300, -1e300, Number.POSITIVE_INFINITY, 0] }],
    };
    for (const [columns, rows] of [
      [40, 12],
      [200, 60],
    ] as const) {
      const { text } = linesOf(input, columns, rows);
      expect(text).toHaveLength(rows);
      for (const line of text) expect([...line].length).toBe(columns);
    }
  });
});

describe('braille canvas', () => {
  it('sets 2×4 dots per character, joins points with lines and ignores dots outside', () => {
    const canvas = new BrailleCanvas(2, 1);
    canvas.set(0, 0, 0);
    canvas.set(1, 3, 0);
    expect(canvas.charAt(0, 0)).toBe('⢁');
    expect(canvas.charAt(1, 0)).toBeUndefined();
    canvas.set(-1, 0, 0);
    canvas.set(4, 0, 0);
    canvas.set(0, 4, 0);
    expect(canvas.charAt(1, 0)).toBeUndefined();
    const line = new BrailleCanvas(2, 1);
    line.line([0, 3], [3, 0], 1);
    // A diagonal from the bottom left to the top right: dots (0,3) (1,2) in the first character, (2,1) (3,0) in the second.
    expect(line.charAt(0, 0)).toBe(String.fromCharCode(0x2800 + 0x40 + 0x20));
    expect(line.charAt(1, 0)).toBe(String.fromCharCode(0x2800 + 0x02 + 0x08));
    expect(line.ownerAt(1, 0)).toBe(1);
  });
});
