import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith } from '../scenario/helpers.js';
import { cli } from './cli.js';

const BASELINE = 'scenarios/baseline.yaml';
const HF = 'HuffPost UK, reporting a Health Foundation analysis for the Financial Times, 27 March 2017';

describe('run shows the claims of the sources checked', () => {
  it('one line each with ✓ or ✗, the check, the claim and its source, and what each can establish', async () => {
    const { code, stdout, stderr } = await cli('run', BASELINE);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^✓  new_money_split +marginal_private_share 52\\.94% +£900m of the new money .* from NHS trusts +${HF}$`, 'm'));
    expect(stdout).toMatch(/^✓ {2}roughly_half +marginal_private_share 52\.94% +roughly half of new cash/m);
    expect(stdout).toMatch(
      /^✓ {2}share_of_total +private_spend_base £8\.70bn, total_budget_base £114\.47bn +£8\.7bn was spent .* +Echo \(Southend\), reporting figures given by Owen Smith .*, 2016$/m,
    );
    expect(stdout).toMatch(/^✓ {2}one_in_eight +private_share_base 7\.60% +around £1 in £8 of local commissioners' budgets/m);
    expect(stdout).toMatch(/^✗ {2}share_more_than_double +private_share_base 7\.60% +the £8\.7bn of 2015\/16 was more than double/m);
    expect(stdout).toMatch(/^What each check can and cannot establish$/m);
    expect(stdout).toMatch(/^one_in_eight +Different base: £1 in £8 \(12\.5%\) is of local commissioners' \(CCG\) budgets/m);
  });

  it('where each input comes from, and every record cited by publisher, title and date; never a file name', async () => {
    const { stdout } = await cli('run', BASELINE);
    expect(stdout).toMatch(/^marginal_private_share +52\.94% +hf-ft$/m);
    expect(stdout).toMatch(/^budget_growth +2\.00% +assumption: 2% a year, a round figure/m);
    expect(stdout).toMatch(new RegExp(`^hf-ft +${HF}$`, 'm'));
    for (const file of readdirSync('scenarios')) {
      for (const format of ['table', 'md', 'json']) {
        const output = (await cli('run', join('scenarios', file), '--format', format)).stdout;
        expect(output, `${file} ${format}`).not.toMatch(/seed|\.txt\b|_[0-9a-f]{16}/);
      }
    }
    const kings = (await cli('run', 'scenarios/what-happened.yaml')).stdout;
    expect(kings).toMatch(/^kings-fund-2021 +The King's Fund, "Is the NHS being privatised\?", 2021$/m);
  });

  it('marks an input changed from its source in the table, the Markdown and the JSON', async () => {
    const changed = `52.94% per ${HF}; here 20.00%`;
    const text = (await cli('run', BASELINE, '--set', 'marginal_private_share=20%')).stdout;
    expect(text).toMatch(new RegExp(`^marginal_private_share +20\\.00% +hf-ft +≠ ${changed.replace(/[().]/g, '\\$&')}$`, 'm'));
    expect(text).toMatch(/^✗ {2}new_money_split/m);
    const md = (await cli('run', BASELINE, '--set', 'marginal_private_share=20%', '--format', 'md')).stdout;
    expect(md).toContain(`| marginal_private_share | 20.00% | hf-ft | ≠ ${changed} |`);
    expect(md).toContain('| ✗ | new_money_split |');
    const json = JSON.parse((await cli('run', BASELINE, '--set', 'marginal_private_share=20%', '--format', 'json')).stdout);
    expect(json.citations.marginal_private_share).toEqual({ source: 'hf-ft', supported: 900 / 1700, changedFromSource: true });
    expect(json.citations.private_spend_base).toEqual({ source: 'echo-2016', supported: 8.7, changedFromSource: false });
    expect(json.citations.budget_growth).toEqual({
      source: 'assumption: 2% a year, a round figure for a modest settlement; not from the sources',
      changedFromSource: false,
    });
  });

  it('JSON has a checks object keyed by name, and every record in full', async () => {
    const json = JSON.parse((await cli('run', BASELINE, '--format', 'json')).stdout);
    expect(Object.keys(json.checks)).toEqual(['new_money_split', 'roughly_half', 'share_of_total', 'one_in_eight', 'share_more_than_double']);
    expect(json.checks.new_money_split).toEqual({
      holds: true,
      claim: '£900m of the new money was spent on care from independent and other non-NHS providers, compared with £800m from NHS trusts',
      source: 'hf-ft',
      formula: 'abs(marginal_private_share - 900 / (900 + 800)) < 0.0005',
      tested: { marginal_private_share: 900 / 1700 },
      note: expect.stringContaining('900 / 1700 = 52.94%'),
    });
    expect(json.checks.share_more_than_double.holds).toBe(false);
    expect(json.sources['hf-ft']).toMatchObject({
      publisher: 'HuffPost UK, reporting a Health Foundation analysis for the Financial Times',
      date: '2017-03-27',
      citation: HF,
      supports: { marginal_private_share: 900 / 1700 },
    });
    expect(json.sources['hf-ft'].quote).toContain('£900m of the money promised before the 2015 general election');
    // The cells are as before: each a value or an error, nothing more.
    expect(json.cells.marginal_private_share).toEqual({ value: 900 / 1700 });
  });
});

describe('run --strict', () => {
  it('exits 1 when a check fails, naming it, and 0 when every check holds', async () => {
    const failing = await cli('run', BASELINE, '--strict', '--format', 'json');
    expect(failing.code).toBe(1);
    expect(failing.stderr).toBe('nhs-whatif: --strict: a check fails: share_more_than_double\n');
    expect(JSON.parse(failing.stdout).checks.share_more_than_double.holds).toBe(false);
    expect((await cli('run', BASELINE)).code).toBe(0);
    const edited = await cli('run', BASELINE, '--strict', '--set', 'marginal_private_share=20%', '--format', 'csv');
    expect(edited.stderr).toBe('nhs-whatif: --strict: 3 checks fail: new_money_split, roughly_half, share_more_than_double\n');
    const dir = folderWith({
      's.yaml': `name: Holds\nbase_year: "2015/16"\ninputs:\n  x:\n    value: 1\n    source: rec\nsources:\n  rec:\n    publisher: Someone\nchecks:\n  one:\n    claim: x is one\n    source: rec\n    formula: x == 1\n`,
    });
    const holds = await cli('run', join(dir, 's.yaml'), '--strict');
    expect(holds.code).toBe(0);
    expect(holds.stdout).toMatch(/^✓ {2}one +x 1 +x is one +Someone$/m);
  });

  it('is for run only', async () => {
    const { code, stderr } = await cli('compare', BASELINE, BASELINE, '--strict');
    expect(code).toBe(2);
    expect(stderr).toBe('nhs-whatif: --strict is only for run; compare does not take it\n');
  });
});

describe('run shows projected against observed', () => {
  it('with the difference, projected − observed, and each source', async () => {
    const { code, stdout } = await cli('run', 'scenarios/what-happened.yaml');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^private_share +2016\/17 +7\.49% +7\.70% +-0\.21 pp +Full Fact, July 2019$/m);
    expect(stdout).toMatch(/^private_share +2019\/20 +7\.20% +7\.20% +±0\.00 pp +The King's Fund, "Is the NHS being privatised\?", 2021$/m);
    expect(stdout).toMatch(/^private_spend +2017\/18 +£9\.18bn +£8\.80bn +\+£0\.38bn +Full Fact, July 2019$/m);
    expect(stdout).toMatch(/^private_share +2022\/23 +— +6\.50% +Public Accounts Committee/m);
    const json = JSON.parse((await cli('run', 'scenarios/what-happened.yaml', '--format', 'json')).stdout);
    expect(json.observed.private_share[0]).toEqual({
      year: '2016/17',
      observed: 0.077,
      projected: expect.any(Number),
      difference: expect.any(Number),
      source: 'full-fact-2019',
    });
    expect(json.observed.private_share[0].difference).toBeCloseTo(json.observed.private_share[0].projected - 0.077, 15);
    expect(json.observed.private_share[4]).toMatchObject({ year: '2022/23', projected: null, difference: null });
  });
});

describe('run --real and compare --real', () => {
  it("show money in the base year's prices, saying so, through the scenario's deflator", async () => {
    const cash = JSON.parse((await cli('run', 'scenarios/real-terms.yaml', '--format', 'json')).stdout);
    const real = JSON.parse((await cli('run', 'scenarios/real-terms.yaml', '--real', '--format', 'json')).stdout);
    expect(cash.money).toEqual({ unit: '£bn cash', deflator: 'price_growth' });
    expect(real.money).toEqual({ unit: '£bn 2015/16 prices', deflator: 'price_growth' });
    const deflated = cash.cells.extra_to_private.value.map((value: number, i: number) => value / 1.02 ** (i + 1));
    real.cells.extra_to_private.value.forEach((value: number, i: number) => {
      expect(value).toBeCloseTo(deflated[i], 12);
    });
    expect(real.cells.cumulative_extra_to_private.value).toBeCloseTo(
      deflated.reduce((sum: number, value: number) => sum + value, 0),
      12,
    );
    expect(real.cells.private_share).toEqual(cash.cells.private_share);
    const csv = (await cli('run', 'scenarios/real-terms.yaml', '--real', '--format', 'csv')).stdout;
    expect(csv).toMatch(/^cumulative_extra_to_private,£bn 2015\/16 prices,17\.3/m);
    const text = (await cli('run', 'scenarios/real-terms.yaml', '--real')).stdout;
    expect(text).toMatch(/^budget +£114\.47bn +£114\.47bn +£114\.47bn +£114\.47bn +£114\.47bn$/m);
    expect(text).toContain('Money is in £bn at 2015/16 prices');
    const compared = (await cli('compare', 'scenarios/real-terms.yaml', 'scenarios/real-terms.yaml', '--real', '--cells', 'cumulative_extra_to_private'))
      .stdout;
    expect(compared).toMatch(/^cumulative_extra_to_private +£17\.37bn +£17\.37bn/m);
    expect(compared).toContain('Money is in £bn 2015/16 prices');
  });

  it('refuse a scenario without a deflator, saying how to add one', async () => {
    const { code, stdout, stderr } = await cli('run', BASELINE, '--real');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'nhs-whatif: --real: Baseline (scenarios/baseline.yaml) has no deflator; add deflator: NAME to the file, naming an input that is an annual growth rate of prices (unit: percent) or a price index with a value for each year\n',
    );
    expect((await cli('compare', 'scenarios/real-terms.yaml', BASELINE, '--real')).code).toBe(2);
  });
});
