import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FORMULA_LENGTH, parseFormula, parseFormulaAlone } from '../../src/engine/formula.js';
import {
  buildModel,
  type Cell,
  checkMeasure,
  compileMeasures,
  compileSweep,
  evaluate,
  evaluateMeasure,
  type Measure,
  type Model,
  setInput,
  sheetOf,
} from '../../src/engine/index.js';
import { finite, formulaOver, randomModel } from './arbitraries.js';

const evaluateFully = (cells: readonly Cell[]) => evaluate(buildModel(cells, '2015/16'));

describe('engine properties', () => {
  it('incremental recalculation always equals full recalculation', () => {
    fc.assert(
      fc.property(randomModel, fc.array(fc.tuple(fc.nat(), finite), { minLength: 1, maxLength: 6 }), (cells, edits) => {
        const inputs = cells.filter((cell) => cell.kind === 'input' && cell.name !== 'horizon_years');
        let model = buildModel(cells, '2015/16');
        let evaluation = evaluate(model);
        for (const [pick, value] of edits) {
          const input = inputs[pick % inputs.length]!;
          ({ model, evaluation } = setInput(model, evaluation, input.name, value));
          const full = evaluateFully([...model.cells.values()].map((compiled) => compiled.cell));
          expect(Object.fromEntries(evaluation.results)).toEqual(Object.fromEntries(full.results));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('random formula text never throws out of the engine', () => {
    const cells = (formula: string): Cell[] => [
      { kind: 'input', name: 'budget_growth', value: 0.02, unit: 'percent' },
      { kind: 'input', name: 'horizon_years', value: 3, unit: 'years' },
      { kind: 'formula', name: 'cell_under_test', formula, unit: 'number' },
    ];
    const text = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), formulaOver(['budget_growth', 'horizon_years']));
    fc.assert(
      fc.property(text, (formula) => {
        const result = evaluateFully(cells(formula)).results.get('cell_under_test')!;
        if (result.ok) expect(typeof result.value === 'number' || Array.isArray(result.value)).toBe(true);
        else expect(result.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('compiled evaluation agrees with evaluating the tree node by node with mathjs functions', () => {
    const outcome = (run: () => unknown) => {
      try {
        const value = run();
        return typeof value === 'number' ? { value: Number.isNaN(value) ? 'NaN' : value } : { type: (value as object)?.constructor?.name ?? typeof value };
      } catch {
        return { threw: true };
      }
    };
    const names = ['alpha', 'beta', 'gamma'];
    fc.assert(
      fc.property(formulaOver(names), fc.tuple(finite, finite, fc.array(finite, { minLength: 1, maxLength: 4 })), (text, [alpha, beta, gamma]) => {
        const written = text.replace(/\bt\b/g, 'alpha');
        // Writing t as alpha lengthens the text, which can take it past the length a formula may have.
        fc.pre(written.length <= MAX_FORMULA_LENGTH);
        const formula = parseFormula(written);
        // at() is given the index of its year: inside the series or, for the last, past its end.
        const args = formula.reads.map((read) =>
          read.kind === 'label'
            ? (read.year - 2016) % 4
            : read.kind !== 'cell'
              ? undefined
              : read.name === 'alpha'
                ? alpha
                : read.name === 'beta'
                  ? beta
                  : read.whole
                    ? gamma
                    : gamma[0],
        );
        expect(outcome(() => formula.evaluate(args))).toEqual(outcome(() => formula.evaluateByTree(args)));
      }),
      { numRuns: 1000 },
    );
  });

  it('a compiled sweep gives the values of the engine, or nothing when any cell would be an error', () => {
    fc.assert(
      fc.property(randomModel, fc.array(finite, { minLength: 3, maxLength: 3 }), (cells, values) => {
        const model = buildModel(cells, '2015/16');
        const swept = cells
          .filter((cell) => cell.kind === 'input' && cell.name !== 'horizon_years')
          .slice(0, 3)
          .map((cell) => cell.name);
        let state = { model, evaluation: evaluate(model) };
        swept.forEach((name, i) => {
          state = setInput(state.model, state.evaluation, name, values[i]!);
        });
        const results = [...state.evaluation.results.values()];
        const output = compileSweep(model, swept).run(values.slice(0, swept.length));
        if (results.every((result) => result.ok)) expect(output).toEqual(results.map((result) => (result.ok ? result.value : undefined)));
        else expect(output).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('native code and the by-tree reference give the same results, errors and origins included, for whole models', () => {
    fc.assert(
      fc.property(randomModel, (cells) => {
        const model = buildModel(cells, '2015/16');
        expect(Object.fromEntries(evaluate(model, { byTree: true }).results)).toEqual(Object.fromEntries(evaluate(model).results));
      }),
      { numRuns: 300 },
    );
  });

  it('a compiled measure gives what evaluating the measure gives, failing only where the measure uses a failing value', () => {
    const measureText = (model: Model) => {
      const names = [...model.cells.keys()];
      return fc.oneof(
        formulaOver(names).map((text) => `sum(${text})`),
        formulaOver(names).map((text) => `last(${text})`),
        fc.tuple(formulaOver(names), formulaOver(names), formulaOver(names)).map(([a, b, c]) => `(first(${a}) > 0 ? mean(${b}) : at(${c}, "2017/18"))`),
      );
    };
    fc.assert(
      fc.property(
        randomModel.chain((cells) => {
          const model = buildModel(cells, '2015/16');
          return fc.tuple(
            fc.constant(cells),
            fc.array(measureText(model), { minLength: 1, maxLength: 3 }),
            fc.array(finite, { minLength: 2, maxLength: 2 }),
            fc.integer({ min: 1, max: 8 }),
          );
        }),
        ([cells, texts, values, horizon]) => {
          const sheet = sheetOf(cells, '2015/16');
          const measures = texts.flatMap((text): Measure[] => {
            const checked = checkMeasure(sheet, text);
            return checked.ok ? [checked.measure] : [];
          });
          const inputs = [
            ...cells
              .filter((cell) => cell.kind === 'input' && cell.name !== 'horizon_years')
              .slice(0, 2)
              .map((cell) => cell.name),
            'horizon_years',
          ];
          let point = sheet;
          inputs.forEach((name, i) => {
            point = setInput(point.model, point.evaluation, name, i === inputs.length - 1 ? horizon : values[i]!);
          });
          const expected = measures.map((measure) => {
            const result = evaluateMeasure(point, measure);
            return result.ok ? result.value : undefined;
          });
          expect(compileMeasures(sheet.model, inputs, measures).run([...values.slice(0, inputs.length - 1), horizon])).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a formula read through its shape means what it means read on its own', () => {
    const names = ['alpha', 'beta_2', 'gamma', 'Delta'];
    const text = fc.oneof(formulaOver(names), fc.string({ maxLength: 40 }), fc.stringMatching(/^[a-z0-9_ .+\-*/^()<>=!?:,%"'eE]{1,30}$/));
    const outcome = (parse: () => ReturnType<typeof parseFormula>) => {
      try {
        const { tree, reads, names: uses, parts } = parse();
        return { tree, reads, uses, parts };
      } catch (error) {
        return { error: (error as Error).message, index: (error as { index?: number }).index };
      }
    };
    fc.assert(
      fc.property(text, (formula) => {
        expect(outcome(() => parseFormula(formula))).toEqual(outcome(() => parseFormulaAlone(formula)));
      }),
      { numRuns: 2000 },
    );
  });
});
