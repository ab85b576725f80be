import { describe, expect, it } from 'vitest';
import { type ComparisonRow, compareScenarios } from '../../src/analysis/index.js';
import { referenceBaseline } from '../engine/baseline-cells.js';
import { BASELINE, evaluated, fixture } from './scenarios.js';

const rowLabelled = (rows: readonly ComparisonRow[], label: string): ComparisonRow => {
  const row = rows.find((candidate) => candidate.label === label);
  if (!row) throw new Error(`no row "${label}" among ${rows.map((r) => r.label).join(', ')}`);
  return row;
};
const numbers = (row: ComparisonRow) => row.values.map((value) => (value.kind === 'value' ? value.value : value.kind));

describe('compareScenarios', () => {
  it('puts each scenario in a column and measures the others against the first', () => {
    const { rows, scenarios } = compareScenarios(evaluated(BASELINE, fixture('growth-3-percent')));
    expect(scenarios).toEqual(['Baseline', 'Growth 3%']);
    const row = rowLabelled(rows, 'cumulative_extra_to_private');
    expect(row).toMatchObject({ cell: 'cumulative_extra_to_private', part: 'value', unit: '£bn' });
    expect(numbers(row)).toEqual([18.673275091764715, 28.3873792110604]);
    expect(row.differences[0]!.absolute).toBeCloseTo(28.3873792110604 - 18.673275091764715, 12);
    expect(row.differences[0]!.relative).toBeCloseTo((28.3873792110604 - 18.673275091764715) / 18.673275091764715, 12);
  });

  it('compares the higher-growth scenario with the hand-computed model', () => {
    const { rows } = compareScenarios(evaluated(BASELINE, 'scenarios/higher-growth.yaml'));
    const expected = referenceBaseline(0.036).cumulativePrivate;
    const [baseline, higher] = numbers(rowLabelled(rows, 'cumulative_extra_to_private')) as number[];
    expect(baseline).toBeCloseTo(referenceBaseline(0.02).cumulativePrivate, 10);
    expect(higher).toBeCloseTo(expected, 10);
    expect(rowLabelled(rows, 'budget_growth').differences[0]!.absolute).toBeCloseTo(0.016, 12);
  });

  it('shows series as their final year and, for money, the total over the horizon', () => {
    const { rows } = compareScenarios(evaluated(BASELINE, BASELINE));
    const reference = referenceBaseline(0.02);
    expect(rows.filter((row) => row.cell === 'budget').map((row) => row.label)).toEqual(['budget 2020/21', 'budget total 2016/17–2020/21']);
    expect(numbers(rowLabelled(rows, 'extra_money 2020/21'))[0]).toBeCloseTo(reference.extra[4]!, 10);
    expect(numbers(rowLabelled(rows, 'extra_to_private total 2016/17–2020/21'))[0]).toBeCloseTo(reference.cumulativePrivate, 10);
    // A sum of shares means nothing, so shares get no total row.
    expect(rows.filter((row) => row.cell === 'private_share').map((row) => row.label)).toEqual(['private_share 2020/21']);
    expect(rowLabelled(rows, 'private_share 2020/21').differences).toEqual([{ absolute: 0, relative: 0 }]);
  });

  it('shows every year when asked', () => {
    const { rows } = compareScenarios(evaluated(BASELINE, BASELINE), ['private_share', 'extra_to_nhs'], 'every-year');
    expect(rows.map((row) => row.label)).toEqual([
      'private_share 2016/17',
      'private_share 2017/18',
      'private_share 2018/19',
      'private_share 2019/20',
      'private_share 2020/21',
      'extra_to_nhs 2016/17',
      'extra_to_nhs 2017/18',
      'extra_to_nhs 2018/19',
      'extra_to_nhs 2019/20',
      'extra_to_nhs 2020/21',
      'extra_to_nhs total 2016/17–2020/21',
    ]);
    const shares = referenceBaseline(0.02).privateShare;
    rows.slice(0, 5).forEach((row, i) => {
      expect(numbers(row)[0]).toBeCloseTo(shares[i]!, 12);
    });
  });

  it('compares a scenario whose formulas differ, and a cell the first scenario lacks', () => {
    const { rows } = compareScenarios(evaluated(BASELINE, 'scenarios/capacity-constrained.yaml'));
    const reference = referenceBaseline(0.02);
    // Trusts absorb £0.8bn more each year: 0.8 × (1 + 2 + 3 + 4 + 5) = £12bn over five years.
    expect(numbers(rowLabelled(rows, 'cumulative_extra_to_nhs'))[1]).toBeCloseTo(12, 10);
    expect(numbers(rowLabelled(rows, 'extra_to_nhs 2020/21'))[1]).toBeCloseTo(4, 10);
    const privateRow = rowLabelled(rows, 'cumulative_extra_to_private');
    expect(numbers(privateRow)[1]).toBeCloseTo(reference.cumulativePrivate + reference.cumulativeNhs - 12, 10);
    expect(privateRow.differences[0]!.absolute).toBeCloseTo(reference.cumulativeNhs - 12, 10);

    const capacity = rowLabelled(rows, 'nhs_capacity_growth');
    expect(capacity.values).toEqual([
      { kind: 'absent', reason: 'not in this scenario' },
      { kind: 'value', value: 0.8 },
    ]);
    expect(capacity.differences).toEqual([undefined]);
    // Cells only later scenarios have come after the first scenario's cells.
    expect(rows.slice(-2).map((row) => row.label)).toEqual(['nhs_capacity_growth', 'private_share_of_extra 2020/21']);
  });

  it('shows a cell in error as an error without losing the other columns', () => {
    const { rows } = compareScenarios(evaluated(BASELINE, fixture('broken-share')));
    const row = rowLabelled(rows, 'private_share 2020/21');
    expect(row.values[0]).toEqual({ kind: 'value', value: referenceBaseline(0.02).privateShare[4] });
    expect(row.values[1]).toMatchObject({ kind: 'error', error: expect.stringContaining('division by zero') });
    expect(row.differences).toEqual([undefined]);
    expect(numbers(rowLabelled(rows, 'cumulative_extra_to_private'))).toEqual([18.673275091764715, 18.673275091764715]);
  });

  it('aligns series by year when horizons differ', () => {
    const { rows, years } = compareScenarios(evaluated(BASELINE, fixture('short-horizon')));
    expect(years.map((list) => list.length)).toEqual([5, 3]);
    expect(rows.filter((row) => row.cell === 'budget').map((row) => row.label)).toEqual(['budget 2018/19', 'budget 2020/21', 'budget total over each horizon']);
    const reference = referenceBaseline(0.02);
    const finalOfShort = rowLabelled(rows, 'budget 2018/19');
    expect(numbers(finalOfShort)).toEqual([reference.budget[2], reference.budget[2]].map((value) => expect.closeTo(value!, 10)));
    expect(finalOfShort.differences[0]!.absolute).toBeCloseTo(0, 10);
    expect(rowLabelled(rows, 'budget 2020/21').values[1]).toEqual({ kind: 'absent', reason: "2020/21 is outside this scenario's horizon" });
    const total = rowLabelled(rows, 'budget total over each horizon');
    expect(numbers(total)).toEqual(
      [reference.budget.reduce((a, b) => a + b), reference.budget.slice(0, 3).reduce((a, b) => a + b)].map((value) => expect.closeTo(value, 10)),
    );
    expect(total.differences).toEqual([undefined]);
    const cumulative = rowLabelled(rows, 'cumulative_extra_to_private');
    expect(numbers(cumulative)).toEqual(
      [reference.cumulativePrivate, reference.toPrivate.slice(0, 3).reduce((a, b) => a + b)].map((value) => expect.closeTo(value, 10)),
    );
    expect(cumulative.differences).toEqual([undefined]);
    // A cell that does not depend on the horizon is still compared.
    expect(rowLabelled(rows, 'total_budget_base').differences).toEqual([{ absolute: 0, relative: 0 }]);
    expect(rowLabelled(rows, 'horizon_years').differences).toEqual([{ absolute: -2, relative: -0.4 }]);
  });

  it('has no relative difference against a first value of zero', () => {
    const { rows } = compareScenarios(evaluated('scenarios/reverse-privatisation.yaml', BASELINE), ['extra_to_private'], 'every-year');
    const finalYear = rowLabelled(rows, 'extra_to_private 2020/21');
    expect(numbers(finalYear)[0]).toBe(0);
    expect(finalYear.differences[0]!.absolute).toBeCloseTo(referenceBaseline(0.02).toPrivate[4]!, 10);
    expect(finalYear.differences[0]!.relative).toBeUndefined();
  });

  it('keeps rows for named cells no scenario has, marked absent', () => {
    const { rows } = compareScenarios(evaluated(BASELINE, BASELINE), ['no_such_cell']);
    expect(rows).toEqual([
      expect.objectContaining({
        label: 'no_such_cell',
        values: [
          { kind: 'absent', reason: 'not in this scenario' },
          { kind: 'absent', reason: 'not in this scenario' },
        ],
      }),
    ]);
  });
});
