import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith } from '../scenario/helpers.js';
import { cli, command } from './cli.js';

const BASELINE = 'scenarios/baseline.yaml';
const relativeError = (actual: number, expected: number) => (expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected));

/** Every cell of the brief's baseline, from its formulas written out here, independently of the engine. */
function briefBaseline(budgetGrowth: number, horizonYears = 5): Record<string, number | number[]> {
  const privateSpendBase = 8.7;
  const privateShareBase = 0.076;
  const marginalPrivateShare = 900 / 1700;
  const totalBudgetBase = privateSpendBase / privateShareBase;
  const years = Array.from({ length: horizonYears }, (_, i) => i + 1);
  const budget = years.map((t) => totalBudgetBase * (1 + budgetGrowth) ** t);
  const extraMoney = budget.map((b) => b - totalBudgetBase);
  const extraToPrivate = extraMoney.map((e) => e * marginalPrivateShare);
  const extraToNhs = extraMoney.map((e, i) => e - extraToPrivate[i]!);
  const privateSpend = extraToPrivate.map((p) => privateSpendBase + p);
  const privateShare = privateSpend.map((p, i) => p / budget[i]!);
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    private_spend_base: privateSpendBase,
    private_share_base: privateShareBase,
    marginal_private_share: marginalPrivateShare,
    budget_growth: budgetGrowth,
    horizon_years: horizonYears,
    total_budget_base: totalBudgetBase,
    budget,
    extra_money: extraMoney,
    extra_to_private: extraToPrivate,
    extra_to_nhs: extraToNhs,
    private_spend: privateSpend,
    private_share: privateShare,
    cumulative_extra_to_private: sum(extraToPrivate),
    cumulative_extra_to_nhs: sum(extraToNhs),
  };
}

/** Every cell of `run --format json` matches the brief's formulas to 1e-9 relative, and no cell is left out. */
function expectBriefNumbers(cells: Record<string, { value: number | number[] }>, expected: Record<string, number | number[]>) {
  expect(Object.keys(cells)).toEqual(Object.keys(expected));
  for (const [name, value] of Object.entries(expected)) {
    const actual = cells[name]!.value;
    const pairs = Array.isArray(value) ? value.map((v, i) => [(actual as number[])[i]!, v] as const) : [[actual as number, value] as const];
    expect(Array.isArray(actual) ? actual.length : 'single', name).toBe(Array.isArray(value) ? value.length : 'single');
    for (const [got, want] of pairs) expect(relativeError(got, want), `${name}: ${got} vs ${want}`).toBeLessThan(1e-9);
  }
}

describe('nhs-whatif run', () => {
  it('prints the worked check of the brief as a table', async () => {
    const { code, stdout, stderr } = await cli('run', BASELINE);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^total_budget_base\s+£114\.47bn$/m);
    expect(stdout).toMatch(/^extra_money\s+£2\.29bn\s+£4\.62bn\s+£7\.01bn\s+£9\.44bn\s+£11\.91bn$/m);
    expect(stdout).toMatch(/^cumulative_extra_to_private\s+£18\.67bn$/m);
    expect(stdout).toMatch(/^cumulative_extra_to_nhs\s+£16\.60bn$/m);
    expect(stdout).toMatch(/^private_share\s+8\.49%\s+9\.36%\s+10\.22%\s+11\.05%\s+11\.87%$/m);
  });

  it("applies --set and prints full-precision JSON in which every cell matches the brief's formulas to 1e-9", async () => {
    const { code, stdout, stderr } = await cli('run', BASELINE, '--set', 'budget_growth=0.03', '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(output.scenario).toBe('Baseline');
    expect(output.years).toEqual(['2016/17', '2017/18', '2018/19', '2019/20', '2020/21']);
    expect(output.cells.budget_growth).toEqual({ value: 0.03 });
    expectBriefNumbers(output.cells, briefBaseline(0.03));
  });

  it('accepts several --set values, including percentages', async () => {
    const { code, stdout } = await cli('run', BASELINE, '--set', 'budget_growth=3%', '--set', 'horizon_years=2', '--format', 'json');
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(output.years).toEqual(['2016/17', '2017/18']);
    expectBriefNumbers(output.cells, briefBaseline(0.03, 2));
  });

  it('prints CSV with raw numbers and a Markdown table for reports', async () => {
    const csv = (await cli('run', BASELINE, '--format', 'csv')).stdout.split('\n');
    expect(csv[0]).toBe('cell,unit,value,2016/17,2017/18,2018/19,2019/20,2020/21,error');
    expect(csv).toContain('cumulative_extra_to_private,£bn,18.673275091764715,,,,,,');
    const md = (await cli('run', BASELINE, '--format', 'md')).stdout;
    expect(md).toContain('| cell | value | 2016/17 | 2017/18 | 2018/19 | 2019/20 | 2020/21 |');
    expect(md).toContain('| private_share |  | 8.49% | 9.36% | 10.22% | 11.05% | 11.87% |');
  });
});

