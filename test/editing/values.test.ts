import { describe, expect, it } from 'vitest';
import { applySolvedValue, assignValue, readValue, readWantedValue, setValueText, valueText } from '../../src/editing/index.js';
import type { InputCell, Sheet } from '../../src/engine/index.js';
import { compute, loadScenario } from '../../src/scenario/index.js';

const baseline = (): Sheet => compute(loadScenario('scenarios/baseline.yaml'));
const input = (sheet: Sheet, name: string): InputCell => {
  const cell = sheet.model.cells.get(name)?.cell;
  if (cell?.kind !== 'input') throw new Error(`${name} is not an input`);
  return cell;
};
const resultOf = (sheet: Sheet, name: string) => {
  const result = sheet.evaluation.results.get(name);
  if (!result?.ok) throw new Error(`${name} failed`);
  return result.value;
};
const read = (name: string, text: string) => readValue(input(baseline(), name), text);

describe('reading a typed value', () => {
  it('takes plain numbers, percentages and money in the input unit', () => {
    expect(read('budget_growth', '3%')).toEqual({ ok: true, value: 0.03 });
    expect(read('budget_growth', ' 0.03 ')).toEqual({ ok: true, value: 0.03 });
    expect(read('budget_growth', '-0.5%')).toEqual({ ok: true, value: -0.005 });
    expect(read('private_spend_base', '£8.7bn')).toEqual({ ok: true, value: 8.7 });
    expect(read('private_spend_base', '£900m')).toEqual({ ok: true, value: 0.9 });
    expect(read('horizon_years', '7')).toEqual({ ok: true, value: 7 });
  });

  it('refuses a percentage as an amount of money or years, but takes it as a factor', () => {
    expect(read('private_spend_base', '10%')).toEqual({
      ok: false,
      problem: '% is for percentages; private_spend_base is in £bn: write e.g. 8.7 or £8.7bn',
    });
    expect(read('horizon_years', '50%')).toMatchObject({ ok: false, problem: expect.stringMatching(/^% is for percentages; horizon_years is in years/) });
    expect(read('private_spend_base', '8.7 * 110%')).toEqual({ ok: true, value: 9.57 });
  });

  it('reads a wanted value in the target unit, refusing another unit and a bare percentage of 1 or more', () => {
    expect(readWantedValue('last(private_share)', 'percent', '10%')).toEqual({ ok: true, value: 0.1 });
    expect(readWantedValue('last(private_share)', 'percent', '0.1')).toEqual({ ok: true, value: 0.1 });
    expect(readWantedValue('last(private_share)', 'percent', '10')).toEqual({ ok: false, problem: 'last(private_share) is a percentage: write 10% or 0.1' });
    expect(readWantedValue('last(private_share)', 'percent', '£5bn')).toEqual({
      ok: false,
      problem: '£, bn and m are for money; last(private_share) is a percentage',
    });
    expect(readWantedValue('cumulative_extra_to_private', '£bn', '10%')).toEqual({
      ok: false,
      problem: '% is for percentages; cumulative_extra_to_private is in £bn: write e.g. 8.7 or £8.7bn',
    });
    expect(readWantedValue('cumulative_extra_to_private', '£bn', '£900m')).toEqual({ ok: true, value: 0.9 });
    expect(readWantedValue('cumulative_extra_to_private', '£bn', '10')).toEqual({ ok: true, value: 10 });
  });

  it('computes arithmetic with the engine: a ratio at full precision, sums and products as a person writes them', () => {
    expect(read('marginal_private_share', '900/1700')).toEqual({ ok: true, value: 900 / 1700 });
    expect(read('marginal_private_share', '900 / (900 + 800)')).toEqual({ ok: true, value: 900 / 1700 });
    expect(read('private_spend_base', '8.7*1.1')).toEqual({ ok: true, value: 9.57 });
    expect(read('budget_growth', '3% + 0.5%')).toEqual({ ok: true, value: 0.035 });
    expect(read('private_spend_base', '£8.7bn * 110%')).toEqual({ ok: true, value: 9.57 });
    expect(read('budget_growth', '2^-6')).toEqual({ ok: true, value: 2 ** -6 });
    expect(read('private_spend_base', '-(-2)')).toEqual({ ok: true, value: 2 });
  });

  it('never drops a comma: a decimal comma and a thousands separator are each refused with what to type', () => {
    expect(read('budget_growth', '5,5%')).toEqual({ ok: false, problem: 'use a dot for decimals: 5.5%' });
    expect(read('budget_growth', '3,5%')).toEqual({ ok: false, problem: 'use a dot for decimals: 3.5%' });
    expect(read('private_spend_base', '1,200')).toEqual({ ok: false, problem: 'write numbers without a thousands separator: 1200' });
    expect(read('private_spend_base', '12,500,000.5')).toEqual({ ok: false, problem: 'write numbers without a thousands separator: 12500000.5' });
  });

  it('lets nothing but numbers and arithmetic through: no names, functions, units, or numbers side by side', () => {
    for (const text of ['lots', 'e', 'pi', 'sqrt(4)', 'budget_growth * 2', '2 3', '2(3)', '3 % 2', '1 m', '5 cm', '1e', '(1', '1)', '1 +', '2 > 1', 'x = 1']) {
      expect(read('budget_growth', text), text).toEqual({ ok: false, problem: `"${text}" is not a number; write e.g. 0.03 or 3%` });
    }
    expect(read('private_spend_base', 'lots')).toEqual({ ok: false, problem: '"lots" is not a number; write e.g. 8.7 or £8.7bn' });
    expect(read('budget_growth', '£3bn')).toEqual({ ok: false, problem: '£, bn and m are for money; budget_growth is a percentage' });
    expect(read('budget_growth', '1/0')).toEqual({
      ok: false,
      problem: '1/0 does not give a number: result is Infinity (division by zero or a number out of range)',
    });
    expect(read('budget_growth', '')).toEqual({ ok: false, problem: 'type a number, e.g. 0.03 or 3%' });
    expect(read('budget_growth', `${'('.repeat(21)}1${')'.repeat(21)}`)).toEqual({ ok: false, problem: 'a value may nest at most 20 brackets' });
    expect(read('budget_growth', '1+'.repeat(150))).toEqual({ ok: false, problem: 'a value is at most 200 characters long' });
  });

  it("states the input's limits in its unit", () => {
    expect(read('budget_growth', '300%')).toEqual({
      ok: false,
      problem: 'budget_growth must be at most 20.00%, not 300.00%; type a percentage such as 3% or a fraction such as 0.03',
    });
    expect(read('budget_growth', '5')).toEqual({ ok: false, problem: 'budget_growth must be at most 20.00%, not 500.00%; for 5% type 5% or 0.05' });
    expect(read('private_spend_base', '£70bn')).toEqual({ ok: false, problem: 'private_spend_base must be at most £50.00bn, not £70.00bn' });
    expect(read('horizon_years', '2.5')).toEqual({ ok: false, problem: 'horizon_years must be a whole number of years from 1 to 30' });
  });
});

