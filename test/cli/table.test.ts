import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/tables/render/csv.js';

describe('toCsv', () => {
  it('makes text a spreadsheet would run as a formula inert, leaving numbers as numbers', () => {
    expect(toCsv([['=1+1', '+SUM(A1)', '-A1', '@SUM(A1)', '\t=1', '\r=1', '-15.99', '+1', '1e-7', '-1.5e-7', 'ok', '']])).toBe(
      `'=1+1,'+SUM(A1),'-A1,'@SUM(A1),'\t=1,"'\r=1",-15.99,+1,1e-7,-1.5e-7,ok,\n`,
    );
  });

  it('quotes fields holding commas, quotes and newlines', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines']])).toBe('"a,b","say ""hi""","two\nlines"\n');
  });
});
