import { describe, expect, it } from 'vitest';
import { referenceBaseline } from '../engine/baseline-cells.js';
import { cli } from './cli.js';

const BASELINE = 'scenarios/baseline.yaml';

describe('table', () => {
  it('prints two levers and one output as a grid, and every combination as data, equal to the formulas written out', async () => {
    const args = ['table', BASELINE, '--vary', 'budget_growth=1%:5%:1%', '--vary', 'marginal_private_share=10%,30%,52.9%', '--show', 'last(private_share)'];
    const text = await cli(...args);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('last(private_share) by budget_growth (down) and marginal_private_share (across)');
    const shown = (growth: number, share: number) => `${(referenceBaseline(growth, 5, share).privateShare[4]! * 100).toFixed(2)}%`;
    expect(text.stdout).toMatch(new RegExp(`^2\\.00% +${shown(0.02, 0.1)} +${shown(0.02, 0.3)} +${shown(0.02, 0.529)}$`, 'm'));
    const json = JSON.parse((await cli(...args, '--format', 'json')).stdout);
    expect(json.rows).toHaveLength(15);
    for (const row of json.rows) {
      const { budget_growth: growth, marginal_private_share: share } = row.levels;
      expect(row.values['last(private_share)']).toBeCloseTo(referenceBaseline(growth, 5, share).privateShare[4]!, 14);
    }
    const csv = (await cli(...args, '--format', 'csv')).stdout.split('\n');
    expect(csv[0]).toBe('budget_growth,marginal_private_share,last(private_share),error');
    expect(csv).toHaveLength(17);
  });

  it('takes a step smaller than the input may be: private_share_base from 7.56% to 7.64% by 0.02%', async () => {
    // private_share_base has a min of 0.1%; a step is an amount, not a value of the input, so that min does not bound it.
    const ran = await cli('table', BASELINE, '--vary', 'private_share_base=7.56%:7.64%:0.02%', '--show', 'total_budget_base', '--format', 'json');
    expect(ran.code).toBe(0);
    const rows = JSON.parse(ran.stdout).rows as { levels: { private_share_base: number }; values: { total_budget_base: number } }[];
    expect(rows.map((row) => row.levels.private_share_base)).toEqual([0.0756, 0.0758, 0.076, 0.0762, 0.0764]);
    for (const row of rows) expect(row.values.total_budget_base).toBeCloseTo(8.7 / row.levels.private_share_base, 12);
  });

  it('refuses more than 100,000 combinations with the count, values out of range, and a missing --show', async () => {
    const many = await cli(
      'table',
      BASELINE,
      '--vary',
      'budget_growth=0%:19.9%:0.1%',
      '--vary',
      'marginal_private_share=0%:100%:0.1%',
      '--show',
      'budget_growth',
    );
    expect(many.code).toBe(2);
    expect(many.stderr).toContain('200 values of budget_growth × 1001 values of marginal_private_share make 200,200 combinations; the most is 100,000');
    const out = await cli('table', BASELINE, '--vary', 'budget_growth=1%,30%', '--show', 'last(private_share)');
    expect(out.stderr).toContain('--vary budget_growth=1%,30%: budget_growth must be at most 20.00%, not 30.00%');
    const none = await cli('table', BASELINE, '--vary', 'budget_growth=1%,3%');
    expect(none.stderr).toContain('table needs at least one --show FORMULA');
  });

  it('counts the values that cannot be computed: none spent privately at first divides 0 by 0', async () => {
    const ran = await cli('table', BASELINE, '--vary', 'private_spend_base=0:2:1', '--show', 'last(private_share)');
    expect(ran.code).toBe(1);
    expect(ran.stdout).toContain('1 value could not be computed (ERROR), e.g. last(private_share) at private_spend_base £0.00bn: private_share: 2016/17:');
  });
});

