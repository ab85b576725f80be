import { describe, expect, it } from 'vitest';
import { affectedBy, buildModel, type Cell, type CellResult, evaluate, setInput } from '../../src/engine/index.js';
import { baselineCells, referenceBaseline } from './baseline-cells.js';

const valueIn = (result: CellResult | undefined) => {
  if (!result?.ok) throw new Error(`expected a value, got ${JSON.stringify(result)}`);
  return result.value;
};
const errorOf = (result: CellResult | undefined) => {
  if (!result || result.ok) throw new Error(`expected an error, got ${JSON.stringify(result)}`);
  return result.error;
};
const run = (cells: Cell[]) => evaluate(buildModel(cells, '2015/16')).results;

describe('baseline model', () => {
  it('reproduces the worked check of the brief', () => {
    const results = run(baselineCells());
    expect(valueIn(results.get('total_budget_base'))).toBeCloseTo(114.47, 2);
    expect((valueIn(results.get('extra_money')) as number[])[4]).toBeCloseTo(11.91, 2);
    expect(valueIn(results.get('cumulative_extra_to_private'))).toBeCloseTo(18.67, 2);
    expect(valueIn(results.get('cumulative_extra_to_nhs'))).toBeCloseTo(16.6, 2);
    expect((valueIn(results.get('private_share')) as number[])[4]).toBeCloseTo(0.1187, 4);
  });

  it('labels projected years as UK fiscal years after the base year', () => {
    expect(evaluate(buildModel(baselineCells(), '2015/16')).years).toEqual(['2016/17', '2017/18', '2018/19', '2019/20', '2020/21']);
    expect(evaluate(buildModel(baselineCells({ horizon_years: 2 }), '1999/00')).years).toEqual(['2000/01', '2001/02']);
  });

  it('matches the formulas written out by hand to 1e-12', () => {
    const reference = referenceBaseline(0.035, 7);
    const results = run(baselineCells({ budget_growth: 0.035, horizon_years: 7 }));
    (valueIn(results.get('private_share')) as number[]).forEach((share, i) => {
      expect(share).toBeCloseTo(reference.privateShare[i]!, 12);
    });
    expect(valueIn(results.get('cumulative_extra_to_nhs'))).toBeCloseTo(reference.cumulativeNhs, 10);
  });
});

describe('recalculation order', () => {
  it('evaluates formulas after what they depend on, whatever order they are listed in', () => {
    const results = run([...baselineCells()].reverse());
    expect(valueIn(results.get('cumulative_extra_to_private'))).toBeCloseTo(18.673275091764715, 12);
  });

  it('recomputes only the dependents of a changed input, in dependency order', () => {
    const model = buildModel(baselineCells(), '2015/16');
    expect(affectedBy(model, ['budget_growth'])).toEqual(
      [
        'budget_growth',
        'budget',
        'extra_money',
        'extra_to_private',
        'extra_to_nhs',
        'private_spend',
        'cumulative_extra_to_private',
        'cumulative_extra_to_nhs',
        'private_share',
      ].sort((a, b) => model.order.indexOf(a) - model.order.indexOf(b)),
    );
    expect(affectedBy(model, ['marginal_private_share'])).not.toContain('budget');
    expect(affectedBy(model, ['marginal_private_share'])).not.toContain('total_budget_base');
  });

  it('gives the same values incrementally as a full recalculation', () => {
    const model = buildModel(baselineCells(), '2015/16');
    let state = { model, evaluation: evaluate(model) };
    const edits: [string, number][] = [
      ['budget_growth', 0.03],
      ['horizon_years', 8],
      ['marginal_private_share', 0.1],
      ['horizon_years', 2],
    ];
    for (const [name, value] of edits) {
      state = setInput(state.model, state.evaluation, name, value);
      const full = evaluate(
        buildModel(
          [...state.model.cells.values()].map((c) => c.cell),
          '2015/16',
        ),
      );
      expect(state.evaluation.years).toEqual(full.years);
      expect(Object.fromEntries(state.evaluation.results)).toEqual(Object.fromEntries(full.results));
    }
    expect(valueIn(state.evaluation.results.get('budget'))).toHaveLength(2);
  });

  it('keeps the results of cells that do not depend on the edit as they were, without recomputing them', () => {
    const model = buildModel(baselineCells(), '2015/16');
    const evaluation = evaluate(model);
    const before = evaluation.results;
    const after = setInput(model, evaluation, 'marginal_private_share', 0.1).evaluation.results;
    for (const name of ['budget', 'extra_money', 'total_budget_base', 'budget_growth']) expect(after.get(name), name).toBe(before.get(name));
    for (const name of ['extra_to_private', 'extra_to_nhs', 'private_share', 'cumulative_extra_to_private'])
      expect(after.get(name), name).not.toBe(before.get(name));
    expect(valueIn(after.get('cumulative_extra_to_private'))).toBeCloseTo(35.27 * 0.1, 2);
  });

  it('leaves the previous model and evaluation untouched (undo relies on it)', () => {
    const model = buildModel(baselineCells(), '2015/16');
    const evaluation = evaluate(model);
    setInput(model, evaluation, 'budget_growth', 0.05);
    expect(valueIn(evaluation.results.get('cumulative_extra_to_private'))).toBeCloseTo(18.673, 3);
  });
});

