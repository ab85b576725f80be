import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.js';
import { folderWith } from '../scenario/helpers.js';
import { cli } from './cli.js';

const HF = 'HuffPost UK, reporting a Health Foundation analysis for the Financial Times, 27 March 2017';
const WHAT_HAPPENED = 'scenarios/what-happened.yaml';

/** A folder with a file that extends the shipped baseline and sets the marginal share to 20%. */
function twentyPercent(): string {
  const dir = folderWith({
    'twenty.yaml': `extends: ${resolve('scenarios/baseline.yaml')}\nname: Twenty\ninputs:\n  marginal_private_share: 0.2\n`,
  });
  return join(dir, 'twenty.yaml');
}

describe('a cell that a file turns from an input into a formula, or whose formula it replaces', () => {
  it("does not cite the parent's source: what-happened's budget_growth and marginal_private_share cite nothing", async () => {
    const scenario = loadScenario(WHAT_HAPPENED);
    const cell = (name: string) => scenario.cells.find((each) => each.name === name)!;
    expect(cell('budget_growth')).toMatchObject({ kind: 'formula' });
    expect(cell('budget_growth').source).toBeUndefined();
    expect(cell('marginal_private_share').source).toBeUndefined();
    // An input it only gives another value keeps its parent's source, so the value is marked as changed from it.
    expect(loadScenario(twentyPercent()).cells.find((each) => each.name === 'marginal_private_share')!.source).toBe('hf-ft');

    const text = (await cli('run', WHAT_HAPPENED)).stdout;
    const citations = text.slice(text.indexOf('Where the numbers come from'), text.indexOf('\nSources\n'));
    expect(citations).not.toMatch(/^budget_growth /m);
    expect(citations).not.toMatch(/^marginal_private_share /m);
    expect(citations).not.toContain('a round figure for a modest settlement');
    const json = JSON.parse((await cli('run', WHAT_HAPPENED, '--format', 'json')).stdout);
    expect(json.citations.budget_growth).toBeUndefined();
    expect(json.citations.marginal_private_share).toBeUndefined();
  });

  it('keeps the source a parent gives a formula the file leaves as it was', () => {
    const dir = folderWith({
      'parent.yaml': `name: P\nbase_year: "2015/16"\ninputs:\n  spend: 2\nformulas:\n  doubled:\n    formula: spend * 2\n    source: "assumption: doubled"\n  tripled:\n    formula: spend * 3\n    source: "assumption: tripled"\n`,
      'child.yaml': `extends: parent.yaml\nname: C\nformulas:\n  doubled:\n    formula: spend * 2\n    description: the same formula\n  tripled: spend * 4\n`,
    });
    const child = loadScenario(join(dir, 'child.yaml'));
    expect(child.cells.find((cell) => cell.name === 'doubled')!.source).toBe('assumption: doubled');
    expect(child.cells.find((cell) => cell.name === 'tripled')!.source).toBeUndefined();
  });

  it('is marked changed from its source when it cites a record giving another value for it', async () => {
    const dir = folderWith({
      'wh.yaml': `extends: ${resolve(WHAT_HAPPENED)}\nname: Cited\nformulas:\n  marginal_private_share:\n    formula: (private_spend_2019_20 - private_spend_base) / (budget_2019_20 - total_budget_base)\n    unit: percent\n    source: hf-ft\n`,
    });
    // (9.7 − 8.7) / (9.7 / 0.072 − 8.7 / 0.076): the share of the extra money by 2019/20.
    const share = (9.7 - 8.7) / (9.7 / 0.072 - 8.7 / 0.076);
    const json = JSON.parse((await cli('run', join(dir, 'wh.yaml'), '--format', 'json')).stdout);
    expect(json.citations.marginal_private_share).toEqual({ source: 'hf-ft', supported: 900 / 1700, changedFromSource: true });
    const text = (await cli('run', join(dir, 'wh.yaml'))).stdout;
    expect(text).toContain(`≠ 52.94% per ${HF}; here ${(share * 100).toFixed(2)}%`);
  });
});

