import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

  it('blames a reversed --between on --between, in the input’s unit', async () => {
    expect(await cli('solve', ...QUESTION, '--between', '50%:10%')).toMatchObject({
      code: 2,
      stderr: 'nhs-whatif: --between 50%:10%: the range to search must run from a lower to a higher value, not 50.00% to 10.00%\n',
    });
  });

  it('saves nothing when the target does not read the input, since any value would do', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'nhs-whatif-solve-')), 'unchanged.yaml');
    const ran = await cli('solve', BASELINE, '--for', 'budget_growth', '--target', 'private_spend_base', '--equals', '8.7', '--save', file);
    expect(ran.code).toBe(1);
    expect(ran.stdout).toContain('private_spend_base does not change with budget_growth: it is £8.70bn whatever budget_growth is');
    expect(ran.stderr).toContain(
      `${file} not saved: private_spend_base does not read budget_growth, so the file would be Baseline unchanged; solve for an input the target depends on`,
    );
    expect(existsSync(file)).toBe(false);
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
    expect(Object.keys(saved.document().toJS().inputs)).toEqual(['marginal_private_share']);
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

  it('says when the target does not depend on the input, instead of listing scan points as solutions', async () => {
    const args = [BASELINE, '--for', 'budget_growth', '--target', 'private_share_base'];
    const same = await cli('solve', ...args, '--equals', '7.6%');
    expect(same.stdout).toContain('private_share_base does not change with budget_growth: it is 7.60% whatever budget_growth is');
    expect(same.stdout).not.toContain('Of ');
    const other = await cli('solve', ...args, '--equals', '10%');
    expect(other.code).toBe(1);
    expect(other.stdout).toContain('it is 7.60% whatever budget_growth is, so 10.00% is out of reach');
  });

  it('gives the interval where a true/false target holds, with its threshold, and refuses values it cannot give', async () => {
    const args = [BASELINE, '--for', 'marginal_private_share', '--target', 'last(private_share)>0.1'];
    const json = JSON.parse((await cli('solve', ...args, '--equals', '1', '--format', 'json')).stdout);
    expect(json.interval.max).toBe(1);
    expect(Math.abs(json.interval.min - closedForm()) / closedForm()).toBeLessThan(1e-11);
    expect(json.otherSolutions).toEqual([]);
    const text = await cli('solve', ...args, '--equals', '1');
    const threshold = `${(closedForm() * 100).toPrecision(8)}%`;
    expect(text.stdout).toMatch(new RegExp(`solved interval +${threshold.replace('.', '\\.')} to 100%`));
    expect(text.stdout).toContain(`is true (1) for marginal_private_share from 33.06% to 100.00%: it changes at ${threshold}`);
    expect(text.stdout).toContain('to solve for its threshold itself, use --target "last(private_share)" --equals 0.1');
    const half = await cli('solve', ...args, '--equals', '0.5');
    expect(half.code).toBe(2);
    expect(half.stderr).toContain('last(private_share)>0.1 is a condition, 1 when true and 0 when false');
  });

  it('reads --equals in the target unit, refusing another unit and a bare number on a percentage', async () => {
    const equals = async (target: string, value: string) =>
      (await cli('solve', BASELINE, '--for', 'marginal_private_share', '--target', target, '--equals', value)).stderr;
    expect(await equals('cumulative_extra_to_private', '10%')).toContain(
      '--equals 10%: % is for percentages; cumulative_extra_to_private is in £bn: write e.g. 8.7 or £8.7bn',
    );
    expect(await equals('last(private_share)', '£5bn')).toContain('--equals £5bn: £, bn and m are for money; last(private_share) is a percentage');
    expect(await equals('last(private_share)', '10')).toContain('--equals 10: last(private_share) is a percentage: write 10% or 0.1');
    const fraction = await cli('solve', ...QUESTION.slice(0, -1), '0.1', '--format', 'json');
    expect(Math.abs(JSON.parse(fraction.stdout).value - closedForm()) / closedForm()).toBeLessThan(1e-12);
  });

  it('says a target jumps over the value where it cannot be computed, and accepts a root it only touches', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'nhs-whatif-solve-'));
    const file = join(folder, 'shapes.yaml');
    writeFileSync(
      file,
      'name: shapes\nbase_year: "2015/16"\ninputs:\n  x: {value: 0.2, min: 0, max: 1}\nformulas:\n  pole: 1/(x-0.5)\n  touching: (x-0.5123)^2\n  missing: (x-0.5123)^2 + 0.000011\n',
    );
    const solveFor = (target: string) => cli('solve', file, '--for', 'x', '--target', target, '--equals', '0');
    const pole = await solveFor('pole');
    expect(pole.code).toBe(1);
    expect(pole.stdout).toContain('pole jumps over 0 near x = 0.5, where it cannot be computed: it goes from -64 (at 0.484375) to 64 (at 0.515625)');
    expect(pole.stdout).not.toContain('out of reach');
    const touching = await solveFor('touching');
    expect(touching.code).toBe(0);
    expect(touching.stdout).toMatch(/^solved value +0\.5123 /m);
    const missing = await solveFor('missing');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('missing comes within 1.100e-5 of 0 at x ≈ 0.5123 but does not reach it');
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