describe('cell errors', () => {
  const withFormula = (name: string, formula: string) => [...baselineCells(), { kind: 'formula', name, formula, unit: '£bn' } as Cell];

  it('reports an unknown name with a suggestion instead of reading it as a unit', () => {
    expect(errorOf(run(withFormula('x', 'extra_mony * 2')).get('x'))).toBe('unknown name "extra_mony" (did you mean "extra_money"?)');
    expect(errorOf(run(withFormula('x', 'g * 2')).get('x'))).toBe(`unknown name "g": formulas cannot use units or constants, only the scenario's cells`);
    expect(errorOf(run(withFormula('x', 'qq * 2')).get('x'))).toBe('unknown name "qq"');
  });

  it('names every unknown name in a formula, not just the first', () => {
    expect(errorOf(run(withFormula('x', 'extra_mony * budget_grwth + extra_mony')).get('x'))).toBe(
      'unknown name "extra_mony" (did you mean "extra_money"?); unknown name "budget_grwth" (did you mean "budget_growth"?)',
    );
  });

  it('reports each cell of a cycle and the cells that depend on it', () => {
    const results = run([
      ...withFormula('a', 'b + 1'),
      { kind: 'formula', name: 'b', formula: 'a * 2', unit: 'number' },
      { kind: 'formula', name: 'c', formula: 'a', unit: 'number' },
    ]);
    expect(errorOf(results.get('a'))).toBe('circular reference: a → b → a');
    expect(errorOf(results.get('b'))).toBe('circular reference: b → a → b');
    expect(errorOf(results.get('c'))).toBe('depends on a, which is part of a circular reference');
    expect(valueIn(results.get('cumulative_extra_to_nhs'))).toBeCloseTo(16.598, 3);
  });

  it('turns division by zero, NaN and complex results into errors that propagate', () => {
    const cells = [
      ...withFormula('ratio', 'private_spend_base / (budget_growth - 0.02)'),
      { kind: 'formula', name: 'twice', formula: 'ratio * 2', unit: '£bn' } as Cell,
    ];
    const results = run(cells);
    expect(errorOf(results.get('ratio'))).toMatch(/division by zero/);
    expect(errorOf(results.get('twice'))).toBe('depends on ratio, which has an error');
    expect(errorOf(run(withFormula('x', 'sqrt(-private_spend_base)')).get('x'))).toMatch(/complex number/);
    expect(errorOf(run(withFormula('x', 'log(0) - log(0)')).get('x'))).toMatch(/NaN/);
  });

  it('names the year in which a series fails', () => {
    const results = run(withFormula('x', '1 / (t - 3)'));
    expect(errorOf(results.get('x'))).toMatch(/^2018\/19: result is Infinity/);
  });

  it('refuses functions outside the allowlist and syntax errors without throwing', () => {
    expect(errorOf(run(withFormula('x', 'import({}, {})')).get('x'))).toMatch(/function import\(\) is not allowed/);
    expect(errorOf(run(withFormula('x', 'evaluate("1+1")')).get('x'))).toMatch(/function evaluate\(\) is not allowed/);
    expect(errorOf(run(withFormula('x', 'budget.constructor')).get('x'))).toMatch(/property access/);
    expect(errorOf(run(withFormula('x', 'f(y) = 1')).get('x'))).toMatch(/defining a function/);
    expect(errorOf(run(withFormula('x', '"text"')).get('x'))).toMatch(/only numbers/);
    expect(errorOf(run(withFormula('x', '2 * (budget')).get('x'))).toMatch(/Parenthesis \) expected/);
    expect(errorOf(run(withFormula('x', '')).get('x'))).toMatch(/formula is empty/);
  });

  it('checks the horizon is a whole number of years', () => {
    const results = run(baselineCells({ horizon_years: 2.5 }));
    expect(errorOf(results.get('horizon_years'))).toMatch(/whole number/);
    expect(errorOf(results.get('budget'))).toBe('depends on horizon_years, which has an error');
    expect(valueIn(results.get('total_budget_base'))).toBeCloseTo(114.47, 2);
  });
});

