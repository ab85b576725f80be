import { describe, expect, it } from 'vitest';
import { parseLevels, type ValueReader } from '../../src/analysis/levels.js';

/** Percentages and plain numbers, as the editing layer reads them for a percent input. */
const read: ValueReader = (text) => {
  const trimmed = text.trim();
  const value = trimmed.endsWith('%') ? Number(trimmed.slice(0, -1)) / 100 : Number(trimmed);
  return Number.isFinite(value) && trimmed !== '' ? { ok: true, value } : { ok: false, problem: `"${trimmed}" is not a number` };
};
const percent = (value: number) => `${(value * 100).toFixed(2)}%`;

describe('data table levels', () => {
  it('reads a list in the input unit', () => {
    expect(parseLevels('10%,30%,52.9%', read)).toEqual({ ok: true, levels: [0.1, 0.3, 0.529] });
  });

  it('runs a range from its start to its end inclusive, without floating-point noise', () => {
    expect(parseLevels('1%:5%:1%', read)).toEqual({ ok: true, levels: [0.01, 0.02, 0.03, 0.04, 0.05] });
    expect(parseLevels('0:1:0.1', read)).toEqual({ ok: true, levels: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1] });
    expect(parseLevels('5:5:1', read)).toEqual({ ok: true, levels: [5] });
  });

  it('refuses ranges that do not reach their end, run backwards or do not step', () => {
    expect(parseLevels('1%:5%:1.5%', read, percent)).toEqual({
      ok: false,
      problem: 'the step of "1%:5%:1.5%" does not reach its end exactly (the last value would be 4.00%): change the end or the step',
    });
    expect(parseLevels('5%:1%:1%', read)).toMatchObject({ ok: false, problem: expect.stringMatching(/runs backwards/) });
    expect(parseLevels('1%:5%:0', read)).toMatchObject({ ok: false, problem: expect.stringMatching(/step .* must be above zero/) });
    expect(parseLevels('0:1:0.00001', read)).toMatchObject({ ok: false, problem: expect.stringMatching(/100001 values; the most is 10000/) });
  });

  it('says a range and a list cannot be mixed, rather than reading the comma as a thousands separator', () => {
    const mixed = {
      ok: false,
      problem: '"0:1%:0.001%,2%" mixes a range and a list: write either a range from:to:step, e.g. 1%:5%:1%, or a list, e.g. 10%,30%,52.9%',
    };
    expect(parseLevels('0:1%:0.001%,2%', read)).toEqual(mixed);
    expect(parseLevels('1%,2%:3%', read)).toMatchObject({ ok: false, problem: expect.stringMatching(/^"1%,2%:3%" mixes a range and a list/) });
    // Commas grouping thousands are left to the reader, which says to drop them.
    expect(parseLevels('1,000:2,000:500', read)).toEqual({ ok: false, problem: '"1,000" is not a number' });
  });

  it('passes on the reader’s refusal and refuses empty entries', () => {
    expect(parseLevels('10%,abc', read)).toEqual({ ok: false, problem: '"abc" is not a number' });
    expect(parseLevels('10%,,20%', read)).toMatchObject({ ok: false, problem: expect.stringMatching(/empty value/) });
    expect(parseLevels('  ', read)).toMatchObject({ ok: false, problem: expect.stringMatching(/no values/) });
  });
});