describe('the text an edit starts from', () => {
  it('is the value in its unit: exact where a person would type it, as the grid shows it otherwise', () => {
    const sheet = baseline();
    expect(
      ['private_spend_base', 'private_share_base', 'marginal_private_share', 'budget_growth', 'horizon_years'].map((name) => valueText(input(sheet, name))),
    ).toEqual(['£8.7bn', '7.6%', '52.94%', '2%', '5']);
  });

  it('leaves every input of every shipped scenario exactly as it is when accepted unchanged', () => {
    for (const file of ['baseline', 'average-split', 'capacity-constrained', 'reverse-privatisation', 'higher-growth', 'what-happened']) {
      const sheet = compute(loadScenario(`scenarios/${file}.yaml`));
      for (const { cell } of sheet.model.cells.values()) {
        if (cell.kind !== 'input') continue;
        const text = valueText(cell);
        const change = setValueText(sheet, cell.name, text);
        expect(change.ok, `${file}: ${cell.name} = ${text}`).toBe(false);
        expect(!change.ok && change.unchanged, `${file}: ${cell.name} = ${text}`).toBe(true);
        // Text that shows the value exactly also reads back as exactly the value.
        const back = readValue(cell, text);
        if (back.ok && back.value === cell.value) continue;
        expect(text, `${file}: ${cell.name}`).toMatch(/\.\d\d(%|bn)$/);
      }
    }
  });

  it('typed by a person on the command line, the same rounded text sets the rounded value', () => {
    const change = assignValue(baseline(), 'marginal_private_share', '52.94%');
    expect(change.ok && input(change.sheet, 'marginal_private_share').value).toBe(0.5294);
  });
});

describe('applying a solved value', () => {
  it('sets exactly the number found: the marginal share that brings the final private share to 10%', () => {
    const sheet = baseline();
    // The brief's closed form: (0.10 × budget in year 5 − 8.7) / extra money in year 5.
    const total = 8.7 / 0.076;
    const budget5 = total * 1.02 ** 5;
    const solved = (0.1 * budget5 - 8.7) / (budget5 - total);
    const change = applySolvedValue(sheet, 'marginal_private_share', solved);
    if (!change.ok) throw new Error(change.problem);
    expect(input(change.sheet, 'marginal_private_share').value).toBe(solved);
    const share = resultOf(change.sheet, 'private_share') as number[];
    expect(Math.abs(share.at(-1)! - 0.1)).toBeLessThan(1e-12);
  });

  it("refuses a value outside the input's range, in its unit", () => {
    expect(applySolvedValue(baseline(), 'marginal_private_share', 1.2)).toEqual({
      ok: false,
      problem: 'marginal_private_share must be at most 100.00%, not 120.00%',
    });
    expect(applySolvedValue(baseline(), 'budget', 1)).toEqual({ ok: false, problem: 'budget is not an input' });
  });
});
