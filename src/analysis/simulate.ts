import { compileColumns } from '../engine/columns.js';
import { isTrueOrFalse } from '../engine/condition.js';
import { dependentsOf, formatNumber, HORIZON_CELL, type Measure, type Sheet, type Unit } from '../engine/index.js';
import { draws, type Uncertainty, uncertaintyProblem } from './distributions.js';
import { percentilesOf } from './order-statistics.js';
import { randomStreams } from './random.js';
import type { SimulationSettings } from './simulation-settings.js';
import { checkTarget } from './target.js';
import { rangedInputs } from './tornado.js';

/** What a simulation shows: a cell, per year when it has a value per year, or a formula giving one number. */
export type Shown = { readonly kind: 'cell'; readonly name: string; readonly unit: Unit } | { readonly kind: 'measure'; readonly measure: Measure };

export interface SimulationRequest extends SimulationSettings {
  readonly show: readonly Shown[];
  /** Conditions (true or false formulas) whose probability is wanted. */
  readonly conditions: readonly Measure[];
  /** Called after each batch of samples, for a progress line. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Over the samples in which the output could be computed: `succeeded` of them. */
export interface Summary {
  readonly mean: number;
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
  readonly succeeded: number;
}

export interface SimulatedOutput {
  /** The cell's name or the formula, as given. */
  readonly text: string;
  readonly unit: Unit;
  /** One summary per projected year for a cell with a value per year (`perYear`), else one. */
  readonly perYear: boolean;
  readonly summaries: readonly Summary[];
}

export interface SimulatedProbability {
  readonly text: string;
  /** The share of the samples that succeeded in which the condition holds. */
  readonly probability: number;
  /** The Monte Carlo standard error, sqrt(p (1 − p) / n). */
  readonly standardError: number;
  readonly succeeded: number;
}

/** A cell or formula that failed in some samples, with the first reason. */
export interface SimulationFailure {
  readonly name: string;
  readonly count: number;
  readonly message: string;
}

export interface SimulatedInput extends Uncertainty {
  readonly name: string;
  readonly unit: Unit;
}

export interface Simulation {
  readonly samples: number;
  readonly seed: number;
  /** The inputs drawn, in the scenario's order: input k draws from stream k of the seed. */
  readonly inputs: readonly SimulatedInput[];
  readonly years: readonly string[];
  readonly outputs: readonly SimulatedOutput[];
  readonly probabilities: readonly SimulatedProbability[];
  readonly failures: readonly SimulationFailure[];
}

/** At most this many numbers are kept for the percentiles: samples × numbers shown per sample. */
const MAX_KEPT_NUMBERS = 50_000_000;
/** The samples are computed in batches of about this many numbers of the model, so memory stays bounded. */
const BATCH_NUMBERS = 4_000_000;

/** What `--show` names: a cell (a per-year one summarised per year) or a formula that gives one number. */
export function checkShown(sheet: Sheet, text: string): { readonly ok: true; readonly shown: Shown } | { readonly ok: false; readonly problem: string } {
  const cell = sheet.model.cells.get(text.trim())?.cell;
  if (cell) return { ok: true, shown: { kind: 'cell', name: cell.name, unit: cell.unit } };
  const checked = checkTarget(sheet, text, '--show');
  return checked.ok ? { ok: true, shown: { kind: 'measure', measure: checked.measure } } : { ok: false, problem: checked.problem };
}

/** A `--prob` condition: a formula giving true or false, or why it is not one. */
export function checkCondition(
  sheet: Sheet,
  text: string,
): { readonly ok: true; readonly measure: Measure } | { readonly ok: false; readonly problem: string } {
  const checked = checkTarget(sheet, text, '--prob');
  if (!checked.ok) return checked;
  if (isTrueOrFalse(checked.measure.formula.tree)) return checked;
  return {
    ok: false,
    problem: `--prob ${text.trim()}: a probability is of a condition, true or false, such as "last(private_share) > 10%" (a comparison, or comparisons joined by and, or, not); this gives a number`,
  };
}

/** The cells a simulation shows when not told: the formulas no other cell reads, the model's results. */
export function defaultShown(sheet: Sheet): Shown[] {
  return [...sheet.model.cells.values()].flatMap(({ cell }) =>
    cell.kind === 'formula' && dependentsOf(sheet.model, cell.name).length === 0 ? [{ kind: 'cell' as const, name: cell.name, unit: cell.unit }] : [],
  );
}

/** Why the scenario cannot be simulated as it is, or undefined. */
export function simulationProblem(sheet: Sheet): string | undefined {
  const ranged = rangedInputs(sheet);
  if (ranged.length === 0) return 'no input has a low and a high to draw from: give some inputs low: and high: (see the README)';
  if (ranged.some((cell) => cell.name === HORIZON_CELL)) {
    return `${HORIZON_CELL} has a low and a high, but a simulation keeps the horizon fixed (every sample projects the same years); vary it with tornado or table instead, or remove its low and high`;
  }
  for (const cell of ranged) {
    const problem = uncertaintyProblem(uncertaintyOf(cell), (n) => formatNumber(n, cell.unit));
    if (problem) return `${cell.name}: ${problem}`;
  }
  return undefined;
}

const uncertaintyOf = (cell: { low?: number; value: number; high?: number; distribution?: Uncertainty['distribution'] }): Uncertainty => ({
  low: cell.low!,
  value: cell.value,
  high: cell.high!,
  distribution: cell.distribution ?? 'triangular',
});

/** Why keeping what `show` and `conditions` give for each of `samples` samples is more than a simulation keeps, or undefined. */
export function keptNumbersProblem(sheet: Sheet, show: readonly Shown[], conditions: readonly Measure[], samples: number): string | undefined {
  const perSample = keptPerSample(sheet, show, conditions);
  return perSample * samples > MAX_KEPT_NUMBERS ? tooManyNumbers(perSample, samples) : undefined;
}

/** Numbers per sample that the shown outputs and conditions keep. */
function keptPerSample(sheet: Sheet, show: readonly Shown[], conditions: readonly Measure[]): number {
  const years = sheet.evaluation.years.length;
  const perShown = show.map((shown) => (shown.kind === 'cell' && sheet.model.cells.get(shown.name)!.series ? years : 1));
  return perShown.reduce((sum, count) => sum + count, 0) + conditions.length;
}

/**
 * Draws every input that has a low and a high from its own stream (stream k of `seed` for the k-th such input in the
 * scenario's order, so more samples extend the same draws), computes the model column by column over all samples,
 * and summarises each output (mean, 5th, 50th and 95th percentiles, R-7) and each condition's probability over the
 * samples in which it could be computed. Throws when simulationProblem has a problem or too many numbers would be kept.
 */
export function simulate(sheet: Sheet, request: SimulationRequest): Simulation {
  const problem = simulationProblem(sheet);
  if (problem) throw new Error(problem);
  const { samples, seed, show, conditions } = request;
  const ranged = rangedInputs(sheet);
  const streams = randomStreams(seed, ranged.length);
  const drawn = ranged.map((cell, k) => draws(uncertaintyOf(cell), streams[k]!, samples));

  const measures = [...show.flatMap((shown) => (shown.kind === 'measure' ? [shown.measure] : [])), ...conditions];
  const compiled = compileColumns(
    sheet.model,
    ranged.map((cell) => cell.name),
    measures,
  );
  const years = sheet.evaluation.years;
  const cellSeries = (name: string) => sheet.model.cells.get(name)!.series;
  const tooMany = keptNumbersProblem(sheet, show, conditions, samples);
  if (tooMany) throw new Error(tooMany);

  // One full-length column per number kept: each shown cell per year, each formula, each condition.
  const kept = [
    ...show.map((shown) => (shown.kind === 'cell' && cellSeries(shown.name) ? years : [undefined]).map(() => new Float64Array(samples))),
    ...conditions.map(() => [new Float64Array(samples)]),
  ];

  const modelNumbers = [...sheet.model.cells.values()].reduce((sum, compiled) => sum + (compiled.series ? years.length : 1), 0) + measures.length;
  const batch = Math.max(1, Math.floor(BATCH_NUMBERS / Math.max(1, modelNumbers)));
  const failures = new Map<string, { count: number; message: string }>();
  for (let from = 0; from < samples; from += batch) {
    const to = Math.min(samples, from + batch);
    const run = compiled.run(drawn.map((column) => column.subarray(from, to)));
    let measure = 0;
    show.forEach((shown, i) => {
      const columns = shown.kind === 'cell' ? run.cells[sheet.model.cells.positionOf(shown.name)!]! : run.measures[measure++]!;
      columns.forEach((column, year) => {
        kept[i]![year]!.set(column, from);
      });
    });
    conditions.forEach((_, c) => {
      kept[show.length + c]![0]!.set(run.measures[measure + c]![0]!, from);
    });
    for (const failure of run.failures) {
      const known = failures.get(failure.name);
      if (known) known.count += failure.count;
      else if (failure.count > 0) failures.set(failure.name, { count: failure.count, message: failure.message });
    }
    request.onProgress?.(to, samples);
  }

  return {
    samples,
    seed,
    inputs: ranged.map((cell) => ({ name: cell.name, unit: cell.unit, ...uncertaintyOf(cell) })),
    years,
    outputs: show.map((shown, i) => ({
      text: shown.kind === 'cell' ? shown.name : shown.measure.text,
      unit: shown.kind === 'cell' ? shown.unit : shown.measure.unit,
      perYear: shown.kind === 'cell' && cellSeries(shown.name),
      summaries: kept[i]!.map(summarise),
    })),
    probabilities: conditions.map((condition, c) => probabilityOf(condition.text, kept[show.length + c]![0]!)),
    failures: [...failures].map(([name, { count, message }]) => ({ name, count, message })),
  };
}

/** Why a simulation would keep too many numbers, and what to do. */
function tooManyNumbers(perSample: number, samples: number): string {
  const count = (n: number) => n.toLocaleString('en-GB');
  return `showing ${count(perSample)} numbers per sample over ${count(samples)} samples keeps ${count(perSample * samples)} numbers, more than the ${count(MAX_KEPT_NUMBERS)} a simulation keeps; show fewer cells (--show) or draw fewer samples (--samples)`;
}

/** The samples that succeeded (not NaN), in a new array. */
function succeeded(column: Float64Array): Float64Array {
  let n = 0;
  const values = new Float64Array(column.length);
  for (const value of column) if (!Number.isNaN(value)) values[n++] = value;
  return values.subarray(0, n);
}

function summarise(column: Float64Array): Summary {
  const values = succeeded(column);
  let sum = 0;
  for (const value of values) sum += value;
  const mean = values.length === 0 ? Number.NaN : sum / values.length;
  // Selection, not a sort: the percentiles are the same, found in linear time.
  const [p5, p50, p95] = percentilesOf(values, [0.05, 0.5, 0.95]) as [number, number, number];
  return { mean, p5, p50, p95, succeeded: values.length };
}

function probabilityOf(text: string, column: Float64Array): SimulatedProbability {
  let succeeded = 0;
  let holds = 0;
  for (const value of column) {
    if (Number.isNaN(value)) continue;
    succeeded++;
    if (value !== 0) holds++;
  }
  const p = succeeded === 0 ? Number.NaN : holds / succeeded;
  return { text, probability: p, standardError: Math.sqrt((p * (1 - p)) / succeeded), succeeded };
}
