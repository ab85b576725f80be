import { describe, expect, it } from 'vitest';
import { buildModel, type Cell, type CellResult, evaluate, setInput } from '../../src/engine/index.js';
import { baselineCells, referenceBaseline } from './baseline-cells.js';

const input = (name: string, value: number): Cell => ({ kind: 'input', name, value, unit: 'number' });
const formula = (name: string, text: string): Cell => ({ kind: 'formula', name, formula: text, unit: 'number' });

/** Each formula computed in a small model: a = 1, k = 3, s = 2t over three years. */
function compute(...texts: string[]): CellResult[] {
  const cells = [input('a', 1), input('k', 3), input('horizon_years', 3), formula('s', '2 * t'), ...texts.map((text, i) => formula(`x${i}`, text))];
  const { results } = evaluate(buildModel(cells, '2015/16'));
  return texts.map((_, i) => results.get(`x${i}`)!);
}
const value = (text: string) => {
  const [result] = compute(text);
  if (!result?.ok) throw new Error(`${text}: ${result?.error}`);
  return result.value;
};
const error = (text: string) => {
  const [result] = compute(text);
  if (!result || result.ok) throw new Error(`${text} computed ${JSON.stringify(result)}`);
  return result.error;
};

describe('rounding is exact', () => {
  it('floor and ceil do not snap to a nearby integer', () => {
    expect(value('floor(2.9999999999999)')).toBe(2);
    expect(value('ceil(1.0000000000001)')).toBe(2);
    expect(value('floor(-2.0000000000001)')).toBe(-3);
    expect(value('floor(3)')).toBe(3);
  });

  it('round goes half away from zero, on the number as written in decimal', () => {
    expect(value('round(2.4999999999999)')).toBe(2);
    expect(value('round(2.5)')).toBe(3);
    expect(value('round(-2.5)')).toBe(-3);
    expect(value('round(1.005, 2)')).toBe(1.01);
    expect(value('round(2.675, 2)')).toBe(2.68);
    expect(value('floor(-1.234, 2)')).toBe(-1.24);
    expect(value('ceil(1.231, 2)')).toBe(1.24);
    expect(error('round(a, 0.5)')).toBe('round(x, n) needs a whole number of decimals n from 0 to 15');
  });

  it('mod is x − y·floor(x / y) with an exact floor', () => {
    expect(value('7 mod 3')).toBe(1);
    expect(value('-7 mod 3')).toBe(2);
    expect(value('7 mod -3')).toBe(-2);
    expect(value('a mod 0')).toBe(1);
  });
});

describe('comparisons', () => {
  it('treat numbers within 1e-15 of the larger as equal, with no tolerance near zero', () => {
    expect(value('0.1 + 0.2 == 0.3')).toBe(1);
    expect(value('1 + 1e-16 == 1')).toBe(1);
    expect(value('1 + 1e-13 == 1')).toBe(0);
    expect(value('1e-300 > 0')).toBe(1);
    expect(value('1e-300 == 0')).toBe(0);
    expect(value('-1e-300 < 0')).toBe(1);
  });

  it('order numbers consistently with equality: exactly one of <, ==, > holds', () => {
    for (const [x, y] of [
      ['0.1 + 0.2', '0.3'],
      ['1', '1 + 1e-13'],
      ['1e-300', '0'],
      ['5', '3'],
    ]) {
      const [smaller, equal, larger, atMost, atLeast] = compute(`${x} < ${y}`, `${x} == ${y}`, `${x} > ${y}`, `${x} <= ${y}`, `${x} >= ${y}`).map((r) =>
        r.ok ? r.value : NaN,
      );
      expect((smaller as number) + (equal as number) + (larger as number), `${x} vs ${y}`).toBe(1);
      expect(atMost).toBe(Math.max(smaller as number, equal as number));
      expect(atLeast).toBe(Math.max(larger as number, equal as number));
    }
  });
});

