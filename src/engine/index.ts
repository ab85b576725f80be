export * from './types.js';
export { buildModel, evaluate, setInput, affectedBy, dependenciesOf, dependentsOf } from './model.js';
export type { Model, Evaluation, CompiledCell } from './model.js';
export { cellNameProblem, closestName, didYouMean, HORIZON_CELL, YEAR_SYMBOL, MAX_HORIZON } from './names.js';
export { yearLabels, baseYearProblem } from './years.js';
export { formatNumber, formatDifference, formatPercentChange, formatValue, parseNumber, showControls, CONTROL_CHARACTER, hexCode } from './format.js';
export { inputValueProblem, nudgedValue } from './inputs.js';
export { compileSweep, type Sweep } from './sweep.js';