describe('nhs-whatif run refuses bad input with exit code 2', () => {
  const refused = async (args: string[], message: string) => {
    const { code, stdout, stderr } = await cli(...args);
    expect(stdout).toBe('');
    expect(stderr).toBe(`nhs-whatif: ${message}\n`);
    expect(code).toBe(2);
  };

  it('an unknown input, with a suggestion', () =>
    refused(
      ['run', BASELINE, '--set', 'budget_growht=0.03'],
      '--set budget_growht=0.03: no input named "budget_growht" (did you mean "budget_growth"?); inputs are: private_spend_base, private_share_base, marginal_private_share, budget_growth, horizon_years',
    ));
  it('a formula cell', () =>
    refused(
      ['run', BASELINE, '--set', 'budget=120'],
      '--set budget=120: "budget" is a formula, not an input; inputs are: private_spend_base, private_share_base, marginal_private_share, budget_growth, horizon_years',
    ));
  it('a value that is not a number', () =>
    refused(['run', BASELINE, '--set', 'budget_growth=lots'], '--set budget_growth=lots: "lots" is not a number; write e.g. 0.03 or 3%'));
  it("a value outside the input's bounds, in the input's unit", () =>
    refused(
      ['run', BASELINE, '--set', 'budget_growth=0.5'],
      '--set budget_growth=0.5: budget_growth must be at most 20.00%, not 50.00%; type a percentage such as 3% or a fraction such as 0.03',
    ));
  it('a fractional horizon', () =>
    refused(['run', BASELINE, '--set', 'horizon_years=2.5'], '--set horizon_years=2.5: horizon_years must be a whole number of years from 1 to 30'));
  it('an assignment without =', () =>
    refused(['run', BASELINE, '--set', 'budget_growth'], '--set budget_growth: write name=value, e.g. --set budget_growth=0.03'));
  it('an unknown format', () => refused(['run', BASELINE, '--format', 'xml'], '--format xml: choose one of table, json, csv, md, xlsx'));
  it('an unknown command', () => refused(['rnu', BASELINE], 'unknown command "rnu" (did you mean "run"?); see nhs-whatif --help'));
  it('a missing file argument', () => refused(['run'], 'run needs a scenario file, e.g. nhs-whatif run scenarios/baseline.yaml'));

  it('an unknown flag', () =>
    refused(['run', BASELINE, '--bogus'], 'unknown option --bogus; run takes --set, --real, --strict, --format, --output, --help, --version'));
});

