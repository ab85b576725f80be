import { type CellFailure, isOwnError, runtimeFailure, staticFailure } from './cell-error.js';
import { computeFormula, LABEL_READ, MISSING_READ, YEAR_READ } from './compute-formula.js';
import { type ColumnKernel, type ColumnRead, compileColumnKernel } from './emit-columns.js';
import type { ParsedFormula } from './formula.js';
import { linkFormula } from './link-formula.js';
import type { Measure } from './measure.js';
import { type Evaluation, evaluate, type Model, setInput, settingOf } from './model.js';
import { HORIZON_CELL } from './names.js';
import type { CellResult } from './types.js';
import { yearIndex } from './years.js';

/** Every cell and measure computed over many samples at once (see compileColumns). */
export interface ColumnRun {
  readonly samples: number;
  /** Each cell's values by model position (model.cells.items order): one Float64Array per year for a series, one for a single number; NaN where that sample failed. */
  readonly cells: readonly (readonly Float64Array[])[];
  /** Each measure's values in the same shape (a measure may give a series or one number); NaN where it failed. */
  readonly measures: readonly (readonly Float64Array[])[];
  /** Cells (own failures only, not failures passed on from a cell they read) and measures that failed in some samples: how many, and the first failure's message as the scalar engine words it. */
  readonly failures: readonly ColumnFailure[];
}

export interface ColumnFailure {
  readonly name: string;
  readonly count: number;
  readonly message: string;
}

export interface CompiledColumns {
  readonly inputs: readonly string[];
  /** `draws[i]` holds inputs[i]'s value in each sample (all the same length); other inputs keep their value. */
  run(draws: readonly Float64Array[]): ColumnRun;
}

/** A formula computed per sample: a cell that depends on a drawn input, or a measure that does. */
interface PerSample {
  readonly formula: ParsedFormula;
  readonly readPositions: readonly number[];
  readonly series: boolean;
  /** Positions of the cells it reads that vary from sample to sample. */
  readonly varyingReads: readonly number[];
  /** Undefined when every sample is computed by the scalar engine (it reads a failing cell or a year not projected). */
  readonly kernel: ColumnKernel | undefined;
}

/** A measure's value when it does not vary: computed once. */
type Fixed = { readonly kind: 'fixed'; readonly series: boolean; readonly result: CellResult };

/** True when some sample failed (states are 0 for a value, 1 or 2 for an error). */
const anyFailed = (states: Uint8Array): boolean => states.includes(1) || states.includes(2);

/** What a failing cell is to a formula that reads it in the scalar engine: only whether it failed matters here. */
const FAILED_IN_SAMPLE: CellFailure = runtimeFailure('failed in this sample');

/**
 * Compiles the model once, column-wise: run(draws) evaluates every cell over all samples at once, one Float64Array
 * per cell and year, with the scalar engine's results (lazy `?:`, errors per sample, errors passed on to the cells
 * that use them). Cells that do not depend on a drawn input are computed once. The horizon is the model's own.
 */
