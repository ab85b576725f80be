import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Cell, sheetOf } from '../../src/engine/index.js';
import { briefing } from '../../src/report/briefing.js';
import { loadScenario } from '../../src/scenario/index.js';
import { cli } from '../cli/cli.js';
import { referenceBaseline } from '../engine/baseline-cells.js';
import { folderWith } from '../scenario/helpers.js';
import { elements, parsedSvg } from './svg-parse.js';

const BASELINE = 'scenarios/baseline.yaml';
const HIGHER = 'scenarios/higher-growth.yaml';
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Extra money to private providers over five years at a growth rate, by the hand-written reference. */
const toPrivate = (growth: number) => referenceBaseline(growth).cumulativePrivate;

describe('nhs-whatif report FILE… --output DIR', () => {
  const dir = join(folderWith({}), 'briefing');
  const ran = cli('report', BASELINE, HIGHER, '--output', dir);

  it('writes report.md and the chart into a new folder, and says so', async () => {
    expect(await ran).toMatchObject({ code: 0, stderr: '' });
    // The baseline's inputs have ranges, so the briefing has a tornado of the final private share too.
    expect((await ran).stdout).toContain(`Wrote ${join(dir, 'report.md')}, ${join(dir, 'private_share.svg')}, ${join(dir, 'tornado.svg')}.`);
    expect(existsSync(join(dir, 'tornado.svg'))).toBe(true);
  });

  it('states the question and the key deltas in words, with numbers that match a hand calculation', async () => {
    await ran;
    const text = readFileSync(join(dir, 'report.md'), 'utf8');
    expect(text).toMatch(
      /^# Briefing: Baseline vs Higher growth\n\n\*\*The question\.\*\* When the NHS gets extra money, how much of it goes to NHS trusts and how much to private/,
    );
    const [low, high] = [toPrivate(0.02), toPrivate(0.036)];
    expect(low).toBeCloseTo(18.67, 2);
    const more = `£${(high - low).toFixed(2)}bn`;
    const relative = `+${(((high - low) / low) * 100).toFixed(1)}%`;
    expect(text).toContain(`- Under Higher growth, ${more} more goes to private providers over 2016/17–2020/21 than under Baseline (${relative}).`);
    expect(text).toContain('- The private share of all spending in 2020/21 is 14.95% under Higher growth, against 11.87% under Baseline (+3.07 pp).');
  });

  it('has the comparison table with units, the charts, the claim checks and every input with its source', async () => {
    await ran;
    const text = readFileSync(join(dir, 'report.md'), 'utf8');
    expect(text).toContain('| cell | Baseline | Higher growth | change | % |');
    expect(text).toContain('| cumulative_extra_to_private | £18.67bn | £34.34bn | +£15.67bn | +83.9% |');
    expect(text).toContain('| budget_growth | 2.00% | 3.60% | +1.60 pp | +80.0% |');
    expect(text).toContain('![private_share by year, one line per scenario](private_share.svg)');
    expect(text).toContain('## Claim checks\n\n| scenario | check | claim | source | result |');
    // 7.6% against twice 4.9% = 9.8%: the doubling claim fails in both scenarios, the £900m/£800m split holds.
    expect(text).toMatch(/\| Baseline \| share_more_than_double \| [^\n]* \| ✗ fails \|/);
    expect(text).toMatch(/\| Higher growth \| new_money_split \| [^\n]* \| ✓ holds \|/);
    const baseline = loadScenario(BASELINE);
    for (const cell of baseline.cells) if (cell.kind === 'input') expect(text).toContain(`| ${cell.name} |`);
    expect(text).toContain('| budget_growth | 3.60% | assumption: 3.6% a year, chosen for illustration; not from the sources |');
    expect(text).toContain(
      '| private_spend_base | £8.70bn | Echo (Southend), reporting figures given by Owen Smith in the 2016 Labour leadership contest, 2016 |',
    );
  });

  it('gives the sha256 of each file and of the file it extends', async () => {
    await ran;
    const text = readFileSync(join(dir, 'report.md'), 'utf8');
    expect(text).toContain(`| Baseline | scenarios/baseline.yaml | \`${sha256(BASELINE)}\` |`);
    expect(text).toContain(`| Higher growth | scenarios/higher-growth.yaml | \`${sha256(HIGHER)}\` |`);
    expect(text).toContain(`| Higher growth | scenarios/baseline.yaml (extended) | \`${sha256(BASELINE)}\` |`);
  });

  it('draws the chart as valid SVG with one path per scenario', async () => {
    await ran;
    const paths = elements(parsedSvg(readFileSync(join(dir, 'private_share.svg'), 'utf8')), 'path');
    expect(paths.map((path) => path.getAttribute('data-series'))).toEqual(['Baseline', 'Higher growth']);
  });

  it('keeps HTML out of the Markdown: a scenario named with tags shows them as text', async () => {
    const folder = folderWith({ 'tagged.yaml': `extends: ${join(process.cwd(), BASELINE)}\nname: "<img src=x onerror=alert(1)>"\n` });
    expect((await cli('report', join(folder, 'tagged.yaml'), '--output', join(folder, 'out'))).code).toBe(0);
    const text = readFileSync(join(folder, 'out', 'report.md'), 'utf8');
    expect(text).toContain('# Briefing: &lt;img src=x onerror=alert(1)&gt;');
    expect(text).not.toContain('<img');
  });

  it('is called wrongly without --output or with a file as the folder', async () => {
    expect(await cli('report', BASELINE)).toMatchObject({
      code: 2,
      stderr: 'nhs-whatif: report needs --output DIR, the folder for report.md and its charts, e.g. --output briefing\n',
    });
    const file = join(folderWith({}), 'taken.md');
    writeFileSync(file, 'x');
    expect((await cli('report', BASELINE, '--output', file)).stderr).toBe(
      `nhs-whatif: --output ${file} is a file; report writes report.md and its charts into a folder: name a folder\n`,
    );
  });
});

