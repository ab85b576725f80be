import { describe, expect, it } from 'vitest';
import { type Cell, checkMeasure, compileMeasures, evaluateMeasure, measureOf, setInput, sheetOf } from '../../src/engine/index.js';
import { baselineCells, referenceBaseline } from './baseline-cells.js';

const sheet = sheetOf(baselineCells(), '2015/16');
const problemOf = (text: string) => {
  const checked = checkMeasure(sheet, text);
  if (checked.ok) throw new Error(`${text} was accepted`);
  return checked.problem;
};

describe('measures: one number from an evaluated scenario', () => {
  const reference = referenceBaseline(0.02);

  it('evaluates like a formula of the scenario, with the unit of the cell it reads', () => {
    const share = measureOf(sheet, 'last(private_share)');
    expect(share.unit).toBe('percent');
    expect(evaluateMeasure(sheet, share)).toEqual({ ok: true, value: reference.privateShare[4] });
    const total = measureOf(sheet, 'sum(extra_to_nhs)');
    expect(total.unit).toBe('£bn');
    expect(evaluateMeasure(sheet, total)).toEqual({ ok: true, value: reference.cumulativeNhs });
    const gap = measureOf(sheet, 'at(budget, "2019/20") - total_budget_base');
    expect(gap.unit).toBe('number');
    expect(evaluateMeasure(sheet, gap)).toEqual({ ok: true, value: reference.extra[3] });
  });

  it('refuses a series where one number is needed, and names that are not cells', () => {
    expect(problemOf('private_share')).toBe(
      'private_share gives one value per year; use last(private_share), first(private_share), at(private_share, "2020/21") or sum(private_share) for one number',
    );
    expect(problemOf('private_share * 2 + 1')).toMatch(/^private_share gives one value per year/);
    expect(problemOf('t')).toMatch(/^t gives one value per year/);
    expect(problemOf('last(privte_share)')).toBe('unknown name "privte_share" (did you mean "private_share"?)');
    expect(problemOf('last(private_share) > ')).toBe('Unexpected end of expression');
    expect(problemOf('at(budget, "2015/16")')).toBe('at(…, "2015/16"): 2015/16 is not after the base year 2015/16');
  });

  it('gives the error of a year outside the horizon, or of a failing cell it uses, when evaluated', () => {
    const later = measureOf(sheet, 'at(budget, "2025/26")');
    expect(evaluateMeasure(sheet, later)).toMatchObject({ ok: false, error: /2025\/26 is not a projected year/, origin: { kind: 'runtime' } });
    const longer = setInput(sheet.model, sheet.evaluation, 'horizon_years', 10);
    expect(evaluateMeasure(longer, later)).toEqual({ ok: true, value: referenceBaseline(0.02, 10).budget[9] });
    const broken = setInput(sheet.model, sheet.evaluation, 'private_share_base', 0);
    expect(evaluateMeasure(broken, measureOf(sheet, 'last(private_share)'))).toMatchObject({
      ok: false,
      origin: { kind: 'passed-on', from: 'private_share' },
    });
  });

  it('compiled, gives what evaluating gives for every value of the inputs swept', () => {
    const measures = ['last(private_share)', 'sum(extra_to_private)', 'at(budget, "2019/20")', 'budget_growth > 0.03 ? 1 : first(extra_money)'].map((text) =>
      measureOf(sheet, text),
    );
    const sweep = compileMeasures(sheet.model, ['marginal_private_share', 'budget_growth', 'horizon_years'], measures);
    for (const [share, growth, horizon] of [
      [0.1, 0.02, 5],
      [0.9, 0.05, 4],
      [0.33, -0.01, 3],
      [0.5, 0.04, 7],
    ] as const) {
      let point = setInput(sheet.model, sheet.evaluation, 'marginal_private_share', share);
      point = setInput(point.model, point.evaluation, 'budget_growth', growth);
      point = setInput(point.model, point.evaluation, 'horizon_years', horizon);
      const expected = measures.map((measure) => {
        const result = evaluateMeasure(point, measure);
        return result.ok ? result.value : undefined;
      });
      expect(sweep.run([share, growth, horizon])).toEqual(expected);
    }
    // 2019/20 is the fourth year: with three years, that measure alone fails.
    expect(sweep.run([0.33, -0.01, 3])[2]).toBeUndefined();
    expect(sweep.run([0.33, -0.01, 3])[0]).toBeCloseTo(referenceBaseline(-0.01, 3, 0.33).privateShare[2]!, 14);
  });

  it('a compiled measure fails only if it uses a failing cell', () => {
    const cells: Cell[] = [...baselineCells(), { kind: 'formula', name: 'fragile', formula: '1 / (budget_growth - 0.02)', unit: 'number' }];
    const withFragile = sheetOf(cells, '2015/16');
    const guarded = measureOf(withFragile, 'budget_growth == 0.02 ? 0 : fragile');
    const sweep = compileMeasures(withFragile.model, ['budget_growth'], [guarded, measureOf(withFragile, 'fragile')]);
    expect(sweep.run([0.02])).toEqual([0, undefined]);
    expect(sweep.run([0.03])).toEqual([1 / (0.03 - 0.02), 1 / (0.03 - 0.02)]);
  });

  it('refuses to sweep a formula cell', () => {
    expect(() => compileMeasures(sheet.model, ['budget'], [])).toThrow('only inputs can be swept');
  });
});
