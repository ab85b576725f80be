import { execFileSync } from 'node:child_process';
import { agreesWithin } from './agree.js';
import { ROOT } from './bundle.js';
import { interleave, timed, timePair } from './measure.js';
import { chain, grid, type Sheet } from './models.js';
import { type Result, result } from './report.js';
import { buildHyperFormula, buildOurs, hyperFormulaProbeOf, loadHyperFormula, loadOurs, probeOf } from './spreadsheet.js';

/** The benchmark's sheets, each as a function of its variant (see variantText): variant 0, or new text for each round. */
export const SHEETS: readonly ((variant?: number) => Sheet)[] = [(v) => chain(1000, v), (v) => grid(32, v), (v) => chain(10_000, v), (v) => grid(100, v)];

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

/**
 * Building and evaluating a whole sheet from new formula text, ours against HyperFormula.buildFromArray:
 * every round makes a new variant of the sheet (untimed), which both build; nothing either engine parsed
 * or compiled in an earlier round can be reused. Only the build is timed (HyperFormula's destroy is not),
 * and each round's probe is compared between the two.
 */
export function build(sheetOf: (variant: number) => Sheet, quick: boolean): Result {
  const first = sheetOf(1);
  const big = first.cells.length > 5000;
  const probes = { ours: [] as number[], hyperFormula: [] as number[] };
  const [ours, hyperFormula] = interleave<{ sheet: Sheet; round: number }>(
    [
      ({ sheet, round }) => {
        const { value, ms } = timed(() => buildOurs(sheet));
        probes.ours[round] = probeOf(sheet, value.evaluation);
        return ms;
      },
      ({ sheet, round }) => {
        const { value: hf, ms } = timed(() => buildHyperFormula(sheet));
        probes.hyperFormula[round] = hyperFormulaProbeOf(sheet, hf);
        hf.destroy();
        return ms;
      },
    ],
    (round) => ({ sheet: round === 0 ? first : sheetOf(round + 1), round }),
    { rounds: quick ? 7 : big ? 21 : 61, warmup: 3 },
  );
  const agrees = probes.ours.length > 0 && probes.ours.every((value, round) => agreesWithin(value, probes.hyperFormula[round] ?? Number.NaN));
  return result(`build and evaluate from new text, ${first.name}`, ours!.ms, 'HyperFormula buildFromArray', hyperFormula!.ms, ours!.samples, 1, agrees);
}

/** One build in a new process (see build-in-new-process.ts): its milliseconds and the probe's value. */
function buildInNewProcess(engine: 'ours' | 'hyperformula', sheetIndex: number, variant: number): { ms: number; probe: number } {
  const output = execFileSync(process.execPath, ['--import', 'tsx', 'test/bench/build-in-new-process.ts', engine, String(sheetIndex), String(variant)], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return JSON.parse(output) as { ms: number; probe: number };
}

/**
 * For information: the same build once in a new process for each sample, ours and HyperFormula's in turn.
 * Nothing can be cached there, not even the JIT's work, so it checks that the in-process figure is not
 * flattered by anything kept between rounds (it should be lower, by the JIT's warm-up only).
 */
export function buildNewProcess(sheetIndex: number, quick: boolean): Result {
  const first = SHEETS[sheetIndex]!(1);
  const probes = { ours: [] as number[], hyperFormula: [] as number[] };
  const [ours, hyperFormula] = interleave<number>(
    [
      (variant) => {
        const { ms, probe } = buildInNewProcess('ours', sheetIndex, variant);
        probes.ours.push(probe);
        return ms;
      },
      (variant) => {
        const { ms, probe } = buildInNewProcess('hyperformula', sheetIndex, variant);
        probes.hyperFormula.push(probe);
        return ms;
      },
    ],
    (round) => round + 1,
    { rounds: quick ? 3 : 7, warmup: 0 },
  );
  const agrees = probes.ours.every((value, i) => agreesWithin(value, probes.hyperFormula[i] ?? Number.NaN));
  return result(
    `build and evaluate in a new process, ${first.name}`,
    ours!.ms,
    'HyperFormula buildFromArray',
    hyperFormula!.ms,
    ours!.samples,
    undefined,
    agrees,
  );
}
