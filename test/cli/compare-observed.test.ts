import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith } from '../scenario/helpers.js';
import { cli } from './cli.js';

const BASELINE = 'scenarios/baseline.yaml';
const WHAT_HAPPENED = 'scenarios/what-happened.yaml';

/** The baseline by hand: total spending in 2015/16, and the private share and spend in projected year t. */
const TOTAL = 8.7 / 0.076;
const budget = (t: number) => TOTAL * 1.02 ** t;
const privateSpend = (t: number) => 8.7 + (budget(t) - TOTAL) * (900 / 1700);
const privateShare = (t: number) => privateSpend(t) / budget(t);

const escaped = (text: string) => text.replace(/[()+.$^]/g, '\\$&');

describe('compare shows what a compared file records as observed', () => {
  it("in text: the published value and each scenario's projection minus it, so the baseline's drift shows", async () => {
    const { code, stdout } = await cli('compare', BASELINE, WHAT_HAPPENED);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^private_share observed 2019\/20 \(The King's Fund, 2021\) +7\.20% +7\.20% *$/m);
    // The baseline's 2016/17 share against Full Fact's 7.7%, and its 2019/20 share against the King's Fund's 7.2%;
    // what-happened reproduces 2019/20 exactly.
    const drift2016 = ((privateShare(1) - 0.077) * 100).toFixed(2);
    const drift2019 = ((privateShare(4) - 0.072) * 100).toFixed(2);
    expect(drift2019).toBe('3.85');
    expect(stdout).toMatch(new RegExp(`^private_share 2016/17 projected − observed +\\+${escaped(drift2016)} pp +-0\\.21 pp `, 'm'));
    expect(stdout).toMatch(new RegExp(`^private_share 2019/20 projected − observed +\\+${drift2019} pp +±0\\.00 pp +-${drift2019} pp *$`, 'm'));
    const spendDrift = (privateSpend(4) - 9.7).toFixed(2);
    expect(stdout).toMatch(new RegExp(`^private_spend 2019/20 projected − observed +\\+£${spendDrift}bn +±£0\\.00bn `, 'm'));
    // 2022/23 is after both horizons.
    expect(stdout).toMatch(/^private_share 2022\/23 projected − observed +— +— *$/m);
    // After the cell's own rows, before the next cell's.
    expect(stdout.indexOf('private_share observed 2016/17')).toBeGreaterThan(stdout.indexOf('private_share 2020/21'));
    expect(stdout.indexOf('private_share observed 2016/17')).toBeLessThan(stdout.indexOf('cumulative_extra_to_private'));
    expect(stdout).toContain("Observed: values published later, as a compared file records them (observed:), each with each scenario's projection");
  });

  it('in CSV and JSON at full precision, with the part and the source', async () => {
    const csv = (await cli('compare', BASELINE, WHAT_HAPPENED, '--cells', 'private_share', '--format', 'csv')).stdout.trim().split('\n');
    expect(csv[0]).toBe(
      'cell,part,year,unit,Baseline,What happened to 2019/20,What happened to 2019/20 change,What happened to 2019/20 relative change,source,error',
    );
    expect(csv).toContain('private_share,observed,2019/20,percent,0.072,0.072,,,kings-fund-2021,');
    const drift = csv.find((line) => line.startsWith('private_share,projected-minus-observed,2016/17,'))!.split(',');
    expect(Number(drift[4])).toBeCloseTo(privateShare(1) - 0.077, 12);
    expect(drift[8]).toBe('full-fact-2019');
    const json = JSON.parse((await cli('compare', BASELINE, WHAT_HAPPENED, '--format', 'json')).stdout);
    const row = json.rows.find((each: { label: string }) => each.label === 'private_share 2019/20 projected − observed');
    expect(row).toMatchObject({ cell: 'private_share', part: 'projected-minus-observed', year: '2019/20', source: 'kings-fund-2021', unit: 'percent' });
    expect(row.values[0]).toBeCloseTo(privateShare(4) - 0.072, 12);
    expect(row.values[1]).toBe(0);
  });

  it('not for cells left out with --cells, and not at all when no file records observations', async () => {
    const chosen = (await cli('compare', BASELINE, WHAT_HAPPENED, '--cells', 'cumulative_extra_to_private')).stdout;
    expect(chosen).not.toContain('observed');
    const plain = (await cli('compare', BASELINE, 'scenarios/average-split.yaml')).stdout;
    expect(plain).not.toContain('observed');
  });

  it('with --real, only observations not in money, since observed money is in cash', async () => {
    const dir = folderWith({
      'real.yaml': `extends: ${resolve(WHAT_HAPPENED)}\nname: Real\ndeflator: price_growth\ninputs:\n  price_growth:\n    value: 0.02\n    unit: percent\n    source: "assumption: 2% a year"\n`,
    });
    const { code, stdout } = await cli('compare', join(dir, 'real.yaml'), 'scenarios/real-terms.yaml', '--real');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^private_share observed 2019\/20 \(The King's Fund, 2021\)/m);
    expect(stdout).not.toMatch(/^private_spend observed/m);
  });
});
