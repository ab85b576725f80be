import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { compute, loadScenario } from '../../src/scenario/index.js';
import { cli } from '../cli/cli.js';
import { folderWith } from '../scenario/helpers.js';

const BASELINE = 'scenarios/baseline.yaml';

async function workbookAt(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as never);
  return workbook;
}

describe('nhs-whatif export FILE --xlsx OUT.xlsx', () => {
  it('writes Inputs, Model, Sources and Checks, with units as number formats, live formulas over defined names and the engine values cached', async () => {
    const file = join(folderWith({}), 'baseline.xlsx');
    const ran = await cli('export', BASELINE, '--xlsx', file);
    expect(ran).toMatchObject({ code: 0, stderr: '' });
    expect(ran.stdout).toContain(`Wrote ${file}: Inputs (5 inputs), Model (9 formula cells over 2016/17–2020/21`);
    const workbook = await workbookAt(file);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Inputs', 'Model', 'Sources', 'Checks']);

    const names = new Map(workbook.definedNames.model.map((name) => [name.name, name.ranges]));
    expect(names.size).toBe(14);
    expect(names.get('private_spend_base')).toEqual(['Inputs!$B$4']);
    expect(names.get('budget')).toEqual(['Model!$D$6:$H$6']);
    expect(names.get('cumulative_extra_to_private')).toEqual(['Model!$C$12']);

    const inputs = workbook.getWorksheet('Inputs')!;
    expect(inputs.getCell('A4').value).toBe('private_spend_base');
    expect(inputs.getCell('B4').value).toBe(8.7);
    expect(inputs.getCell('B4').numFmt).toBe('"£"0.00"bn"');
    expect(inputs.getCell('B6').value).toBe(900 / 1700);
    expect(inputs.getCell('B6').numFmt).toBe('0.00%');
    expect(inputs.getCell('D7').value).toBe(-0.1);
    expect(inputs.getCell('J7').value).toBe('assumption: 2% a year, a round figure for a modest settlement; not from the sources');
    expect(inputs.getCell('B8').dataValidation).toMatchObject({ type: 'whole', operator: 'equal', formulae: [5] });

    const { evaluation } = compute(loadScenario(BASELINE));
    const model = workbook.getWorksheet('Model')!;
    expect(model.getCell('C12').formula).toBe('SUM(extra_to_private)');
    const cumulative = (evaluation.results.get('cumulative_extra_to_private') as { value: number }).value;
    expect(cumulative).toBeCloseTo(18.67, 2);
    expect(model.getCell('C12').result).toBe(cumulative);
    expect(model.getCell('H11').formula).toBe('H10/H6');
    expect(model.getCell('H11').result).toBe((evaluation.results.get('private_share') as { value: readonly number[] }).value[4]);
    expect(model.getCell('H11').numFmt).toBe('0.00%');
    expect(model.getCell('D6').formula).toBe('total_budget_base*(1+budget_growth)^D$4');
    expect(String(model.getCell('A2').value)).toContain('Written for a horizon of 5 years (2016/17–2020/21): horizon_years cannot add or remove year columns');

    const sources = workbook.getWorksheet('Sources')!;
    expect(sources.getCell('A3').value).toBe('source');
    expect(sources.getRow(7).values).toEqual([
      undefined,
      'assumption: 2% a year, a round figure for a modest settlement; not from the sources',
      'assumption',
      'budget_growth',
    ]);
    const checks = workbook.getWorksheet('Checks')!;
    expect(checks.getCell('A4').value).toBe('new_money_split');
    // 7.6% is not more than twice the 4.9% of 2010/11: the claim fails in the file and in the cached value.
    expect(checks.getCell('A8').value).toBe('share_more_than_double');
    expect(checks.getCell('E8').value).toMatchObject({ result: '✗ fails' });
    expect(checks.getCell('E4').value).toMatchObject({ result: '✓ holds' });
  });

  it('refuses a formula without a faithful Excel form at its place in the file, and writes nothing', async () => {
    const dir = folderWith({
      'decimals.yaml': 'name: Decimals\nbase_year: "2015/16"\ninputs:\n  x: 2.5\n  digits: 1\n  horizon_years: 3\nformulas:\n  rounded: round(x, digits)\n',
    });
    const file = join(dir, 'out.xlsx');
    const ran = await cli('export', join(dir, 'decimals.yaml'), '--xlsx', file);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toBe(
      `${join(dir, 'decimals.yaml')}:8:12: rounded: round(x, digits) cannot be written as an Excel formula that means the same: round(x, n) needs the number of decimals n written as a number: the engine refuses any n but a whole number from 0 to 15, which Excel does not\n`,
    );
    expect(existsSync(file)).toBe(false);
  });

  it('is called wrongly without --xlsx, with another ending, or onto the scenario', async () => {
    expect(await cli('export', BASELINE)).toMatchObject({
      code: 2,
      stderr: 'nhs-whatif: export needs --xlsx FILE, e.g. nhs-whatif export scenarios/baseline.yaml --xlsx scenario.xlsx\n',
    });
    expect((await cli('export', BASELINE, '--xlsx', 'baseline.csv')).stderr).toBe(
      'nhs-whatif: --xlsx baseline.csv: a workbook file ends in .xlsx, e.g. --xlsx baseline.xlsx\n',
    );
    const dir = folderWith({});
    expect((await cli('export', BASELINE, '--xlsx', dir)).stderr).toBe(`nhs-whatif: --xlsx ${dir}: a workbook file ends in .xlsx, e.g. --xlsx ${dir}.xlsx\n`);
  });
});

describe('--format xlsx: any report as a workbook', () => {
  it('puts each data table on a sheet, numbers as numbers with their units, changes with signs', async () => {
    const file = join(folderWith({}), 'comparison.xlsx');
    expect(await cli('compare', BASELINE, 'scenarios/higher-growth.yaml', '--output', file)).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const workbook = await workbookAt(file);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'cell',
      'part',
      'year',
      'unit',
      'Baseline',
      'Higher growth',
      'Higher growth change',
      'Higher growth relative change',
    ]);
    let found = 0;
    sheet.eachRow((each, number) => {
      if (each.getCell(1).value === 'cumulative_extra_to_private') found = number;
    });
    const row = sheet.getRow(found);
    expect(row.getCell(5).value).toBe(18.673275091764715);
    expect(row.getCell(5).numFmt).toBe('"£"0.00"bn"');
    expect(row.getCell(7).numFmt).toBe('+"£"0.00"bn";-"£"0.00"bn";"£"0.00"bn"');
    expect(row.getCell(8).numFmt).toBe('+0.0%;-0.0%;0.0%');
    expect(row.getCell(7).value).toBeCloseTo((row.getCell(6).value as number) - 18.673275091764715, 12);
  });

  it('is refused on the terminal', async () => {
    expect(await cli('run', BASELINE, '--format', 'xlsx')).toMatchObject({
      code: 2,
      stderr: 'nhs-whatif: --format xlsx is a binary format: give --output FILE to write it to a file\n',
    });
  });
});
