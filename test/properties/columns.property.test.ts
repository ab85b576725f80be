import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFormula } from '../../src/engine/formula.js';
import { buildModel, type Cell, compileColumns, evaluate, isOwnError, type Measure, setInput } from '../../src/engine/index.js';
import { finite, formulaOver, randomModel } from './arbitraries.js';

/** Input values that make formulas fail in some samples: zeros, equal values, values the engine refuses. */
const drawn = fc.oneof(
  { weight: 4, arbitrary: finite },
  { weight: 3, arbitrary: fc.constantFrom(0, 1, 2, -1, 0.5, 3) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY) },
);

const MEASURE_NAME = 'zz_measure_';

describe('column-wise evaluation properties', () => {
  it('gives every cell and measure the scalar engine’s value in every sample, NaN where it fails, and counts the failures it has', () => {
    fc.assert(
      fc.property(
        randomModel.chain((cells) => {
          const names = cells.map((cell) => cell.name);
          const inputs = cells.filter((cell) => cell.kind === 'input' && cell.name !== 'horizon_years').map((cell) => cell.name);
          return fc.tuple(
            fc.constant(cells),
            fc.subarray(inputs, { minLength: 1 }),
            fc.array(formulaOver(names), { maxLength: 3 }),
            fc.integer({ min: 1, max: 6 }),
          );
        }),
        fc.array(drawn, { minLength: 18, maxLength: 18 }),
        ([cells, inputs, measureTexts, samples], pool) => {
          const model = buildModel(cells, '2015/16');
          const parsed = measureTexts.flatMap((text): Measure[] => {
            try {
              return [{ text, formula: parseFormula(text), unit: 'number' }];
            } catch {
              return [];
            }
          });
          // The scalar engine, one sample at a time; each measure is computed as a cell of its own that nothing reads
          // (a cell has a limit on work that a measure does not: measures over it are left out).
          const referenceOf = (measures: readonly Measure[]) =>
            buildModel(
              [...cells, ...measures.map((measure, i): Cell => ({ kind: 'formula', name: `${MEASURE_NAME}${i}`, formula: measure.text, unit: 'number' }))],
              '2015/16',
            );
          const measures = parsed.filter((_, i) => referenceOf(parsed).cells.get(`${MEASURE_NAME}${i}`)?.staticCause !== 'too-much-work');
          const withMeasures = referenceOf(measures);
          const draws = inputs.map((_, i) => Float64Array.from({ length: samples }, (_, s) => pool[(i * samples + s) % pool.length]!));
          const run = compileColumns(model, inputs, measures).run(draws);

          const perSample = Array.from({ length: samples }, (_, s) => {
            let state = { model: withMeasures, evaluation: evaluate(withMeasures) };
            inputs.forEach((name, i) => {
              state = setInput(state.model, state.evaluation, name, draws[i]![s]!);
            });
            return state.evaluation.results.items;
          });
          const horizon = cells.find((cell) => cell.name === 'horizon_years') as { value: number };
          const expectedColumns = (position: number, series: boolean) =>
            Array.from({ length: series ? horizon.value : 1 }, (_, year) =>
              Float64Array.from(perSample, (results) => {
                const result = results[position]!;
                if (!result.ok) return Number.NaN;
                return typeof result.value === 'number' ? result.value : result.value[year]!;
              }),
            );
          model.cells.items.forEach((compiled, position) => {
            expect(run.cells[position], compiled.cell.name).toEqual(expectedColumns(position, compiled.series));
          });
          measures.forEach((_, i) => {
            const position = withMeasures.cells.positionOf(`${MEASURE_NAME}${i}`)!;
            expect(run.measures[i], measures[i]!.text).toEqual(expectedColumns(position, withMeasures.cells.items[position]!.series));
          });

          const failures = withMeasures.cells.items.flatMap((compiled, position) => {
            const isMeasure = position >= model.cells.size;
            const failing = perSample.flatMap((results) => {
              const result = results[position]!;
              return !result.ok && (isMeasure || isOwnError(result)) ? [result.error] : [];
            });
            const name = isMeasure ? measures[position - model.cells.size]!.text : compiled.cell.name;
            return failing.length === 0 ? [] : [{ name, count: failing.length, message: failing[0]! }];
          });
          expect(run.failures).toEqual(failures);
        },
      ),
      { numRuns: 400 },
    );
  });
});