describe('an input changed from its source is marked in exports, in the words run uses', () => {
  it('in the workbook, a column "changed from its source" on Inputs', async () => {
    const out = join(folderWith({}), 'twenty.xlsx');
    expect((await cli('export', twentyPercent(), '--xlsx', out)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(out) as never);
    const inputs = workbook.getWorksheet('Inputs')!;
    expect(inputs.getCell('L3').value).toBe('changed from its source');
    expect(inputs.getCell('A6').value).toBe('marginal_private_share');
    expect(inputs.getCell('J6').value).toBe(HF);
    expect(inputs.getCell('L6').value).toBe(`≠ 52.94% per ${HF}; here 20.00%`);
    // Inputs that hold what their source gives carry no mark.
    expect(inputs.getCell('A4').value).toBe('private_spend_base');
    expect(inputs.getCell('L4').value).toBeNull();
  });

  it("in the briefing's appendix, and the variant is described by what it changes, not by its parent's words", async () => {
    const folder = join(folderWith({}), 'briefing');
    expect((await cli('report', twentyPercent(), '--output', folder)).code).toBe(0);
    const markdown = readFileSync(join(folder, 'report.md'), 'utf8');
    expect(markdown).toContain('| input | value | source | changed from its source |');
    expect(markdown).toContain(`| marginal_private_share | 20.00% | ${HF} | ≠ 52.94% per ${HF}; here 20.00% |`);
    expect(markdown).toMatch(/^\| private_spend_base \| £8\.70bn \| Echo \(Southend\), .* \| {2}\|$/m);
    expect(markdown).toContain('- **Twenty**: Baseline with marginal_private_share 20.00%');
    expect(markdown).not.toContain('New money split as in 2015/16');
  });

  it('a briefing of the shipped baseline has no such column: every input holds what its source gives', async () => {
    const folder = join(folderWith({}), 'briefing');
    await cli('report', 'scenarios/baseline.yaml', '--output', folder);
    const markdown = readFileSync(join(folder, 'report.md'), 'utf8');
    expect(markdown).toContain('| input | value | source |\n');
    expect(markdown).not.toContain('changed from its source');
  });
});

describe("a check's note is true whatever the inputs, and the check shows the values it tested", () => {
  it('with the marginal share at 20%, roughly_half fails, shows 20.00%, and its note claims nothing about this scenario', async () => {
    const { stdout } = await cli('run', 'scenarios/baseline.yaml', '--set', 'marginal_private_share=20%');
    expect(stdout).toMatch(/^✗ {2}roughly_half +marginal_private_share 20\.00% +roughly half of new cash/m);
    expect(stdout).toMatch(/^✗ {2}new_money_split +marginal_private_share 20\.00% +£900m/m);
    expect(stdout).not.toContain('52.94% is.');
    expect(stdout).toMatch(
      /^roughly_half +"Roughly half" is read as within 5 percentage points of 50%, which the source's own split, 900 \/ 1700 = 52\.94%, is\./m,
    );
  });

  it("in what-happened, the checks of the Health Foundation's split show the 4.94% they test", async () => {
    // (9.7 − 8.7) / (9.7 / 0.072 − 8.7 / 0.076): the share of the extra money by 2019/20 that went to private providers.
    const share = ((9.7 - 8.7) / (9.7 / 0.072 - 8.7 / 0.076)) * 100;
    expect(share.toFixed(2)).toBe('4.94');
    // 2010/11 spending: 4.9% of the 2015/16 total deflated by 4.2% a year over five years.
    const spend2010 = (0.049 * (8.7 / 0.076)) / 1.042 ** 5;
    const { stdout } = await cli('run', WHAT_HAPPENED);
    expect(stdout).toMatch(new RegExp(`^✗ {2}roughly_half +marginal_private_share ${share.toFixed(2)}% `, 'm'));
    expect(stdout).toMatch(new RegExp(`^✗ {2}more_than_double +private_spend_base £8\\.70bn, private_spend_2010_11 £${spend2010.toFixed(2)}bn `, 'm'));
    const json = JSON.parse((await cli('run', WHAT_HAPPENED, '--format', 'json')).stdout);
    expect(json.checks.roughly_half.tested.marginal_private_share).toBeCloseTo(share / 100, 12);
    // No note of a shipped scenario states a value of this scenario as its own: each speaks of the sources' figures.
    for (const check of Object.values(json.checks) as { note?: string }[]) expect(check.note).not.toMatch(/52\.94% is\b|4\.94%/);
  });
});

describe('run says once how money is measured', () => {
  it('in cash, and how to see real terms when the scenario has a deflator', async () => {
    const cash = 'Money is in cash (£bn as spent in each year).';
    const baseline = (await cli('run', 'scenarios/baseline.yaml')).stdout;
    expect(baseline.split(cash)).toHaveLength(2);
    // Under the cells, before the checks.
    expect(baseline.indexOf(cash)).toBeLessThan(baseline.indexOf('Checks ('));
    const real = 'Money is in cash (£bn as spent in each year); --real shows it in 2015/16 prices.';
    expect((await cli('run', 'scenarios/real-terms.yaml')).stdout).toContain(real);
    expect((await cli('run', 'scenarios/real-terms.yaml', '--format', 'md')).stdout).toContain(`\n${real}\n`);
    const deflated = (await cli('run', 'scenarios/real-terms.yaml', '--real')).stdout;
    expect(deflated).not.toContain('in cash (£bn');
    expect(deflated).toContain('Money is in £bn at 2015/16 prices');
  });
});