describe('the briefing of a scenario that records what was observed', () => {
  it("shows each published value in the comparison with every scenario's projection minus it, as compare does", async () => {
    const dir = join(folderWith({}), 'observed');
    expect((await cli('report', BASELINE, 'scenarios/what-happened.yaml', '--output', dir)).code).toBe(0);
    const text = readFileSync(join(dir, 'report.md'), 'utf8');
    // The King's Fund's £9.7bn for 2019/20: the baseline projects 8.7 + 0.529… × (budget 2019/20 − 114.47) there.
    const { budget } = referenceBaseline(0.02);
    const drift = 8.7 + (900 / 1700) * (budget[3]! - 8.7 / 0.076) - 9.7;
    expect(drift).toBeCloseTo(4.0, 2);
    expect(text).toContain("| private_spend observed 2019/20 (The King's Fund, 2021) | £9.70bn | £9.70bn |  |  |");
    expect(text).toContain(`| private_spend 2019/20 projected − observed | +£${drift.toFixed(2)}bn | ±£0.00bn | -£${drift.toFixed(2)}bn |  |`);
    expect(text).toContain(
      "Observed: values published later, as a compared file records them (observed:), each with each scenario's projection for that year minus it",
    );
    // The same rows as compare prints.
    const compared = await cli('compare', BASELINE, 'scenarios/what-happened.yaml', '--format', 'md');
    expect(compared.stdout).toContain(`| private_spend 2019/20 projected − observed | +£${drift.toFixed(2)}bn | ±£0.00bn | -£${drift.toFixed(2)}bn |  |`);
  });
});

describe('the briefing of one scenario', () => {
  it('gives its own figures in words: NHS trusts capped at £0.8bn more a year get 0.8 × (1 + 2 + 3 + 4 + 5) = £12bn', async () => {
    const dir = join(folderWith({}), 'one');
    expect((await cli('report', 'scenarios/capacity-constrained.yaml', '--output', dir)).code).toBe(0);
    const text = readFileSync(join(dir, 'report.md'), 'utf8');
    const extra = referenceBaseline(0.02).extra.reduce((total, each) => total + each, 0);
    expect(text).toContain(
      `- Under Capacity-constrained NHS, £${(extra - 12).toFixed(2)}bn of the extra money over 2016/17–2020/21 goes to private providers and £12.00bn to NHS trusts.`,
    );
  });
});

describe('the briefing of scenarios whose inputs have ranges', () => {
  it('adds a tornado of the main series in its final year', () => {
    const ranges: Record<string, [number, number]> = { budget_growth: [0.01, 0.04], marginal_private_share: [0.3, 0.7] };
    const scenario = loadScenario(BASELINE);
    const cells = scenario.cells.map(
      (cell): Cell => (cell.kind === 'input' && ranges[cell.name] ? { ...cell, low: ranges[cell.name]![0], high: ranges[cell.name]![1] } : cell),
    );
    const result = briefing(
      [{ name: 'Ranged', ...sheetOf(cells, scenario.baseYear), file: BASELINE, cells, sources: [], checks: [], citations: new Map(), hashes: [] }],
      [],
    );
    expect(result.charts.map((chart) => chart.file)).toEqual(['private_share.svg', 'tornado.svg']);
    expect(result.markdown).toContain('![What moves private_share in 2020/21 most (Ranged)](tornado.svg)');
    const tornado = parsedSvg(result.charts[1]!.svg);
    // budget_growth swings it most: at 4% growth the 2020/21 share is (8.7 + (114.47·1.04^5 − 114.47)·900/1700) / (114.47·1.04^5).
    const atHigh = referenceBaseline(0.04).privateShare[4]!;
    const labels = elements(tornado, 'text').map((each) => each.textContent);
    expect(labels.indexOf('budget_growth (1.00% → 4.00%)')).toBeLessThan(labels.indexOf('marginal_private_share (30.00% → 70.00%)'));
    expect(labels).toContain(`${(atHigh * 100).toFixed(2)}%`);
    expect(labels).toContain('Base 11.87%; each input set to its low and to its high, the others at their values.');
  });
});
