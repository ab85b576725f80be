import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compute, loadScenario } from '../../src/scenario/index.js';
import { referenceBaseline } from '../engine/baseline-cells.js';
import { cli } from './cli.js';

const BASELINE = 'scenarios/baseline.yaml';
const QUESTION = [BASELINE, '--for', 'marginal_private_share', '--target', 'last(private_share)', '--equals', '10%'];

/** m such that (8.7 + m extra_5) / budget_5 = 10%: the researcher's question answered by hand. */
const closedForm = () => {
  const { budget, extra } = referenceBaseline(0.02);
  return (0.1 * budget[4]! - 8.7) / extra[4]!;
};

describe('solve', () => {
  it('answers the researcher’s question in one command, to 1e-12 of the closed form', async () => {
    const json = await cli('solve', ...QUESTION, '--format', 'json');
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout);
    expect(result.status).toBe('solved');
    expect(Math.abs(result.value - closedForm()) / closedForm()).toBeLessThan(1e-12);
    expect(Math.abs(result.reached - 0.1)).toBeLessThan(1e-13);
    expect(result.before).toEqual({ value: 900 / 1700, target: referenceBaseline(0.02).privateShare[4] });
    expect(result.otherSolutions).toEqual([]);

    const text = await cli('solve', ...QUESTION);
    expect(text.stdout).toMatch(new RegExp(`solved value +${(closedForm() * 100).toPrecision(8).replace('.', '\\.')}% +52\\.941176%`));
    expect(text.stdout).toMatch(/target reached +10\.00% +11\.87%/);
    expect(text.stdout).toContain('target           last(private_share): private_share in 2020/21');
  });

  it('says what the target reaches when the value is out of reach, and exits 1', async () => {
    const { budget, extra } = referenceBaseline(0.02);
    const ran = await cli('solve', BASELINE, '--for', 'marginal_private_share', '--target', 'last(private_share)', '--equals', '30%');
    expect(ran.code).toBe(1);
    const low = ((8.7 / budget[4]!) * 100).toFixed(2);
    const high = (((8.7 + extra[4]!) / budget[4]!) * 100).toFixed(2);
    expect(ran.stdout).toContain(
      `private_share in 2020/21 goes from ${low}% (at 0.00%) to ${high}% (at 100.00%) as marginal_private_share goes from 0.00% to 100.00%: 30.00% is out of reach.`,
    );
  });

  it('saves a scenario that extends the original and holds only the solved value', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'nhs-whatif-solve-'));
    const file = join(folder, 'held-at-10pc.yaml');
    const ran = await cli('solve', ...QUESTION, '--save', file);
    expect(ran.code).toBe(0);
    expect(ran.stderr).toContain(`saved ${file}`);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^extends: .*scenarios\/baseline\.yaml$/m);
    expect(text).toContain('source: "assumption: solved so that last(private_share) = 10.00%, by goal seek on Baseline');
    const saved = loadScenario(file);
    expect(saved.extends).toBeDefined();
    expect(Object.keys(saved.document.toJS().inputs)).toEqual(['marginal_private_share']);
    const share = compute(saved).evaluation.results.get('private_share');
    expect(share?.ok && Math.abs((share.value as number[])[4]! - 0.1)).toBeLessThan(1e-13);
    // Never over a file that exists.
    const again = await cli('solve', ...QUESTION, '--save', file);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`--save ${file} exists`);
  });

  it('never changes the scenario file', async () => {
    const before = readFileSync(BASELINE, 'utf8');
    await cli('solve', ...QUESTION);
    expect(readFileSync(BASELINE, 'utf8')).toBe(before);
  });

  it.each([
    [['--target', 'last(private_share)', '--equals', '10%'], 'solve needs --for INPUT, e.g. --for marginal_private_share'],
    [
      ['--for', 'marginal_privat_share', '--target', 'last(private_share)', '--equals', '10%'],
      'no input named "marginal_privat_share" (did you mean "marginal_private_share"?)',
    ],
    [['--for', 'private_share', '--target', 'last(private_share)', '--equals', '10%'], '"private_share" is a formula, not an input'],
    [['--for', 'marginal_private_share', '--target', 'private_share', '--equals', '10%'], 'private_share gives one value per year; use last(private_share)'],
    [['--for', 'marginal_private_share', '--target', 'last(privat_share)', '--equals', '10%'], 'unknown name "privat_share" (did you mean "private_share"?)'],
    [['--for', 'marginal_private_share', '--target', 'last(private_share)', '--equals', '10,5%'], '--equals 10,5%: use a dot for decimals: 10.5%'],
    [['--for', 'horizon_years', '--target', 'last(private_share)', '--equals', '10%'], 'horizon_years is a whole number of years'],
    [
      ['--for', 'marginal_private_share', '--target', 'last(private_share)', '--equals', '10%', '--between', '0%:150%'],
      'marginal_private_share must be at most 100.00%',
    ],
  ])('refuses %j with a usage error', async (flags, message) => {
    const ran = await cli('solve', BASELINE, ...flags);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain(message);
  });

  it('searches within --between when given, and has help with an example', async () => {
    const ran = await cli('solve', ...QUESTION, '--between', '20%:40%', '--format', 'json');
    expect(JSON.parse(ran.stdout).searched).toEqual({ min: 0.2, max: 0.4 });
    const help = await cli('solve', '--help');
    expect(help.stdout).toContain('$ nhs-whatif solve scenarios/baseline.yaml --for marginal_private_share --target "last(private_share)" --equals 10%');
  });

  it('refuses an input without a range, saying how to give one', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'nhs-whatif-solve-'));
    const file = join(folder, 'open-ended.yaml');
    writeFileSync(file, 'name: open\nbase_year: "2015/16"\ninputs:\n  x: 0.5\nformulas:\n  y: x * 2\n');
    const ran = await cli('solve', file, '--for', 'x', '--target', 'y', '--equals', '1.5');
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('x has no min and max to search between: give them in the file or with --between LOW:HIGH');
    const between = await cli('solve', file, '--for', 'x', '--target', 'y', '--equals', '1.5', '--between', '0:1', '--format', 'json');
    expect(JSON.parse(between.stdout).value).toBe(0.75);
  });
});
