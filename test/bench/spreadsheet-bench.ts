import { buildModel, evaluate } from '../../src/engine/index.js';
import { agreesWithin } from './agree.js';
import { timePair } from './measure.js';
import { chain, grid, type Sheet } from './models.js';
import { type Result, result } from './report.js';
import { loadHyperFormula, loadOurs } from './spreadsheet.js';

export const SHEETS = (): Sheet[] => [chain(1000), grid(32), chain(10_000), grid(100)];

/** The probe in both engines after setting the input to `value`, and whether they agree. */
export function probeBoth(sheet: Sheet, value: number): { ours: number; hyperFormula: number; agrees: boolean } {
  const ours = loadOurs(sheet);
  const hf = loadHyperFormula(sheet);
  ours.set(value);
  hf.set(value);
  const probes = { ours: ours.probe(), hyperFormula: hf.probe() };
  hf.destroy();
  return { ...probes, agrees: agreesWithin(probes.ours, probes.hyperFormula) };
}

/** One input edit on a loaded sheet, then reading a cell that depends on it; ours against HyperFormula. */
export function recalc(sheet: Sheet, quick: boolean): Result {
  const ours = loadOurs(sheet);
  const hf = loadHyperFormula(sheet);
  let a = 1;
  let b = 1;
  let sink = 0;
  const big = sheet.cells.length > 5000;
  const timing = timePair(
    () => {
      ours.set(++a);
      sink += ours.probe();
    },
    () => {
      hf.set(++b);
      sink += hf.probe();
    },
    { rounds: quick ? 21 : big ? 61 : 201, batch: big ? 1 : 5, warmup: 5 },
  );
  ours.set(2.5);
  hf.set(2.5);
  const agrees = agreesWithin(ours.probe(), hf.probe()) && Number.isFinite(sink);
  hf.destroy();
  return result(`recalc after one edit, ${sheet.name}`, timing.ours.ms, 'HyperFormula', timing.reference.ms, timing.ours.samples, 0.5, agrees);
}

/** Building and evaluating the whole sheet from its cells; ours against HyperFormula.buildFromArray. */
export function build(sheet: Sheet, quick: boolean): Result {
  const big = sheet.cells.length > 5000;
  const timing = timePair(
    () => void evaluate(buildModel(sheet.cells, '2015/16')),
    () => loadHyperFormula(sheet).destroy(),
    { rounds: quick ? 7 : big ? 21 : 61, warmup: 3 },
  );
  return result(`build and evaluate, ${sheet.name}`, timing.ours.ms, 'HyperFormula', timing.reference.ms, timing.ours.samples, 1);
}
