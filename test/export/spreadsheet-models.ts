import fc from 'fast-check';
import { type Cell, isSeries, sheetOf } from '../../src/engine/index.js';

/** Numbers a formula writes: exact in binary, so no rounding error starts at the literals. */
const literal = fc.constantFrom('0.5', '2', '3', '1.5', '0.25', '10', '4', '0.75');

/**
 * A formula of the engine's language over earlier cells, restricted to what a spreadsheet computes the same way:
 * every operator and function, the year, conditionals, and/or, aggregates and picks, with divisions, powers, logs
 * and exponentials kept to finite values (a spreadsheet fails at once on a value out of range inside a formula,
 * where the engine may carry it on).
 */
const formulaOver = (names: readonly string[]): fc.Arbitrary<string> =>
  fc.letrec<{ expr: string }>((tie) => {
    const e = () => tie('expr');
    return {
      expr: fc.oneof(
        { depthSize: 'small', maxDepth: 4, withCrossShrink: true },
        literal,
        names.length > 0 ? fc.constantFrom(...names) : literal,
        fc.constant('t'),
        fc.tuple(e(), fc.constantFrom('+', '-', '*'), e()).map(([a, op, b]) => `(${a} ${op} ${b})`),
        fc.tuple(e(), e()).map(([a, b]) => `(${a} / (1 + abs(${b})))`),
        fc.tuple(e(), fc.constantFrom('2', '3', '0.5')).map(([a, n]) => `(abs(${a}) ^ ${n})`),
        fc.tuple(e(), e()).map(([a, b]) => `(${a} mod ${b})`),
        fc.tuple(fc.constantFrom('abs', 'sign', 'floor', 'ceil', 'round', '-'), e()).map(([f, a]) => `${f}(${a})`),
        fc.tuple(fc.constantFrom('sqrt', 'log', 'log10'), e()).map(([f, a]) => `${f}(1 + abs(${a}))`),
        e().map((a) => `exp(${a} / (1 + abs(${a})))`),
        fc.tuple(fc.constantFrom('round', 'floor', 'ceil'), e(), fc.integer({ min: 0, max: 3 })).map(([f, a, n]) => `${f}(${a}, ${n})`),
        fc.tuple(fc.constantFrom('min', 'max', 'sum', 'mean', 'median', 'prod'), e(), e()).map(([f, a, b]) => `${f}(${a}, ${b})`),
        fc.tuple(fc.constantFrom('sum', 'mean', 'median', 'min', 'max'), e()).map(([f, a]) => `${f}(${a})`),
        e().map((a) => `prod(${a} / (1 + abs(${a})))`),
        fc.tuple(fc.constantFrom('first', 'last'), e()).map(([f, a]) => `${f}(${a})`),
        e().map((a) => `at(${a}, "2017/18")`),
        fc.tuple(e(), fc.constantFrom('<', '>', '<=', '>=', '==', '!='), e(), e(), e()).map(([a, op, b, c, d]) => `(${a} ${op} ${b} ? ${c} : ${d})`),
        fc.tuple(e(), fc.constantFrom('<', '>', '==', '!='), e()).map(([a, op, b]) => `(${a} ${op} ${b})`),
        fc.tuple(e(), fc.constantFrom('and', 'or'), e(), e()).map(([a, op, b, c]) => `(${a} > 1 ${op} ${b} < ${c})`),
        e().map((a) => `(not (${a} > 2))`),
        fc.tuple(fc.integer({ min: 0, max: 4 }), e(), e()).map(([year, a, b]) => `(t > ${year} ? ${a} : ${b})`),
      ),
    };
  }).expr;

/** A scenario of four inputs and five formulas, each reading the cells before it, over three to six years. */
const spreadsheetModel: fc.Arbitrary<Cell[]> = fc
  .record({
    values: fc.array(fc.double({ min: 0.5, max: 3, noNaN: true }), { minLength: 4, maxLength: 4 }),
    horizon: fc.integer({ min: 3, max: 6 }),
  })
  .chain(({ values, horizon }) => {
    const inputs: Cell[] = [
      ...values.map((value, i): Cell => ({ kind: 'input', name: `in_${i}`, value, unit: 'number' })),
      { kind: 'input', name: 'horizon_years', value: horizon, unit: 'years' },
    ];
    const names = values.map((_, i) => `in_${i}`);
    const formulas = Array.from({ length: 5 }, (_, i) => formulaOver([...names, ...Array.from({ length: i }, (_, j) => `cell_${j}`)]));
    return fc
      .tuple(...formulas)
      .map((texts) => [...inputs, ...texts.map((formula, i): Cell => ({ kind: 'formula', name: `cell_${i}`, formula, unit: 'number' }))]);
  });

/** Every cell computes, to a size no overflow is near. */
function computesEverywhere(cells: readonly Cell[]): boolean {
  const { evaluation } = sheetOf(cells, '2015/16');
  return [...evaluation.results.values()].every(
    (result) => result.ok && (isSeries(result.value) ? result.value : [result.value]).every((value) => Math.abs(value) < 1e9),
  );
}

/** `count` such models, the same ones for the same seed. */
export const spreadsheetModels = (count: number, seed: number): Cell[][] => fc.sample(spreadsheetModel.filter(computesEverywhere), { numRuns: count, seed });
