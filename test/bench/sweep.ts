import { buildModel, compileSweep, evaluate, setInput, type Value } from '../../src/engine/index.js';
import { BASELINE_INPUTS, baselineCells, handWrittenBaseline } from './baseline.js';

/** Evaluations per timed call: one call is a small sweep. */
export const SWEEP_RUNS = 1000;

/** The input values of run `i`: growth from -5% to +10%, marginal share 0–100%, horizon 1–30 years. */
export function sweepPoint(i: number): [number, number, number, number, number] {
  return [8.7 + (i % 7) * 0.1, 0.076, (i % 101) / 100, -0.05 + (i % 151) / 1000, 1 + (i % 30)];
}

/** Three ways to evaluate the baseline for many input values; each returns a checksum so no work can be skipped. */
export function sweepWorkloads() {
  const model = buildModel(baselineCells(), '2015/16');
  const sweep = compileSweep(model, BASELINE_INPUTS);
  const cumulative = model.cells.positionOf('cumulative_extra_to_private')!;
  const baseEvaluation = evaluate(model);
  return {
    model,
    compiled(): number {
      let checksum = 0;
      for (let i = 0; i < SWEEP_RUNS; i++) {
        const values = sweep.run(sweepPoint(i));
        if (!values) throw new Error(`sweep ${i} failed`);
        checksum += values[cumulative] as number;
      }
      return checksum;
    },
    handWritten(): number {
      let checksum = 0;
      for (let i = 0; i < SWEEP_RUNS; i++) checksum += handWrittenBaseline(...sweepPoint(i)).cumulativeExtraToPrivate;
      return checksum;
    },
    /** Each run sets every input with setInput, as the terminal UI does for one edit. */
    setInputs(): number {
      let checksum = 0;
      for (let i = 0; i < SWEEP_RUNS; i++) {
        const point = sweepPoint(i);
        let current = { model, evaluation: baseEvaluation };
        BASELINE_INPUTS.forEach((name, index) => {
          current = setInput(current.model, current.evaluation, name, point[index]!);
        });
        const result = current.evaluation.results.get('cumulative_extra_to_private');
        if (!result?.ok) throw new Error(`run ${i} failed`);
        checksum += result.value as number;
      }
      return checksum;
    },
    valuesAt(i: number): readonly Value[] | undefined {
      return sweep.run(sweepPoint(i));
    },
  };
}
