import { describe, expect, it } from 'vitest';
import { draws, type Uncertainty, Z95 } from '../../src/analysis/distributions.js';
import { randomStreams } from '../../src/analysis/random.js';
import { checkCondition, checkShown, defaultShown, type Shown, type Simulation, simulate, simulationProblem } from '../../src/analysis/simulate.js';
import { type Cell, type Sheet, sheetOf } from '../../src/engine/index.js';
import { baselineCells } from '../engine/baseline-cells.js';
import { meanOf, quantile } from './distribution-reference.js';

const N = 10_000;
const input = (name: string, range: Uncertainty): Cell => ({ kind: 'input', name, unit: 'number', ...range });
const formula = (name: string, text: string): Cell => ({ kind: 'formula', name, formula: text, unit: 'number' });

function shown(sheet: Sheet, text: string): Shown {
  const checked = checkShown(sheet, text);
  if (!checked.ok) throw new Error(checked.problem);
  return checked.shown;
}

function run(cells: Cell[], show: string[], conditions: string[] = [], seed = 1, samples = N): Simulation {
  const sheet = sheetOf(cells, '2015/16');
  const measures = conditions.map((text) => {
    const checked = checkCondition(sheet, text);
    if (!checked.ok) throw new Error(checked.problem);
    return checked.measure;
  });
  return simulate(sheet, {
    samples,
    seed,
    show: show.map((text) => shown(sheet, text)),
    conditions: measures,
  });
}

/** The Monte Carlo standard error of the p-quantile of n draws: sqrt(p (1 − p) / n) over the density there. */
function quantileError(range: Uncertainty, p: number, n: number): number {
  const h = 1e-4;
  const density = (2 * h) / (quantile(range, p + h) - quantile(range, p - h));
  return Math.sqrt((p * (1 - p)) / n) / density;
}

