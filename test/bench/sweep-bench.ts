import { agreesWithin } from './agree.js';
import { timeOne, timePair } from './measure.js';
import { type Result, result } from './report.js';
import { SWEEP_RUNS, sweepWorkloads } from './sweep.js';

/** The baseline evaluated SWEEP_RUNS times: compiled sweep against the hand-written function, and setInput for information. */
export function sweeps(quick: boolean): Result[] {
  const work = sweepWorkloads();
  let sink = 0;
  const rounds = quick ? 11 : 51;
  const timing = timePair(
    () => (sink += work.compiled()),
    () => (sink += work.handWritten()),
    { rounds, warmup: 5 },
  );
  const setInputs = timeOne(() => (sink += work.setInputs()), { rounds: quick ? 5 : 15, warmup: 2 });
  const agrees = agreesWithin(work.compiled(), work.handWritten(), 1e-12) && Number.isFinite(sink);
  const label = `${SWEEP_RUNS} baseline evaluations`;
  return [
    result(`${label}, compileSweep`, timing.ours.ms, 'hand-written TS', timing.reference.ms, rounds, 5, agrees),
    result(`${label}, setInput ×5 inputs`, setInputs.ms, 'hand-written TS', timing.reference.ms, setInputs.samples),
  ];
}
