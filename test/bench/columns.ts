import { buildModel, compileColumns, compileSweep, type Model } from '../../src/engine/index.js';
import { baselineCells } from './baseline.js';

/** Samples per timed call, and the horizon: the size of a simulation of the baseline over 30 years. */
export const COLUMN_SAMPLES = 100_000;
export const COLUMN_HORIZON = 30;

/** The baseline's inputs drawn in every sample; the horizon is the same in all of them. */
export const DRAWN_INPUTS = ['private_spend_base', 'private_share_base', 'marginal_private_share', 'budget_growth'] as const;

/** Every cell's columns by model position (one Float64Array per year for a series, one for a single number). */
export type Columns = readonly (readonly Float64Array[])[];

/** Input values that differ from sample to sample, the same for every contender. */
export function columnDraws(samples: number): Float64Array[] {
  return [
    Float64Array.from({ length: samples }, (_, s) => 8 + (s % 17) * 0.1),
    Float64Array.from({ length: samples }, (_, s) => 0.06 + (s % 13) * 0.002),
    Float64Array.from({ length: samples }, (_, s) => (s % 101) / 100),
    Float64Array.from({ length: samples }, (_, s) => -0.05 + (s % 151) / 1000),
  ];
}

const years = (horizon: number, samples: number) => Array.from({ length: horizon }, () => new Float64Array(samples));

/**
 * The baseline's formulas as a plain loop over Float64Arrays, written by hand: each year, every series of every
 * sample in one pass, and the sums carried along. It materialises what a column run gives: every cell's columns.
 */
export function handWrittenColumns(model: Model, draws: readonly Float64Array[], horizon: number): Columns {
  const [spendBase, shareBase, marginal, growth] = draws as [Float64Array, Float64Array, Float64Array, Float64Array];
  const samples = spendBase.length;
  const totalBase = new Float64Array(samples);
  for (let s = 0; s < samples; s++) totalBase[s] = spendBase[s]! / shareBase[s]!;
  const [budget, extra, toPrivate, toNhs, privateSpend, privateShare] = [1, 2, 3, 4, 5, 6].map(() => years(horizon, samples)) as Float64Array[][];
  const cumulativePrivate = new Float64Array(samples);
  const cumulativeNhs = new Float64Array(samples);
  for (let y = 0; y < horizon; y++) {
    const t = y + 1;
    const [b, e, p, n, ps, sh] = [budget![y]!, extra![y]!, toPrivate![y]!, toNhs![y]!, privateSpend![y]!, privateShare![y]!];
    for (let s = 0; s < samples; s++) {
      const base = totalBase[s]!;
      const budgetNow = base * (1 + growth[s]!) ** t;
      const extraNow = budgetNow - base;
      const privateNow = extraNow * marginal[s]!;
      const nhsNow = extraNow - privateNow;
      const spendNow = spendBase[s]! + privateNow;
      b[s] = budgetNow;
      e[s] = extraNow;
      p[s] = privateNow;
      n[s] = nhsNow;
      ps[s] = spendNow;
      sh[s] = spendNow / budgetNow;
      cumulativePrivate[s] = y === 0 ? privateNow : cumulativePrivate[s]! + privateNow;
      cumulativeNhs[s] = y === 0 ? nhsNow : cumulativeNhs[s]! + nhsNow;
    }
  }
  const byName: Record<string, Float64Array[]> = {
    private_spend_base: [Float64Array.from(spendBase)],
    private_share_base: [Float64Array.from(shareBase)],
    marginal_private_share: [Float64Array.from(marginal)],
    budget_growth: [Float64Array.from(growth)],
    horizon_years: [new Float64Array(samples).fill(horizon)],
    total_budget_base: [totalBase],
    budget: budget!,
    extra_money: extra!,
    extra_to_private: toPrivate!,
    extra_to_nhs: toNhs!,
    private_spend: privateSpend!,
    private_share: privateShare!,
    cumulative_extra_to_private: [cumulativePrivate],
    cumulative_extra_to_nhs: [cumulativeNhs],
  };
  return model.cells.items.map((compiled) => byName[compiled.cell.name]!);
}

/** The baseline at a 30-year horizon, three ways over the same draws; each gives every cell's columns. */
export function columnWorkloads(samples = COLUMN_SAMPLES) {
  const cells = baselineCells().map((cell) => (cell.name === 'horizon_years' && cell.kind === 'input' ? { ...cell, value: COLUMN_HORIZON } : cell));
  const model = buildModel(cells, '2015/16');
  const draws = columnDraws(samples);
  const columns = compileColumns(model, DRAWN_INPUTS, []);
  const sweep = compileSweep(model, DRAWN_INPUTS);
  return {
    model,
    draws,
    columnWise: (): Columns => columns.run(draws).cells,
    handWritten: (): Columns => handWrittenColumns(model, draws, COLUMN_HORIZON),
    /** The compiled sweep, one sample at a time, its values copied into the same columns. */
    sampleBySample: (): Columns => {
      const out = model.cells.items.map((compiled) => years(compiled.series ? COLUMN_HORIZON : 1, samples));
      const values = [0, 0, 0, 0];
      for (let s = 0; s < samples; s++) {
        for (let i = 0; i < values.length; i++) values[i] = draws[i]![s]!;
        const result = sweep.run(values);
        if (!result) throw new Error(`sample ${s} failed`);
        for (let position = 0; position < result.length; position++) {
          const value = result[position]!;
          const target = out[position]!;
          if (typeof value === 'number') target[0]![s] = value;
          else for (let y = 0; y < value.length; y++) target[y]![s] = value[y]!;
        }
      }
      return out;
    },
  };
}

/** A checksum over every value, so that no contender's work can be skipped. */
export function checksumOf(columns: Columns): number {
  let total = 0;
  for (const cell of columns) for (const column of cell) total += column[column.length - 1]! + column[0]!;
  return total;
}