describe('explain', () => {
  it('splits the gap between the baseline and a file with three changes, and the shares add up', async () => {
    const ran = await cli('explain', BASELINE, 'test/fixtures/analysis/three-changes.yaml', '--show', 'cumulative_extra_to_private', '--format', 'json');
    expect(ran.code).toBe(0);
    const [explanation] = JSON.parse(ran.stdout).explanations;
    const a = referenceBaseline(0.02).cumulativePrivate;
    const b = referenceBaseline(0.035, 7, 0.3).cumulativePrivate;
    expect(explanation.a).toBeCloseTo(a, 10);
    expect(explanation.b).toBeCloseTo(b, 10);
    const total = explanation.contributions.reduce((sum: number, value: number) => sum + value, 0);
    expect(Math.abs(total - (b - a)) / Math.abs(b - a)).toBeLessThan(1e-9);
    expect(explanation.method).toEqual({ kind: 'exact' });
    const text = await cli('explain', BASELINE, 'test/fixtures/analysis/three-changes.yaml', '--show', 'cumulative_extra_to_private');
    expect(text.stdout).toContain('Shapley values, exact: each contributor');
    expect(text.stdout).toMatch(/^gap +£18\.67bn/m);
  });

  it('gives a shorter horizon the whole gap in a total, and nothing in the years both project', async () => {
    const text = await cli('explain', BASELINE, 'test/fixtures/analysis/three-years.yaml', '--show', 'cumulative_extra_to_private', '--show', 'private_share');
    expect(text.code).toBe(0);
    // Three years of (B·1.02^t − B)·900/1700, B = 8.7/0.076, is £7.37bn; five years, £18.67bn.
    expect(referenceBaseline(0.02, 3).cumulativePrivate).toBeCloseTo(7.3699, 4);
    expect(text.stdout).toContain('cumulative_extra_to_private: £18.67bn in Baseline, £7.37bn in Three years');
    expect(text.stdout).toMatch(/^horizon_years +5 +3 +-£11\.30bn +100\.00%$/m);
    expect(text.stdout).toMatch(/^horizon_years +±0\.00 pp +±0\.00 pp +±0\.00 pp$/m);
    expect(text.stdout).toContain('One thing differs, and it does not change the target.');
    expect(text.stdout).not.toContain('Nothing that the target reads differs');
  });

  it('explains a total over each horizon, with the horizon as a contributor, when a per-year target is shown too', async () => {
    const args = ['explain', BASELINE, 'test/fixtures/analysis/three-years-scaled.yaml', '--show', 'cumulative_extra_to_private', '--show', 'private_share'];
    const ran = await cli(...args, '--format', 'json');
    expect(ran.code).toBe(0);
    const [total] = JSON.parse(ran.stdout).explanations;
    // Three years of (B·1.02^t − B) with 0.9 of 900/1700 of it private, B = 8.7/0.076.
    const b = referenceBaseline(0.02, 3, (900 / 1700) * 0.9).cumulativePrivate;
    expect(total.b).toBeCloseTo(b, 12);
    expect(total.a).toBeCloseTo(referenceBaseline(0.02).cumulativePrivate, 12);
    const text = await cli(...args);
    expect(text.stdout).toContain('cumulative_extra_to_private: £18.67bn in Baseline, £6.63bn in Three years');
    expect(text.stdout).toMatch(/^horizon_years +5 +3 +-£10\.74bn +89\.19%$/m);
    expect(text.stdout).toContain('explained year by year over 2016/17–2018/19, the years both project (5 years in Baseline, 3 in Three years)');
  });

  it('refuses unknown names in a target, and a seed that is not a whole number', async () => {
    const unknown = await cli('explain', BASELINE, 'scenarios/average-split.yaml', '--show', 'cumulative_extra_to_privat');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown name "cumulative_extra_to_privat" (did you mean "cumulative_extra_to_private"?)');
    const seed = await cli('explain', BASELINE, 'scenarios/average-split.yaml', '--show', 'cumulative_extra_to_private', '--seed', '1.5');
    expect(seed.stderr).toContain('--seed 1.5:');
  });
});