export function compileColumns(model: Model, inputs: readonly string[], measures: readonly Measure[]): CompiledColumns {
  const cells = model.cells.items;
  for (const name of inputs) {
    if (name === HORIZON_CELL) throw new Error(`${HORIZON_CELL} cannot be drawn: the years projected are the same in every sample`);
    if (model.cells.get(name)?.cell.kind !== 'input') throw new Error(`only inputs can be drawn, and ${name} is not an input`);
  }
  const base = evaluate(model);
  const baseResults = base.results.items;
  const horizonPosition = model.cells.positionOf(HORIZON_CELL);
  const horizon = base.years.length;
  const horizonValid = horizonPosition !== undefined && baseResults[horizonPosition]!.ok;
  const setting = settingOf(model);

  const drawn = new Map(inputs.map((name, i) => [model.cells.positionOf(name)!, i]));
  const varying = cells.map(() => false);
  for (const position of model.orderPositions) {
    const compiled = cells[position]!;
    varying[position] =
      drawn.has(position) || (compiled.cell.kind === 'formula' && compiled.staticError === undefined && compiled.dependencyPositions.some((p) => varying[p]));
  }

  const columnRead = (formula: ParsedFormula, readPositions: readonly number[], i: number): ColumnRead | undefined => {
    const position = readPositions[i]!;
    if (position === YEAR_READ) return { kind: 'year' };
    if (position === LABEL_READ) {
      const read = formula.reads[i]!;
      const index = read.kind === 'label' ? yearIndex(model.baseYear, read.year) : -1;
      return index >= 0 && index < horizon ? { kind: 'label', index } : undefined;
    }
    if (position === MISSING_READ) return undefined;
    if (varying[position]) return { kind: 'varying', position, series: cells[position]!.series };
    const result = baseResults[position]!;
    return result.ok ? { kind: 'constant', position, value: result.value } : undefined;
  };
  const perSample = (formula: ParsedFormula, readPositions: readonly number[], series: boolean): PerSample => {
    const reads = readPositions.map((_, i) => columnRead(formula, readPositions, i));
    const usable = horizonValid && reads.every((read) => read !== undefined);
    const kernel = usable ? compileColumnKernel(formula, reads as ColumnRead[], series, horizon)?.kernel : undefined;
    const varyingReads = [...new Set(readPositions.filter((position) => position >= 0 && varying[position]))];
    return { formula, readPositions, series, varyingReads, kernel };
  };

  const cellPlans = cells.map((compiled, position) =>
    varying[position] && compiled.formula ? perSample(compiled.formula, compiled.readPositions, compiled.series) : undefined,
  );
  const measurePlans = measures.map((measure): PerSample | Fixed => {
    const linked = linkFormula(measure.formula, { positionOf: (name) => model.cells.positionOf(name), baseYear: model.baseYear, suggestion: () => '' });
    const { readPositions } = linked;
    const series = measure.formula.reads.some((read, i) => {
      if (read.kind === 'label' || read.whole) return false;
      return read.kind === 'year' || (readPositions[i]! >= 0 && cells[readPositions[i]!]!.series);
    });
    const [problem] = linked.problems;
    if (problem) return { kind: 'fixed', series, result: staticFailure(problem.message, problem.cause) };
    if (!readPositions.some((position) => position >= 0 && varying[position]))
      return { kind: 'fixed', series, result: computeFormula(setting, measure.formula, readPositions, series, baseResults) };
    return perSample(measure.formula, readPositions, series);
  });

  const run = (draws: readonly Float64Array[]): ColumnRun => {
    if (draws.length !== inputs.length) throw new Error(`expected draws for ${inputs.length} inputs, got ${draws.length}`);
    const samples = draws[0]?.length ?? 0;
    if (draws.some((draw) => draw.length !== samples)) throw new Error('every input needs the same number of draws');
    const columnsOf = (series: boolean) => Array.from({ length: series ? horizon : 1 }, () => new Float64Array(samples));
    const filled = (result: CellResult, series: boolean): Float64Array[] => {
      const columns = columnsOf(series);
      columns.forEach((column, year) => {
        column.fill(result.ok ? (typeof result.value === 'number' ? result.value : result.value[year]!) : Number.NaN);
      });
      return columns;
    };

    const values: Float64Array[][] = new Array(cells.length);
    const status: (Uint8Array | undefined)[] = new Array(cells.length);
    const failedSomewhere = cells.map(() => false);
    const constants = cells.map((_, position) => {
      const result = baseResults[position]!;
      return !varying[position] && result.ok && typeof result.value !== 'number' ? result.value : undefined;
    });
    const exotic = new Uint8Array(samples);
    const scratch: (CellResult | undefined)[] = new Array(cells.length);

    const resultAt = (position: number, sample: number): CellResult => {
      const states = status[position];
      if (!states) return baseResults[position]!;
      if (states[sample] !== 0) return FAILED_IN_SAMPLE;
      const columns = values[position]!;
      return { ok: true, value: cells[position]!.series ? columns.map((column) => column[sample]!) : columns[0]![sample]! };
    };
    /** The scalar engine's result for one sample, from the columns of the cells it reads. */
    const scalarAt = (plan: PerSample, sample: number): CellResult => {
      for (const position of plan.readPositions) if (position >= 0) scratch[position] = resultAt(position, sample);
      if (horizonPosition !== undefined) scratch[horizonPosition] = baseResults[horizonPosition];
      return computeFormula(setting, plan.formula, plan.readPositions, plan.series, scratch);
    };
    const compute = (plan: PerSample): { columns: Float64Array[]; states: Uint8Array } => {
      const columns = columnsOf(plan.series);
      const states = new Uint8Array(samples);
      exotic.fill(0);
      plan.kernel?.(samples, values, constants, columns, states, exotic);
      const failingReads = plan.varyingReads.filter((position) => failedSomewhere[position]);
      const byScalar = !plan.kernel || failingReads.length > 0 || exotic.includes(1);
      for (let sample = 0; byScalar && sample < samples; sample++) {
        if (plan.kernel && exotic[sample] === 0 && !failingReads.some((position) => status[position]![sample] !== 0)) continue;
        const result = scalarAt(plan, sample);
        if (!result.ok) states[sample] = isOwnError(result) ? 1 : 2;
        else {
          states[sample] = 0;
          if (typeof result.value === 'number') columns[0]![sample] = result.value;
          else for (let year = 0; year < columns.length; year++) columns[year]![sample] = result.value[year]!;
        }
      }
      if (anyFailed(states)) {
        for (let sample = 0; sample < samples; sample++) if (states[sample] !== 0) for (const column of columns) column[sample] = Number.NaN;
      }
      return { columns, states };
    };

    for (let position = 0; position < cells.length; position++) {
      if (varying[position]) continue;
      values[position] = filled(baseResults[position]!, cells[position]!.series);
    }
    for (const position of model.orderPositions) {
      if (!varying[position]) continue;
      const draw = drawn.get(position);
      let computed: { columns: Float64Array[]; states: Uint8Array };
      if (draw !== undefined) {
        const column = Float64Array.from(draws[draw]!);
        const states = new Uint8Array(samples);
        for (let sample = 0; sample < samples; sample++) {
          if (Number.isFinite(column[sample]!)) continue;
          column[sample] = Number.NaN;
          states[sample] = 1;
        }
        computed = { columns: [column], states };
      } else computed = compute(cellPlans[position]!);
      values[position] = computed.columns;
      status[position] = computed.states;
      failedSomewhere[position] = anyFailed(computed.states);
    }
    const measureRuns = measurePlans.map((plan) => {
      if ('kind' in plan) {
        return { columns: filled(plan.result, plan.series), states: new Uint8Array(samples).fill(plan.result.ok ? 0 : 2) };
      }
      return compute(plan);
    });

    const failures = failuresOf(model, base, inputs, draws, {
      samples,
      cellStates: cells.map(
        (_, position) =>
          status[position] ?? new Uint8Array(samples).fill(baseResults[position]!.ok ? 0 : isOwnError(baseResults[position] as CellFailure) ? 1 : 2),
      ),
      measureStates: measureRuns.map((each) => each.states),
      measures,
      measureOf: (i, evaluation) => {
        const plan = measurePlans[i]!;
        return 'kind' in plan ? plan.result : computeFormula(setting, plan.formula, plan.readPositions, plan.series, evaluation.results.items);
      },
    });
    return { samples, cells: values, measures: measureRuns.map((each) => each.columns), failures };
  };
  return { inputs, run };
}