describe('nhs-whatif run with failing cells prints its output and exits 1', () => {
  const FAILING = 'test/fixtures/cli/cell-errors.yaml';

  it('lists every error as file:line:col under the table', async () => {
    const { code, stdout, stderr } = await cli('run', FAILING);
    expect(stdout).toBe(
      [
        'Cell errors',
        '',
        'cell           value',
        'money              1',
        'horizon_years  ERROR',
        'halved         ERROR',
        'looped         ERROR',
        'per_year       ERROR',
        '',
        'Errors:',
        `  ${FAILING}:6:18: horizon_years: horizon_years must be a whole number from 1 to 100, not 0`,
        `  ${FAILING}:8:11: halved: result is Infinity (division by zero or a number out of range)`,
        `  ${FAILING}:9:11: looped: circular reference: looped → looped`,
        `  ${FAILING}:10:13: per_year: depends on horizon_years, which has an error`,
        '',
      ].join('\n'),
    );
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });

  it('keeps JSON on stdout and lists the errors on stderr', async () => {
    const { code, stdout, stderr } = await cli('run', FAILING, '--format', 'json');
    expect(JSON.parse(stdout).cells.halved).toEqual({ error: 'result is Infinity (division by zero or a number out of range)' });
    expect(stderr.split('\n')).toEqual([
      `${FAILING}:6:18: horizon_years: horizon_years must be a whole number from 1 to 100, not 0`,
      `${FAILING}:8:11: halved: result is Infinity (division by zero or a number out of range)`,
      `${FAILING}:9:11: looped: circular reference: looped → looped`,
      `${FAILING}:10:13: per_year: depends on horizon_years, which has an error`,
      '',
    ]);
    expect(code).toBe(1);
  });

  it('gives the reason for each failing cell in the CSV error column', async () => {
    const { code, stdout } = await cli('run', FAILING, '--format', 'csv');
    expect(stdout).toBe(
      [
        'cell,unit,value,error',
        'money,number,1,',
        'horizon_years,number,ERROR,"horizon_years must be a whole number from 1 to 100, not 0"',
        'halved,number,ERROR,result is Infinity (division by zero or a number out of range)',
        'looped,number,ERROR,circular reference: looped → looped',
        'per_year,number,ERROR,"depends on horizon_years, which has an error"',
        '',
      ].join('\n'),
    );
    expect(code).toBe(1);
  });

  it('places an inherited formula in its parent file and names the scenario', async () => {
    const { code, stdout } = await cli('run', 'test/fixtures/cli/budget-collapse.yaml');
    expect(stdout).toMatch(/^private_share\s+ERROR$/m);
    expect(stdout).toMatch(/^budget\s+£0\.00bn\s+£0\.00bn\s+£0\.00bn\s+£0\.00bn\s+£0\.00bn$/m);
    expect(
      stdout.endsWith(
        '\nErrors:\n  scenarios/baseline.yaml:109:14: private_share: 2016/17: result is -Infinity (division by zero or a number out of range) (inherited by test/fixtures/cli/budget-collapse.yaml)\n',
      ),
    ).toBe(true);
    expect(code).toBe(1);
  });

  it('places an inherited check that cannot be computed in its parent file and names the scenario', async () => {
    const dir = folderWith({
      'child.yaml': `extends: ${join(process.cwd(), 'scenarios/baseline.yaml')}\nname: Broken split\nformulas:\n  marginal_private_share: 1 / 0\n`,
    });
    const child = join(dir, 'child.yaml');
    const { code, stdout } = await cli('run', child);
    // The check's formula, in the baseline: `    formula: abs(marginal_private_share - 900 / (900 + 800)) < 0.0005`.
    const line =
      readFileSync('scenarios/baseline.yaml', 'utf8')
        .split('\n')
        .findIndex((text) => text.includes('formula: abs(marginal_private_share - 900')) + 1;
    expect(stdout).toContain(
      `  scenarios/baseline.yaml:${line}:14: check new_money_split: depends on marginal_private_share, which has an error (inherited by ${child})\n`,
    );
    expect(code).toBe(1);
  });

  it('exits 0 when --set puts the failing input right', async () => {
    const { code, stdout, stderr } = await cli('run', 'test/fixtures/cli/budget-collapse.yaml', '--set', 'budget_growth=0.02');
    expect(stdout).toMatch(/^private_share\s+8\.49%\s+9\.36%\s+10\.22%\s+11\.05%\s+11\.87%$/m);
    expect(stdout).not.toContain('Errors:');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('nhs-whatif run with a bad file exits 1 with file:line:col', () => {
  it('a missing file', async () => {
    const { code, stderr } = await cli('run', 'scenarios/nope.yaml');
    expect(stderr).toBe('cannot read scenarios/nope.yaml: no such file; check the path\n');
    expect(code).toBe(1);
  });
});

describe('the built command', () => {
  it('--help lists every command and exits 0', () => {
    const { code, stdout } = command('--help');
    expect(code).toBe(0);
    for (const text of [
      'nhs-whatif run FILE',
      'nhs-whatif check FILE',
      'nhs-whatif compare FILE FILE',
      '--set name=value',
      '--format FORMAT',
      '--cells',
      '1 a scenario file has problems or a cell fails',
    ]) {
      expect(stdout).toContain(text);
    }
  });

  it('--version prints the package version', () => {
    expect(command('--version')).toMatchObject({ code: 0, stdout: '0.1.0\n' });
  });

  it('exits 0 with the worked check, 1 for a failing cell and 2 for a usage mistake', () => {
    const worked = command('run', BASELINE, '--format', 'json');
    expect(worked.code).toBe(0);
    expect(JSON.parse(worked.stdout).cells.cumulative_extra_to_private.value).toBeCloseTo(18.673275091764715, 12);
    expect(command('run', 'test/fixtures/cli/cell-errors.yaml').code).toBe(1);
    expect(command('run', BASELINE, '--frmat', 'json')).toMatchObject({ code: 2, stderr: 'nhs-whatif: unknown option --frmat (did you mean --format?)\n' });
  });
});
