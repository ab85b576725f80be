import { describe, expect, it } from 'vitest';
import { buildModel, type Cell, compileSweep, evaluate } from '../../src/engine/index.js';

const input = (name: string, value: number): Cell => ({ kind: 'input', name, value, unit: 'number' });
const formula = (name: string, text: string): Cell => ({ kind: 'formula', name, formula: text, unit: 'number' });

describe('the number of years comes only from a valid horizon input', () => {
  it('a formula named horizon_years is an error, and nothing gets years from it', () => {
    for (const text of ['10^9', '1e9', 'growth * 1e12', '5']) {
      const cells = [input('growth', 1), formula('horizon_years', text), formula('per_year', 't * growth'), formula('total', 'sum(t)')];
      const model = buildModel(cells, '2015/16');
      const { results, years } = evaluate(model);
      expect(results.get('horizon_years')).toEqual({
        ok: false,
        error: 'horizon_years must be an input (a whole number of years from 1 to 100), not a formula',
        origin: { kind: 'static', cause: 'formula' },
      });
      for (const name of ['per_year', 'total']) {
        expect(results.get(name)).toEqual({
          ok: false,
          error: 'depends on horizon_years, which has an error',
          origin: { kind: 'passed-on', from: 'horizon_years', root: 'horizon_years' },
        });
      }
      expect(years).toEqual([]);
      expect(compileSweep(model, ['growth']).run([2])).toBeUndefined();
    }
  });

  it('a sweep refuses a horizon outside 1-100 or not whole, as evaluation does', () => {
    const model = buildModel([input('growth', 1), input('horizon_years', 5), formula('per_year', 't * growth')], '2015/16');
    const sweep = compileSweep(model, ['horizon_years']);
    for (const horizon of [0, 101, 1e9, 2.5, -3, Number.NaN, Number.POSITIVE_INFINITY]) expect(sweep.run([horizon]), String(horizon)).toBeUndefined();
    expect(sweep.run([100])?.[model.cells.positionOf('per_year')!]).toHaveLength(100);
  });
});

describe('no walk grows the stack with the size of the file', () => {
  const SIZE = 20_000;

  it('a 20,000-cell circular reference is reported in every cell, its middle shortened', () => {
    // c0 reads c19999, and each other cell reads the one before it.
    const cells = Array.from({ length: SIZE }, (_, i) => formula(`c${i}`, `c${(i + SIZE - 1) % SIZE} + 1`));
    const { results } = evaluate(buildModel(cells, '2015/16'));
    for (const result of results.values()) expect(result).toMatchObject({ ok: false, origin: { kind: 'static', cause: 'cycle' } });
    const loop = `(${SIZE} cells read each other in a loop)`;
    expect(results.get('c0')).toMatchObject({ error: `circular reference: c0 → c19999 → c19998 → c19997 → c19996 → c19995 → … → c3 → c2 → c1 → c0 ${loop}` });
    // Past the budget for searching cycles, a cell names its reference and its reader, with the middle left out.
    expect(results.get('c12345')).toMatchObject({ error: `circular reference: c12345 → c12344 → … → c12346 → c12345 ${loop}` });
  });

  it('a short cycle is shown whole, and a cell behind a long cycle still computes', () => {
    const cells = [
      ...Array.from({ length: SIZE }, (_, i) => formula(`c${i}`, `c${(i + SIZE - 1) % SIZE} + 1`)),
      input('flag', 0),
      formula('behind', 'flag > 0 ? c0 : 7'),
      formula('x', 'y * 2'),
      formula('y', 'x / 2'),
    ];
    const { results } = evaluate(buildModel(cells, '2015/16'));
    expect(results.get('behind')).toEqual({ ok: true, value: 7 });
    expect(results.get('x')).toMatchObject({ error: 'circular reference: x → y → x' });
  });

  it('a 20,000-cell chain, and a series chain, evaluate', () => {
    const chain = [input('c0', 1), ...Array.from({ length: SIZE - 1 }, (_, i) => formula(`c${i + 1}`, `c${i} + 1`))];
    expect(evaluate(buildModel(chain, '2015/16')).results.get(`c${SIZE - 1}`)).toEqual({ ok: true, value: SIZE });
    const series = [input('horizon_years', 2), formula('s0', 't'), ...Array.from({ length: SIZE - 1 }, (_, i) => formula(`s${i + 1}`, `s${i} + 1`))];
    expect(evaluate(buildModel(series, '2015/16')).results.get(`s${SIZE - 1}`)).toEqual({ ok: true, value: [SIZE, SIZE + 1] });
  });
});

describe('formulas of the same shape are compiled once', () => {
  it('thousands of similar formulas share one compiled function and each reads its own cells', () => {
    const cells = [input('c0', 1), input('base', 1), ...Array.from({ length: 5000 }, (_, i) => formula(`c${i + 1}`, `c${i} * 2 + base`))];
    const model = buildModel(cells, '2015/16');
    const compiled = new Set(model.cells.items.flatMap((item) => (item.formula ? [item.formula.evaluate] : [])));
    expect(compiled.size).toBe(1);
    const { results } = evaluate(model);
    // c(n) = 2 c(n-1) + 1 with c0 = 1: c(n) = 2^(n+1) - 1.
    for (const n of [1, 2, 10, 50]) expect(results.get(`c${n}`)).toEqual({ ok: true, value: 2 ** (n + 1) - 1 });
  });

  it('formulas that differ in more than names are different shapes', () => {
    const model = buildModel([input('a', 2), formula('x', 'a + a'), formula('y', 'a + 1'), formula('z', 'a+1')], '2015/16');
    const { results } = evaluate(model);
    expect([...results.values()].map((result) => result.ok && result.value)).toEqual([2, 4, 3, 3]);
    expect(model.cells.get('x')!.formula!.evaluate).not.toBe(model.cells.get('y')!.formula!.evaluate);
  });
});