describe('series and aggregates', () => {
  it('sums one series argument over the years but works year by year with several', () => {
    const results = run([
      ...baselineCells(),
      { kind: 'formula', name: 'largest_extra', formula: 'max(extra_money)', unit: '£bn' },
      { kind: 'formula', name: 'capped_extra', formula: 'min(extra_money, 5)', unit: '£bn' },
    ]);
    expect(valueIn(results.get('largest_extra'))).toBeCloseTo(11.9145, 4);
    expect((valueIn(results.get('capped_extra')) as number[]).map((v) => Number(v.toFixed(2)))).toEqual([2.29, 4.62, 5, 5, 5]);
  });

  it('computes the argument of a one-series aggregate year by year, never as a matrix', () => {
    const doubled: Cell[] = [
      { kind: 'input', name: 'horizon_years', value: 3, unit: 'years' },
      { kind: 'formula', name: 'ser', formula: 't * 2', unit: 'number' },
    ];
    const results = run([
      ...doubled,
      ...Object.entries({
        mean_square: 'mean(ser * ser)',
        max_square: 'max(ser * ser)',
        sum_power: 'sum(ser ^ 2)',
        mean_ratio: 'mean(ser / ser)',
        sum_above_two: 'sum(ser > 2 ? ser : 0)',
        share_of_total: 'sum(ser / sum(ser))',
        root_sum: 'sum(sqrt(ser * 8))',
        // The branch taken is one number in every year: it counts once per year.
        sum_of_constant_branch: 'sum(horizon_years > 100 ? ser : 1)',
      }).map(([name, formula]): Cell => ({ kind: 'formula', name, formula, unit: 'number' })),
    ]);
    // ser is 2, 4, 6
    expect(valueIn(results.get('mean_square'))).toBeCloseTo(56 / 3, 12);
    expect(valueIn(results.get('max_square'))).toBe(36);
    expect(valueIn(results.get('sum_power'))).toBe(56);
    expect(valueIn(results.get('mean_ratio'))).toBe(1);
    expect(valueIn(results.get('sum_above_two'))).toBe(10);
    expect(valueIn(results.get('share_of_total'))).toBeCloseTo(1, 12);
    expect(valueIn(results.get('root_sum'))).toBe(4 + Math.sqrt(32) + Math.sqrt(48));
    expect(valueIn(results.get('sum_of_constant_branch'))).toBe(3);
  });

  it('averages the yearly private share of the baseline', () => {
    const results = run([...baselineCells(), { kind: 'formula', name: 'mean_share', formula: 'mean(private_spend / budget)', unit: 'percent' }]);
    const shares = valueIn(results.get('private_share')) as number[];
    expect(valueIn(results.get('mean_share'))).toBeCloseTo(shares.reduce((a, b) => a + b) / shares.length, 14);
  });
});
