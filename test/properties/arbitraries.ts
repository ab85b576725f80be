import fc from 'fast-check';
import { type Cell, cellNameProblem, type Unit } from '../../src/engine/index.js';

export const cellName = fc.stringMatching(/^[a-z][a-z0-9_]{2,12}$/).filter((name) => cellNameProblem(name) === undefined);

const unit = fc.constantFrom<Unit>('£bn', 'percent', 'years', 'number');
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v));

/**
 * A random formula over the given names: constants, references, operators, functions, the year, conditionals
 * (some on the year, inside aggregates), `and`/`or`, rounding, picks of a year, and parts that fail (division by
 * zero, the square root of a negative, at() of a year after a short horizon) so that laziness is exercised.
 */
export const formulaOver = (names: readonly string[]): fc.Arbitrary<string> =>
  fc.letrec<{ expr: string }>((tie) => ({
    expr: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      finite.map((v) => `(${v})`),
      names.length > 0 ? fc.constantFrom(...names) : fc.constant('1'),
      fc.constant('t'),
      fc.tuple(tie('expr'), fc.constantFrom('+', '-', '*', '/', '^'), tie('expr')).map(([a, op, b]) => `(${a} ${op} ${b})`),
      fc
        .tuple(fc.constantFrom('abs', 'sqrt', 'sum', 'max', 'mean', 'log', 'exp', 'floor', 'round', 'first', 'last'), tie('expr'))
        .map(([f, a]) => `${f}(${a})`),
      fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `min(${a}, ${b})`),
      fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([a, b, c]) => `(${a} > ${b} ? ${c} : ${a})`),
      fc.tuple(fc.integer({ min: 0, max: 6 }), tie('expr'), tie('expr')).map(([year, a, b]) => `sum(t > ${year} ? ${a} : ${b})`),
      fc.tuple(tie('expr'), fc.constantFrom('and', 'or'), tie('expr'), tie('expr')).map(([a, op, b, c]) => `(${a} > 0 ${op} ${b} < ${c})`),
      fc.tuple(tie('expr'), fc.constantFrom('1 / 0', 'sqrt(-1)', '1 / (t - 2)')).map(([a, bad]) => `(${a} > 0 ? ${a} : ${bad})`),
      fc.tuple(tie('expr'), fc.constantFrom('2016/17', '2017/18', '2019/20')).map(([a, year]) => `at(${a}, "${year}")`),
    ),
  })).expr;

/**
 * A model of inputs (always including horizon_years) and formulas that may refer to any cell, cycles included, and
 * to a name that is not a cell.
 */
export const randomModel = fc
  .uniqueArray(cellName, { minLength: 2, maxLength: 12 })
  .chain((names) => {
    const inputCount = Math.max(1, Math.floor(names.length / 2));
    const inputs = names.slice(0, inputCount);
    const formulas = names.slice(inputCount);
    const all = [...names, 'horizon_years', 'not_a_cell'];
    return fc.record({
      inputs: fc.tuple(...inputs.map((name) => fc.record({ name: fc.constant(name), value: finite, unit }))),
      horizon: fc.integer({ min: 1, max: 8 }),
      formulas: fc.tuple(...formulas.map((name) => fc.record({ name: fc.constant(name), formula: formulaOver(all), unit }))),
    });
  })
  .map(({ inputs, horizon, formulas }): Cell[] => [
    ...inputs.map((input) => ({ kind: 'input' as const, ...input })),
    { kind: 'input', name: 'horizon_years', value: horizon, unit: 'years' },
    ...formulas.map((formula) => ({ kind: 'formula' as const, ...formula })),
  ]);

export const description = fc.option(fc.string({ maxLength: 40 }), { nil: undefined });
export { finite, unit };
