export { type CellFailure, type ErrorOrigin, isOwnError, type StaticCause } from './cell-error.js';
export { type ColumnFailure, type ColumnRun, type CompiledColumns, compileColumns } from './columns.js';
export { CONTROL_CHARACTER, formatDifference, formatNumber, formatPercentChange, formatValue, hexCode, parseNumber, plural, showControls } from './format.js';
export { FormulaError, MAX_FORMULA_LENGTH, MAX_FORMULA_NODES, type NameUse, type ParsedFormula, parseFormula } from './formula.js';
export * from './formula-tree.js';
export { inputValueProblem, nudgedValue } from './inputs.js';
export {
  checkMeasure,
  compileMeasures,
  evaluateMeasure,
  type Measure,
  type MeasureCheck,
  type MeasureResult,
  type MeasureSweep,
  measureOf,
} from './measure.js';
export type { CompiledCell, Evaluation, Model } from './model.js';
export { affectedBy, buildModel, dependenciesOf, dependentsOf, evaluate, recomputeCell, setInput } from './model.js';
export { cellNameProblem, closestName, didYouMean, HORIZON_CELL, MAX_HORIZON, NO_SUGGESTIONS, SUGGESTION_BUDGET, Suggester, YEAR_SYMBOL } from './names.js';
export { type NamedSheet, type Sheet, sheetOf } from './sheet.js';
export { compileSweep, type Sweep } from './sweep.js';
export * from './types.js';
export { baseYearProblem, fiscalYearLabel, fiscalYearStart, yearLabels } from './years.js';
