import type { Unit } from '../engine/index.js';

/** A value in one fiscal year, such as `{ year: '2019/20', value: 0.072 }`. */
export interface YearValue {
  readonly year: string;
  readonly value: number;
}

/** Values measured in the real world for some years, drawn beside a projection; they never change the model. */
export interface ObservedPoints {
  /** Where they come from, as a reader should see it: `King's Fund, 2021`. */
  readonly source: string;
  readonly points: readonly YearValue[];
}

/** How uncertain each year's value is, from a simulation: a low and a high per year (p5 and p95, say). */
export interface BandPoint {
  readonly year: string;
  readonly low: number;
  readonly high: number;
}

export interface Band {
  /** What the band is, for the legend: `p5–p95`. */
  readonly label: string;
  readonly points: readonly BandPoint[];
}

/** One line of a chart: a scenario's values by fiscal year, with what was observed and how sure it is, if known. */
export interface ChartSeries {
  /** The scenario's name, as the legend and the crossing sentence give it. */
  readonly name: string;
  /** One fiscal-year label per value, in time order: `2016/17`, `2017/18`, … */
  readonly years: readonly string[];
  /** A value that is not a finite number leaves a gap in the line. */
  readonly values: readonly number[];
  readonly observed?: ObservedPoints;
  readonly band?: Band;
}

/**
 * What a line chart shows: one quantity (a cell) in one unit, one or more series (the current scenario and each
 * compared one; their horizons may differ, and they line up by year label), and a horizontal reference line if set.
 */
export interface ChartInput {
  /** What is plotted, for sentences: the cell's name, `private_share`. */
  readonly quantity: string;
  /** The unit of every value, in the model's terms (a percentage is a fraction: 0.1 is 10%). */
  readonly unit: Unit;
  readonly series: readonly ChartSeries[];
  /** A horizontal line at this value (in the model's terms), such as 0.1 for a 10% threshold. */
  readonly reference?: number;
}