describe('simulate', () => {
  const ranges: Uncertainty[] = [
    { low: 0, value: 0.5, high: 1, distribution: 'uniform' },
    { low: 1, value: 2, high: 5, distribution: 'triangular' },
    { low: 0.01, value: 0.02, high: 0.04, distribution: 'normal' },
  ];

  it.each(ranges.map((range) => [range.distribution, range] as const))(
    'gives the percentiles and mean of one %s input passed through unchanged, within 3 standard errors',
    (_, range) => {
      const result = run([input('x', range), formula('y', 'x')], ['y']);
      const [summary] = result.outputs[0]!.summaries;
      expect(summary!.succeeded).toBe(N);
      for (const [p, got] of [
        [0.05, summary!.p5],
        [0.5, summary!.p50],
        [0.95, summary!.p95],
      ] as const) {
        expect(Math.abs(got - quantile(range, p))).toBeLessThan(3 * quantileError(range, p, N));
      }
      const sd = (quantile(range, 0.95) - quantile(range, 0.05)) / (2 * Z95);
      // The spread of a uniform or triangular range is not the normal's; its variance is known in closed form.
      const variance =
        range.distribution === 'uniform'
          ? (range.high - range.low) ** 2 / 12
          : range.distribution === 'triangular'
            ? (range.low ** 2 + range.value ** 2 + range.high ** 2 - range.low * range.value - range.low * range.high - range.value * range.high) / 18
            : sd ** 2;
      expect(Math.abs(summary!.mean - meanOf(range))).toBeLessThan(3 * Math.sqrt(variance / N));
    },
  );

  it('gives a straight line’s mean as the line at the inputs’ means, within 3 standard errors', () => {
    const [a, b, c] = ranges as [Uncertainty, Uncertainty, Uncertainty];
    const cells = [input('a', a), input('b', b), input('c', c), formula('y', '2 * a - 3 * b + 100 * c + 7')];
    const [summary] = run(cells, ['y']).outputs[0]!.summaries;
    const expected = 2 * meanOf(a) - 3 * meanOf(b) + 100 * meanOf(c) + 7;
    const variance = 4 * (1 / 12) + 9 * ((1 + 4 + 25 - 2 - 5 - 10) / 18) + 100 ** 2 * (0.03 / (2 * Z95)) ** 2;
    expect(Math.abs(summary!.mean - expected)).toBeLessThan(3 * Math.sqrt(variance / N));
  });

  it('gives the probability of a condition with its standard error: P(x < 0.3) = 0.3 for x uniform on 0..1', () => {
    const result = run([input('x', ranges[0]!), formula('y', 'x')], [], ['x < 0.3', 'x < 0.3 and x > 0.1']);
    const [below, between] = result.probabilities as [Simulation['probabilities'][number], Simulation['probabilities'][number]];
    const se = Math.sqrt((0.3 * 0.7) / N);
    expect(Math.abs(below.probability - 0.3)).toBeLessThan(3 * se);
    expect(below.standardError).toBeCloseTo(Math.sqrt((below.probability * (1 - below.probability)) / N), 15);
    expect(Math.abs(between.probability - 0.2)).toBeLessThan(3 * Math.sqrt((0.2 * 0.8) / N));
    expect(below.succeeded).toBe(N);
  });

  it('summarises a cell with a value per year, year by year', () => {
    const cells = [input('g', ranges[2]!), { kind: 'input' as const, name: 'horizon_years', value: 3, unit: 'years' as const }, formula('grown', '(1 + g)^t')];
    const result = run(cells, ['grown']);
    expect(result.years).toEqual(['2016/17', '2017/18', '2018/19']);
    expect(result.outputs[0]!.perYear).toBe(true);
    const medians = result.outputs[0]!.summaries.map((summary) => summary.p50);
    // The median of an increasing function of g is the function at g's median (0.025); its error is g's, scaled by the slope.
    const error = quantileError(ranges[2]!, 0.5, N);
    medians.forEach((median, i) => {
      const t = i + 1;
      expect(Math.abs(median - 1.025 ** t)).toBeLessThan(3 * error * t * 1.025 ** (t - 1));
    });
  });

  it('draws input k from stream k of the seed, whatever the other inputs and however many samples', () => {
    const a = ranges[0]!;
    const b = ranges[1]!;
    const cells = [input('a', a), input('b', b), formula('y', 'b')];
    for (const samples of [1, 7]) {
      const result = run(cells, ['y'], [], 42, samples);
      const own = draws(b, randomStreams(42, 2)[1]!, samples).sort();
      expect(result.outputs[0]!.summaries[0]!.p50).toBe(own[(samples - 1) / 2]);
    }
    expect(run(cells, ['y'], [], 1)).toEqual(run(cells, ['y'], [], 1));
    expect(run(cells, ['y'], [], 2).outputs[0]!.summaries[0]!.mean).not.toBe(run(cells, ['y'], [], 1).outputs[0]!.summaries[0]!.mean);
  });

  it('gives a cell and a formula that no drawn input reaches their value in every sample', () => {
    const cells = [input('x', ranges[0]!), { kind: 'input' as const, name: 'fixed', value: 4, unit: 'number' as const }, formula('y', 'fixed + 1')];
    const result = run(cells, ['y', 'fixed * 2'], ['fixed > 3']);
    expect(result.outputs.map((output) => output.summaries[0])).toEqual([
      { mean: 5, p5: 5, p50: 5, p95: 5, succeeded: N },
      { mean: 8, p5: 8, p50: 8, p95: 8, succeeded: N },
    ]);
    expect(result.probabilities[0]).toEqual({ text: 'fixed > 3', probability: 1, standardError: 0, succeeded: N });
  });

  it('counts the samples in which a cell fails, and summarises the others', () => {
    const x: Uncertainty = { low: -1, value: 0, high: 3, distribution: 'uniform' };
    const result = run([input('x', x), formula('root', 'sqrt(x)'), formula('twice', '2 * root')], ['twice']);
    const negatives = draws(x, randomStreams(1, 1)[0]!, N).filter((value) => value < 0).length;
    expect(negatives).toBeGreaterThan(2000);
    expect(result.failures).toEqual([{ name: 'root', count: negatives, message: expect.any(String) }]);
    expect(result.outputs[0]!.summaries[0]!.succeeded).toBe(N - negatives);
    // Of the draws that succeed, x is uniform on 0..3, so the median of 2 sqrt(x) is 2 sqrt(1.5).
    expect(Math.abs(result.outputs[0]!.summaries[0]!.p50 - 2 * Math.sqrt(1.5))).toBeLessThan(0.05);
  });

  it('refuses a ranged horizon, a scenario without ranges, and a --prob that is not true or false', () => {
    const horizon = sheetOf([{ kind: 'input', name: 'horizon_years', value: 5, unit: 'years', low: 3, high: 7 }, formula('y', 't')], '2015/16');
    expect(simulationProblem(horizon)).toBe(
      'horizon_years has a low and a high, but a simulation keeps the horizon fixed (every sample projects the same years); vary it with tornado or table instead, or remove its low and high',
    );
    const plain = sheetOf(baselineCells(), '2015/16');
    expect(simulationProblem(plain)).toBe('no input has a low and a high to draw from: give some inputs low: and high: (see the README)');
    expect(checkCondition(plain, 'last(private_share)')).toEqual({
      ok: false,
      problem:
        '--prob last(private_share): a probability is of a condition, true or false, such as "last(private_share) > 10%" (a comparison, or comparisons joined by and, or, not); this gives a number',
    });
    expect(checkCondition(plain, 'private_share > 0.1')).toMatchObject({ ok: false, problem: expect.stringContaining('use last(private_share)') });
    expect(checkShown(plain, 'privat_share')).toMatchObject({ ok: false, problem: expect.stringContaining('did you mean "private_share"') });
    expect(defaultShown(plain).map((each) => (each.kind === 'cell' ? each.name : ''))).toEqual([
      'private_share',
      'cumulative_extra_to_private',
      'cumulative_extra_to_nhs',
    ]);
  });
});
