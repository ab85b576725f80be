export { CONTROL_CHARACTER, formatDifference, formatNumber, formatPercentChange, formatValue, hexCode, parseNumber, showControls } from './format.js';
export { inputValueProblem, nudgedValue } from './inputs.js';
export type { CompiledCell, Evaluation, Model } from './model.js';
export { affectedBy, buildModel, dependenciesOf, dependentsOf, evaluate, setInput } from './model.js';
export { cellNameProblem, closestName, didYouMean, HORIZON_CELL, MAX_HORIZON, NO_SUGGESTIONS, SUGGESTION_BUDGET, Suggester, YEAR_SYMBOL } from './names.js';
export { type NamedSheet, type Sheet, sheetOf } from './sheet.js';
export { compileSweep, type Sweep } from './sweep.js';
export * from './types.js';
export { baseYearProblem, yearLabels } from './years.js';
