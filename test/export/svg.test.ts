import { describe, expect, it } from 'vitest';
import type { ChartInput } from '../../src/charts/model.js';
import { lineChartSvg } from '../../src/charts/svg-line-chart.js';
import { tornadoSvg } from '../../src/charts/svg-tornado.js';
import { elements, parsedSvg, texts } from './svg-parse.js';

const YEARS = ['2016/17', '2017/18', '2018/19', '2019/20', '2020/21'];

const input: ChartInput = {
  quantity: 'private_share',
  unit: 'percent',
  series: [
    { name: 'Baseline', years: YEARS, values: [0.0849, 0.0936, 0.1022, 0.1105, 0.1187] },
    { name: 'Higher growth', years: YEARS, values: [0.0916, 0.107, 0.1216, 0.1358, 0.1495] },
    // A shorter horizon lines up by year; a value that failed leaves a gap.
    { name: 'What <happened> & "when"', years: YEARS.slice(0, 4), values: [0.0756, Number.NaN, 0.0731, 0.072] },
  ],
  reference: 0.1,
};

describe('SVG line chart', () => {
  const root = parsedSvg(lineChartSvg(input, 'private_share by year'));

  it('is a valid SVG document with one path per scenario line', () => {
    const paths = elements(root, 'path');
    expect(paths.map((path) => path.getAttribute('data-series'))).toEqual(['Baseline', 'Higher growth', 'What <happened> & "when"']);
    // The gap: the third line starts again after the missing year.
    expect(paths[2]!.getAttribute('d')!.match(/M/g)).toHaveLength(2);
    expect(paths[0]!.getAttribute('d')!.match(/[ML]/g)).toHaveLength(5);
  });

  it('tells the lines apart without colour: each its own dash pattern and marker shape, all drawn in black', () => {
    const paths = elements(root, 'path');
    const dashes = paths.map((path) => path.getAttribute('stroke-dasharray') ?? 'solid');
    expect(new Set(dashes).size).toBe(3);
    expect(new Set(paths.map((path) => path.getAttribute('stroke')))).toEqual(new Set(['black']));
    // Baseline's circles, Higher growth's squares, the third's triangles: five, five and three points, plus one each in the legend.
    expect(elements(root, 'circle')).toHaveLength(6);
    expect(elements(root, 'rect').filter((rect) => rect.getAttribute('fill') === 'black')).toHaveLength(6);
    expect(elements(root, 'polygon')).toHaveLength(4);
  });

  it('has round ticks in the unit, a label for every year, and a legend naming each line and the reference', () => {
    const shown = texts(root);
    for (const tick of ['8%', '10%', '12%', '14%']) expect(shown).toContain(tick);
    for (const year of YEARS) expect(shown).toContain(year);
    expect(shown).toEqual(expect.arrayContaining(['Baseline', 'Higher growth', 'What <happened> & "when"', '10.00%']));
    expect(elements(root, 'title')[0]!.textContent).toBe('private_share by year');
  });
});

describe('SVG tornado', () => {
  const bars = [
    { label: 'budget_growth (1.00% → 4.00%)', atLow: 0.0979, atHigh: 0.1567 },
    { label: 'marginal_private_share (30.00% → 70.00%)', atLow: 0.0973, atHigh: 0.1347 },
    { label: 'same side (1 → 2)', atLow: 0.125, atHigh: 0.13 },
  ];
  const root = parsedSvg(tornadoSvg('What moves private_share', bars, 0.1187, 'percent'));

  it("draws each bar from the base to the output at the input's low (hatched) and high (solid), with the labels", () => {
    const ends = elements(root, 'rect').filter((rect) => rect.getAttribute('height') === '18');
    expect(ends).toHaveLength(6);
    expect(ends.filter((rect) => rect.getAttribute('fill') === 'url(#low-end)')).toHaveLength(3);
    expect(elements(root, 'pattern')[0]!.getAttribute('id')).toBe('low-end');
    expect(texts(root)).toEqual(expect.arrayContaining([...bars.map((bar) => bar.label), 'input at its low', 'input at its high', 'base']));
    // Both ends above the base: the further (high) drawn first, the nearer (low) over it, from the same base.
    const sameSide = ends.slice(4);
    expect(sameSide.map((rect) => rect.getAttribute('fill'))).toEqual(['#404040', 'url(#low-end)']);
    expect(sameSide[0]!.getAttribute('x')).toBe(sameSide[1]!.getAttribute('x'));
  });
});
