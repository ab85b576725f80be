import { describe, expect, it } from 'vitest';
import { buildModel, type Cell, type CellResult, compileSweep, evaluate, type Model, setInput } from '../../src/engine/index.js';

const input = (name: string, value: number): Cell => ({ kind: 'input', name, value, unit: 'number' });
const formula = (name: string, text: string): Cell => ({ kind: 'formula', name, formula: text, unit: 'number' });

/** A cell's result by each evaluation path: native code, the by-tree reference, and (when every cell computes) a sweep. */
function resultsOf(cells: Cell[], name: string): { native: CellResult; byTree: CellResult; model: Model } {
  const model = buildModel(cells, '2015/16');
  return { native: evaluate(model).results.get(name)!, byTree: evaluate(model, { byTree: true }).results.get(name)!, model };
}

function valueEverywhere(cells: Cell[], name: string) {
  const { native, byTree, model } = resultsOf(cells, name);
  expect(byTree).toEqual(native);
  if (!native.ok) throw new Error(`${name}: ${native.error}`);
  const swept = compileSweep(model, ['a']).run([(model.cells.get('a')!.cell as { value: number }).value]);
  expect(swept?.[model.cells.positionOf(name)!]).toEqual(native.value);
  return native.value;
}

describe('?: computes only the branch taken, in every evaluation path', () => {
  const years = [input('a', 1), input('horizon_years', 3)];

  it('inside a one-argument aggregate whose condition depends on the year', () => {
    // round(t, 0.5) fails (0.5 is not a number of decimals), but t > 5 is false in each of the three years.
    expect(valueEverywhere([...years, formula('x', 'sum(t > 5 ? round(t, 0.5) : 4)')], 'x')).toBe(12);
    // The same through a helper cell gives the same.
    expect(valueEverywhere([...years, formula('helper', 't > 5 ? round(t, 0.5) : 4'), formula('x', 'sum(helper)')], 'x')).toBe(12);
  });

  it('takes each branch in the years its condition selects', () => {
    // Years 1, 2, 3: the branch is 10·t in years 2 and 3 and sqrt(-1) (a failure) in none.
    expect(valueEverywhere([...years, formula('x', 'sum(t >= 2 ? 10 * t : (t == 1 ? 1 : sqrt(-1)))')], 'x')).toBe(1 + 20 + 30);
  });

  it('and and or decide on their left side when they can, as in mathjs 15', () => {
    expect(valueEverywhere([...years, formula('x', 'a > 0 or sqrt(-1) > 2')], 'x')).toBe(1);
    expect(valueEverywhere([...years, formula('x', 'a < 0 and sqrt(-1) > 2')], 'x')).toBe(0);
    expect(valueEverywhere([...years, formula('x', 'sum(t >= 1 or sqrt(-t) > 2 ? t : 0)')], 'x')).toBe(6);
    expect(valueEverywhere([...years, formula('x', 'sum(t > 3 and sqrt(-t) > 2 ? 1 : t)')], 'x')).toBe(6);
    // When the left side does not decide, the right side is computed, and its failure is the cell's.
    expect(resultsOf([...years, formula('x', 'a < 0 or sqrt(-1) > 2')], 'x').native).toMatchObject({ ok: false, origin: { kind: 'runtime' } });
  });
});

describe('a formula fails only when it uses a failing value', () => {
  const cells = (a: number) => [input('a', a), input('horizon_years', 3), formula('bad_cell', '1 / (a - 1)'), formula('x', 'a > 1 ? 5 : bad_cell')];

  it('a branch not taken may name a failing cell', () => {
    expect(valueEverywhere(cells(2), 'x')).toBe(5);
    const { native } = resultsOf(cells(2), 'bad_cell');
    expect(native).toMatchObject({ ok: true, value: 1 });
  });

  it('using the failing value passes its error on, saying from which cell', () => {
    const { native, byTree } = resultsOf(cells(1), 'x');
    expect(native).toEqual({
      ok: false,
      error: 'depends on bad_cell, which has an error',
      origin: { kind: 'passed-on', from: 'bad_cell', root: 'bad_cell' },
    });
    expect(byTree).toEqual(native);
    expect(resultsOf(cells(1), 'bad_cell').native).toEqual({
      ok: false,
      error: 'result is Infinity (division by zero or a number out of range)',
      origin: { kind: 'runtime' },
    });
  });

  it('a passed-on error names the cell read and the cell it started in', () => {
    const chain = [...cells(1), formula('y', 'x * 2'), formula('z', 'y + 1')];
    expect(resultsOf(chain, 'z').native).toEqual({
      ok: false,
      error: 'depends on y, which has an error',
      origin: { kind: 'passed-on', from: 'y', root: 'bad_cell' },
    });
  });

  it('recalculation after an edit agrees with a full evaluation', () => {
    const model = buildModel(cells(2), '2015/16');
    const { evaluation } = setInput(model, evaluate(model), 'a', 1);
    expect(evaluation.results.get('x')).toEqual(evaluate(buildModel(cells(1), '2015/16')).results.get('x'));
  });

  it('the same holds for cells with an unknown name or on a circular reference', () => {
    const model = [
      input('a', 2),
      formula('unknown', 'no_such_cell + 1'),
      formula('loop_a', 'loop_b + 1'),
      formula('loop_b', 'loop_a + 1'),
      formula('x', 'a > 1 ? 5 : unknown + loop_a'),
      formula('y', 'a > 5 ? 5 : loop_a'),
    ];
    expect(resultsOf(model, 'x').native).toEqual({ ok: true, value: 5 });
    expect(resultsOf(model, 'y').native).toEqual({
      ok: false,
      error: 'depends on loop_a, which is part of a circular reference',
      origin: { kind: 'passed-on', from: 'loop_a', root: 'loop_a' },
    });
    expect(resultsOf(model, 'loop_a').native).toMatchObject({
      error: 'circular reference: loop_a → loop_b → loop_a',
      origin: { kind: 'static', cause: 'cycle' },
    });
    expect(resultsOf(model, 'unknown').native).toMatchObject({ origin: { kind: 'static', cause: 'unknown-name' } });
  });

  it('a series that reads a failing series only where a condition picks it', () => {
    const model = [input('a', 1), input('horizon_years', 4), formula('shaky', '1 / (t - 3)'), formula('safe', 't == 3 ? 0 : shaky')];
    expect(resultsOf(model, 'shaky').native).toMatchObject({ ok: false, error: /^2018\/19: result is Infinity/ });
    // shaky fails as a whole (its third year divides by zero), so every year that uses it fails.
    expect(resultsOf(model, 'safe').native).toMatchObject({ ok: false, origin: { kind: 'passed-on', from: 'shaky' } });
    const guarded = [input('a', 1), input('horizon_years', 4), formula('safe', 't == 3 ? 0 : 1 / (t - 3)')];
    expect(valueEverywhere(guarded, 'safe')).toEqual([-0.5, -1, 0, 1]);
  });
});