interface FailureStates {
  readonly samples: number;
  /** Per cell and sample: 0 a value, 1 an error of its own, 2 an error passed on. */
  readonly cellStates: readonly Uint8Array[];
  /** Per measure and sample: 0 a value, otherwise an error. */
  readonly measureStates: readonly Uint8Array[];
  readonly measures: readonly Measure[];
  readonly measureOf: (i: number, evaluation: Evaluation) => CellResult;
}

/** How often each cell (own errors) and measure failed, with the scalar engine's message for the first failing sample. */
function failuresOf(model: Model, base: Evaluation, inputs: readonly string[], draws: readonly Float64Array[], states: FailureStates): ColumnFailure[] {
  const sheets = new Map<number, { model: Model; evaluation: Evaluation }>();
  const sheetAt = (sample: number) => {
    let sheet = sheets.get(sample);
    if (!sheet) {
      sheet = { model, evaluation: base };
      inputs.forEach((name, i) => {
        sheet = setInput(sheet!.model, sheet!.evaluation, name, draws[i]![sample]!);
      });
      sheets.set(sample, sheet);
    }
    return sheet;
  };
  const messageOf = (result: CellResult) => (result.ok ? 'no error in the scalar engine' : result.error);
  const failures: ColumnFailure[] = [];
  model.cells.items.forEach((compiled, position) => {
    const cellStates = states.cellStates[position]!;
    const first = cellStates.indexOf(1);
    if (first < 0) return;
    const count = cellStates.reduce((total, state) => total + (state === 1 ? 1 : 0), 0);
    failures.push({ name: compiled.cell.name, count, message: messageOf(sheetAt(first).evaluation.results.items[position]!) });
  });
  states.measures.forEach((measure, i) => {
    const measureStates = states.measureStates[i]!;
    const first = measureStates.findIndex((state) => state !== 0);
    if (first < 0) return;
    const count = measureStates.reduce((total, state) => total + (state !== 0 ? 1 : 0), 0);
    failures.push({ name: measure.text, count, message: messageOf(states.measureOf(i, sheetAt(first).evaluation)) });
  });
  return failures;
}
