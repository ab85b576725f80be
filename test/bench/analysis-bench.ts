import { dataTable } from '../../src/analysis/data-table.js';
import { solve } from '../../src/analysis/solve.js';
import { buildModel, compileMeasures, evaluate, measureOf, type Sheet, setInput } from '../../src/engine/index.js';
import { agreesWithin } from './agree.js';
import { baselineCells, handWrittenBaseline } from './baseline.js';
import { timePair } from './measure.js';
import { type Result, result } from './report.js';

/** The baseline with the marginal share searchable from 0% to 100%, as the shipped file has it. */
function baselineSheet(): Sheet {
  const cells = baselineCells().map((cell) => (cell.name === 'marginal_private_share' && cell.kind === 'input' ? { ...cell, min: 0, max: 1 } : cell));
  const model = buildModel(cells, '2015/16');
  return { model, evaluation: evaluate(model) };
}

/** Bisection on the same compiled target, to the same 1e-12 relative: the plainest bracketed method. */
export function bisection(f: (x: number) => number, low: number, high: number): { x: number; evaluations: number } {
  let [a, b] = [low, high];
  let fa = f(a);
  let evaluations = 2;
  f(b);
  while (Math.abs(b - a) > 1e-12 * Math.max(Math.abs(a), Math.abs(b))) {
    const middle = (a + b) / 2;
    const value = f(middle);
    evaluations++;
    if (Math.sign(value) === Math.sign(fa)) [a, fa] = [middle, value];
    else b = middle;
  }
  return { x: (a + b) / 2, evaluations };
}

/** Goal seek on the researcher's question against bisection; a data table's points against the engine per point and by hand. */
export function analyses(quick: boolean): Result[] {
  const sheet = baselineSheet();
  const target = measureOf(sheet, 'last(private_share)');
  const request = { sheet, input: 'marginal_private_share', target, wanted: 0.1 };
  // Like solve, the reference compiles the target each time, then searches.
  const bisect = () => {
    const sweep = compileMeasures(sheet.model, ['marginal_private_share'], [target]);
    return bisection((x) => sweep.run([x])[0]! - 0.1, 0, 1);
  };
  const solved = solve(request);
  const bisected = bisect();
  const solvedValue = solved.kind === 'solved' ? solved.value : Number.NaN;
  const seekTiming = timePair(
    () => solve(request),
    () => bisect(),
    { rounds: quick ? 11 : 41, batch: 20, warmup: 5 },
  );

  // 10 growth rates × 20 marginal shares, two outputs each.
  const growths = Array.from({ length: 10 }, (_, i) => -0.02 + i * 0.005);
  const shares = Array.from({ length: 20 }, (_, i) => i / 19);
  const outputs = [target, measureOf(sheet, 'cumulative_extra_to_private')];
  const levers = [
    { input: 'budget_growth', levels: growths },
    { input: 'marginal_private_share', levels: shares },
  ];
  const points = growths.length * shares.length;
  let sink = 0;
  const table = () => {
    for (const point of dataTable({ sheet, levers, outputs }).points) sink += point.values[1]!;
  };
  const handWritten = () => {
    for (const growth of growths) for (const share of shares) sink += handWrittenBaseline(8.7, 0.076, share, growth, 5).cumulativeExtraToPrivate;
  };
  const perPoint = () => {
    for (const growth of growths) {
      for (const share of shares) {
        let changed = setInput(sheet.model, sheet.evaluation, 'budget_growth', growth);
        changed = setInput(changed.model, changed.evaluation, 'marginal_private_share', share);
        const value = changed.evaluation.results.get('cumulative_extra_to_private');
        sink += value?.ok ? (value.value as number) : 0;
      }
    }
  };
  const rounds = quick ? 11 : 31;
  const versusEngine = timePair(table, perPoint, { rounds, warmup: 3 });
  const versusHand = timePair(table, handWritten, { rounds, warmup: 3 });
  const tableAgrees = dataTable({ sheet, levers, outputs }).points.every((point) =>
    agreesWithin(point.values[1]!, handWrittenBaseline(8.7, 0.076, point.levels[1]!, point.levels[0]!, 5).cumulativeExtraToPrivate, 1e-12),
  );
  const perPointMs = (ms: number) => ms / points;
  return [
    result(
      `goal seek, last(private_share) = 10% (${solved.evaluations} evaluations; bisection ${bisected.evaluations})`,
      seekTiming.ours.ms,
      'bisection, same target',
      seekTiming.reference.ms,
      rounds,
      undefined,
      agreesWithin(solvedValue, bisected.x, 1e-11) && Number.isFinite(sink),
    ),
    result(
      'data table, per point (2 outputs)',
      perPointMs(versusEngine.ours.ms),
      'setInput per point',
      perPointMs(versusEngine.reference.ms),
      rounds,
      1,
      tableAgrees,
    ),
    result(
      'data table, per point (2 outputs)',
      perPointMs(versusHand.ours.ms),
      'hand-written TS',
      perPointMs(versusHand.reference.ms),
      rounds,
      undefined,
      tableAgrees,
    ),
  ];
}
