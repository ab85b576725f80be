import { agreesWithin } from './agree.js';
import { COLUMN_HORIZON, COLUMN_SAMPLES, checksumOf, columnWorkloads } from './columns.js';
import { interleave } from './measure.js';
import { type Result, result } from './report.js';

/** A simulation's evaluation of the baseline: column-wise, against the hand-written Float64Array loop; sample by sample for information. */
export function columns(quick: boolean): Result[] {
  const work = columnWorkloads();
  let sink = 0;
  const timedRun = (run: () => ReturnType<typeof work.columnWise>) => () => {
    const start = performance.now();
    sink += checksumOf(run());
    return performance.now() - start;
  };
  const rounds = quick ? 5 : 21;
  const [columnWise, handWritten, sampleBySample] = interleave(
    [timedRun(work.columnWise), timedRun(work.handWritten), timedRun(work.sampleBySample)],
    () => undefined,
    { rounds, warmup: 2 },
  );
  const agrees = agreesWithin(checksumOf(work.columnWise()), checksumOf(work.handWritten()), 1e-12) && Number.isFinite(sink);
  const label = `${COLUMN_SAMPLES.toLocaleString('en-GB')} baseline samples over ${COLUMN_HORIZON} years`;
  const reference = 'hand-written Float64Array loop';
  return [
    result(`${label}, compileColumns`, columnWise!.ms, reference, handWritten!.ms, rounds, 1.5, agrees),
    result(`${label}, compileSweep per sample`, sampleBySample!.ms, reference, handWritten!.ms, rounds),
  ];
}
