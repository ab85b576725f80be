export { type Crossing, crossingOf, crossingSentence, crossings } from './crossing.js';
export {
  type ChartLayout,
  type ChartSize,
  chartLayout,
  dotColumn,
  dotRow,
  legendLines,
  type PlotArea,
  type ReferenceLine,
  type RowTick,
  valueExtent,
  type YearLabel,
} from './layout.js';
export {
  BAND_SHADE,
  type Ink,
  type LegendEntry,
  legendEntries,
  OBSERVED_MARK,
  REFERENCE_RULE,
  SERIES_MARKS,
  seriesMark,
  ZERO_RULE,
} from './legend.js';
export type { Band, BandPoint, ChartInput, ChartSeries, ObservedPoints, YearValue } from './model.js';
export { type ChartPicture, type ChartRow, drawChart, type Run, rasterise, rowText } from './raster.js';
export { type Tick, tickLabel, type ValueAxis, valueAxis } from './ticks.js';
export { chartYears, yearSpan } from './years.js';