describe('mathjs syntax that means two things is refused', () => {
  it('% is a percentage after a number, never the remainder', () => {
    expect(value('50%')).toBe(0.5);
    expect(value('k * 50%')).toBe(1.5);
    expect(value('-5%')).toBe(-0.05);
    expect(error('k % 2')).toBe('% is for percentages (50% is 0.5); for the remainder of a division write k mod 2');
    expect(error('k%')).toBe('% follows a number only (5% is 0.05): write k / 100');
    expect(error('k + 5%')).toBe('k + 5% would mean k increased by 5% of itself: write k * (1 + 5%) for that, or k + 0.05 to add the number');
    expect(value('k * (1 + 5%)')).toBeCloseTo(3.15, 14);
    expect(value('1 - 5%')).toBe(0.95);
    expect(error('2 + 5%')).toBe('2 + 5% would mean 2 increased by 5% of itself: write 2 * (1 + 5%) for that, or 2 + 0.05 to add the number');
  });

  it('a percentage followed by what could start a value is refused, never read with the rest dropped', () => {
    // mathjs would take `5%(k` as 0.05 and silently drop `(k`, and `5%-` as 0.05.
    expect(error('5%(k')).toBe('after a percentage, "(" would be read as the remainder of a division: put the percentage in brackets, e.g. (5%) (k');
    expect(error('5%-')).toMatch(/^after a percentage, "-" would be read as the remainder/);
    expect(error('50% + k')).toBe('after a percentage, "+" would be read as the remainder of a division: put the percentage in brackets, e.g. (50%) + k');
    expect(error('50% mod 3')).toMatch(/^after a percentage, "m" would be read as the remainder/);
    expect(value('(50%) + k')).toBe(3.5);
    expect(value('k * 5% > 0.1 and a > 0')).toBe(1);
    expect(value('at(s, "2017/18") * 50%')).toBe(2);
  });

  it('implicit multiplication and unary plus', () => {
    expect(error('2t')).toBe('"2 t" multiplies without a *: write 2 * t');
    expect(error('2 k')).toBe('"2 k" multiplies without a *: write 2 * k');
    expect(error('2(k + 1)')).toBe('"2 (k + 1)" multiplies without a *: write 2 * (k + 1)');
    expect(error('+k')).toBe('unary plus is not allowed: write k without the +');
    expect(value('2 * t')).toEqual([2, 4, 6]);
  });

  it('functions with the wrong number of arguments', () => {
    expect(error('abs(a, k)')).toBe('abs() takes 1 argument, not 2');
    expect(error('pow(a)')).toBe('pow() takes 2 arguments, not 1');
    expect(error('sum()')).toBe('sum() takes one series, as in sum(extra_to_private), or two or more values, as in sum(a, b)');
    expect(error('last(s, a)')).toBe('last() takes one argument, the series: last(x)');
  });
});

describe('first, last and at', () => {
  const results = evaluate(
    buildModel(
      [
        ...baselineCells(),
        formula('final_share', 'last(private_share)'),
        formula('first_budget', 'first(budget)'),
        formula('budget_2019', 'at(budget, "2019/20")'),
        formula('gap_2019', 'at(budget - total_budget_base, "2019/20") * t'),
        formula('one_number', 'first(budget_growth) + last(5) + at(2, "2016/17")'),
      ],
      '2015/16',
    ),
  ).results;
  const reference = referenceBaseline(0.02);

  it('pick one year of a series, computed year by year like an aggregate', () => {
    expect(results.get('final_share')).toEqual({ ok: true, value: reference.privateShare[4] });
    expect(results.get('first_budget')).toEqual({ ok: true, value: reference.budget[0] });
    expect(results.get('budget_2019')).toEqual({ ok: true, value: reference.budget[3] });
    expect(results.get('gap_2019')).toEqual({ ok: true, value: [1, 2, 3, 4, 5].map((t) => reference.extra[3]! * t) });
  });

  it('on a single number give that number', () => {
    expect(results.get('one_number')).toEqual({ ok: true, value: 0.02 + 5 + 2 });
  });

  it('at() checks its year against the base year when the model is built and against the horizon when computed', () => {
    expect(error('at(s, "2015/16")')).toBe('at(…, "2015/16"): 2015/16 is not after the base year 2015/16');
    expect(error('at(s, "2019")')).toBe('at() takes a series and a fiscal year in quotes, e.g. at(x, "2019/20"), not "2019"');
    expect(error('at(s, a)')).toBe('at() takes a series and a fiscal year in quotes, e.g. at(x, "2019/20")');
    expect(error('at(s, "2019/20")')).toBe('at(…, "2019/20"): 2019/20 is not a projected year (the years are 2016/17 to 2018/19)');
    expect(value('at(s, "2018/19")')).toBe(6);
    expect(compute('at(s, "2019/20")')[0]).toMatchObject({ origin: { kind: 'runtime' } });
  });

  it('a cell using at() is recomputed when the horizon changes', () => {
    const model = buildModel([...baselineCells(), formula('budget_2019', 'at(budget, "2019/20")')], '2015/16');
    const shorter = setInput(model, evaluate(model), 'horizon_years', 3).evaluation.results.get('budget_2019');
    expect(shorter).toMatchObject({ ok: false, error: 'at(…, "2019/20"): 2019/20 is not a projected year (the years are 2016/17 to 2018/19)' });
  });

  it('a string anywhere else is refused', () => {
    expect(error('"2019/20"')).toBe('only numbers may appear in a formula, not "2019/20"');
    expect(error('sum(s, "2019/20")')).toBe('only numbers may appear in a formula, not "2019/20"');
  });
});
