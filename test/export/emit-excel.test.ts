import { describe, expect, it } from 'vitest';
import { sheetOf } from '../../src/engine/index.js';
import { WorkbookRefusal } from '../../src/export/workbook-plan.js';
import { CELLS, formula, input } from './operator-cells.js';
import { engineValues, expectAgree, hyperFormulaValues, planOf } from './workbook-check.js';

describe('Excel formulas from the formula tree', () => {
  it('compute what the engine computes, every operator and function, in a spreadsheet engine given only the formulas', () => {
    const plan = planOf(CELLS);
    const expected = engineValues(sheetOf(CELLS, '2015/16'));
    // HyperFormula rounds 1.005 (really 1.00499999999999989…) in binary; Excel, LibreOffice and the engine take it
    // as written. The LibreOffice test checks it.
    expected.delete('roundDecimal');
    expectAgree(hyperFormulaValues(plan), expected, 'HyperFormula');
  });

  it('write the engine meaning out where a spreadsheet means something else', () => {
    const plan = planOf(CELLS);
    const written = new Map<string, string>();
    const model = plan.sheets.find((sheet) => sheet.name === 'Model')!;
    for (const place of plan.placed) {
      const found = model.cells.find((cell) => cell.row === place.row && cell.column === place.columns[0] && cell.content.kind === 'formula');
      if (found?.content.kind === 'formula') written.set(place.cell, found.content.formula);
    }
    expect(written.get('powerRightAssociative')).toBe('IF(3^2=0,1,2^(3^2))');
    expect(written.get('minusBeforePower')).toBe('-(x^2)');
    expect(written.get('modNegative')).toBe('-7-3*(ROUND((-7)/3,0)-IF(ROUND((-7)/3,0)>(-7)/3,1,0))');
    expect(written.get('modInputs')).toBe('IF(y=0,x,x-y*(ROUND(x/y,0)-IF(ROUND(x/y,0)>x/y,1,0)))');
    expect(written.get('zeroExponent')).toBe('IF(z=0,1,x^z)');
    expect(written.get('lazyOr')).toBe('IF(x,1,IF(SQRT(-1)>0,1,0))');
    expect(written.get('and')).toBe('IF(x>0,IF(y>0,1,0),0)');
    expect(written.get('equal')).toBe('IF(ABS(x-x*3/3)<=0.000000000000001*MAX(ABS(x),ABS(x*3/3)),1,0)');
    expect(written.get('againstZero')).toBe('IF(y<0,1,0)');
    expect(written.get('ceilNegative')).toBe('ROUND(-2.5,0)+IF(ROUND(-2.5,0)<-2.5,1,0)');
    expect(written.get('floorDecimals')).toBe('ROUND(ROUND(-2.55,1)-IF(ROUND(-2.55,1)>-2.55,0.1,0),1)');
    expect(written.get('sumOfBoolean')).toBe('SUM(IF(x-y>0.000000000000001*MAX(ABS(x),ABS(y)),1,0),1)');
    expect(written.get('aggregateSum')).toBe('SUM(s)');
    expect(written.get('aggregateOfSingle')).toBe('SUM(x)+PRODUCT(y)+MEDIAN(z)');
    expect(written.get('roundDecimal')).toBe('ROUND(1.005,2)');
    expect(written.get('aggregateOfExpression')).toBe('SUM(D5*x,E5*x,F5*x,G5*x)');
    expect(written.get('last')).toBe('INDEX(s,1,4)');
    expect(written.get('byYear')).toBe('D5*D$4-x');
    expect(written.get('powerOfYear')).toBe('(1+x/100)^D$4');
  });

  it('refuse a formula without an Excel form that means the same, naming the cell', () => {
    const refused = (text: string, horizon = 4): string => {
      const model = [input('x', 2.5), input('z', 0), input('horizon_years', horizon), formula('s', 'x * t'), formula('f', text)];
      try {
        planOf(model);
      } catch (error) {
        expect(error).toBeInstanceOf(WorkbookRefusal);
        return (error as Error).message;
      }
      throw new Error(`${text} was written`);
    };
    expect(refused('round(x, z)')).toBe(
      'f: round(x, z) cannot be written as an Excel formula that means the same: round(x, n) needs the number of decimals n written as a number: the engine refuses any n but a whole number from 0 to 15, which Excel does not',
    );
    expect(refused('z ? floor(x, 2.5) : 1')).toMatch(
      /^f: z \? floor\(x, 2\.5\) : 1 cannot be written .*: floor\(x, 2\.5\) needs a whole number of decimals from 0 to 15$/,
    );
    const long = `sum(${Array.from({ length: 20 }, (_, i) => `s * ${i + 2}`).join(' + ')})`;
    expect(refused(long, 100)).toMatch(/cannot be written as an Excel formula that means the same: written for Excel it would be longer than 8192 characters/);
  });

  it('refuses a scenario whose cells fail, since there is no value to give them', () => {
    expect(() => planOf([input('x', 0), input('horizon_years', 2), formula('f', '1 / x')])).toThrow(
      /^f: result is Infinity .*\(a workbook is written only from a scenario whose every cell computes\)$/,
    );
  });
});
