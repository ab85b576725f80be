import { describe, expect, it } from 'vitest';
import { buildModel, type Cell, compileColumns, measureOf, sheetOf } from '../../src/engine/index.js';
import { compute, loadScenario } from '../../src/scenario/index.js';

const input = (name: string, value: number): Cell => ({ kind: 'input', name, value, unit: 'number' });
const formula = (name: string, text: string): Cell => ({ kind: 'formula', name, formula: text, unit: 'number' });
const column = (values: readonly number[]) => Float64Array.from(values);

describe('column-wise evaluation', () => {
  const sheet = compute(loadScenario('scenarios/baseline.yaml'));
  const { model } = sheet;
  const position = (name: string) => model.cells.positionOf(name)!;
  const growths = [0.02, 0.05, -0.01, 0];
  const marginals = [900 / 1700, 0.3, 1, 0];
  const run = compileColumns(model, ['budget_growth', 'marginal_private_share'], [measureOf(sheet, 'last(private_share)')]).run([
    column(growths),
    column(marginals),
  ]);
  const base = 8.7 / 0.076;
  const budget = (s: number, t: number) => base * (1 + growths[s]!) ** t;
  const privateShare = (s: number, t: number) => (8.7 + (budget(s, t) - base) * marginals[s]!) / budget(s, t);

  it('gives the baseline private share of every sample and year, as the closed form does', () => {
    const share = run.cells[position('private_share')]!;
    expect(run.samples).toBe(4);
    expect(share).toHaveLength(5);
    share.forEach((year, y) => {
      year.forEach((value, s) => {
        expect(value).toBeCloseTo(privateShare(s, y + 1), 13);
      });
    });
    run.measures[0]![0]!.forEach((value, s) => {
      expect(value).toBeCloseTo(privateShare(s, 5), 13);
    });
  });

  it('sums each sample over the years, and keeps cells that do not depend on a draw at their value', () => {
    const total = run.cells[position('cumulative_extra_to_private')]![0]!;
    total.forEach((value, s) => {
      const expected = [1, 2, 3, 4, 5].reduce((sum, t) => sum + (budget(s, t) - base) * marginals[s]!, 0);
      expect(value).toBeCloseTo(expected, 11);
    });
    expect([...run.cells[position('total_budget_base')]![0]!]).toEqual([base, base, base, base]);
    expect([...run.cells[position('budget_growth')]![0]!]).toEqual(growths);
    expect(run.failures).toEqual([]);
  });

  const lazy = buildModel(
    [
      input('x', 1),
      input('horizon_years', 3),
      formula('guarded', 'x == 0 ? 5 : 1 / x'),
      formula('inverse', '1 / x'),
      formula('reader', 'inverse + 1'),
      formula('yearly', 't / (x - t)'),
      formula('real_again', 'abs(sqrt(x - 5))'),
    ],
    '2015/16',
  );
  const at = (name: string) => lazy.cells.positionOf(name)!;
  const xs = [0, 1, 2, 0, 4];
  const lazyRun = compileColumns(lazy, ['x'], []).run([column(xs)]);

  it('computes only the branch of ?: each sample takes', () => {
    expect([...lazyRun.cells[at('guarded')]![0]!]).toEqual(xs.map((x) => (x === 0 ? 5 : 1 / x)));
    expect(lazyRun.failures.map((failure) => failure.name)).not.toContain('guarded');
  });

  it('makes a failing sample NaN, counts it with the engine’s message, and passes it on to readers without counting it again', () => {
    expect([...lazyRun.cells[at('inverse')]![0]!]).toEqual(xs.map((x) => (x === 0 ? Number.NaN : 1 / x)));
    expect([...lazyRun.cells[at('reader')]![0]!]).toEqual(xs.map((x) => (x === 0 ? Number.NaN : 1 / x + 1)));
    expect(lazyRun.failures).toEqual([
      { name: 'inverse', count: 2, message: 'result is Infinity (division by zero or a number out of range)' },
      // x - t is 0 in the first year (2016/17) when x = 1 and in the second when x = 2; x = 4 is after the last year.
      { name: 'yearly', count: 2, message: '2016/17: result is Infinity (division by zero or a number out of range)' },
    ]);
    const yearly = lazyRun.cells[at('yearly')]!;
    for (const failing of [1, 2]) expect(yearly.map((year) => year[failing])).toEqual([Number.NaN, Number.NaN, Number.NaN]);
    expect(yearly.map((year) => year[4])).toEqual([1 / 3, 2 / 2, 3 / 1]);
  });

  it('follows the scalar engine through a complex number that becomes real again', () => {
    expect(lazyRun.cells[at('real_again')]![0]![0]).toBeCloseTo(Math.sqrt(5), 14);
    expect(lazyRun.cells[at('real_again')]![0]![4]).toBeCloseTo(1, 14);
  });

  it('refuses to draw the horizon or a formula cell', () => {
    expect(() => compileColumns(model, ['horizon_years'], [])).toThrow('horizon_years cannot be drawn');
    expect(() => compileColumns(model, ['budget'], [])).toThrow('budget is not an input');
  });

  it('gives a measure that fails in every sample one failure per sample', () => {
    const bad = measureOf(sheetOf([input('x', 0), input('horizon_years', 2), formula('y', 'x * t')], '2015/16'), 'at(y, "2016/17") / 0');
    const result = compileColumns(buildModel([input('x', 0), input('horizon_years', 2), formula('y', 'x * t')], '2015/16'), ['x'], [bad]).run([column([1, 2])]);
    expect(result.failures).toEqual([{ name: 'at(y, "2016/17") / 0', count: 2, message: 'result is Infinity (division by zero or a number out of range)' }]);
    expect([...result.measures[0]![0]!]).toEqual([Number.NaN, Number.NaN]);
  });
});
