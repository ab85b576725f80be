export type { ComparedValue, Comparison, ComparisonRow, Difference, SeriesRows } from './compare.js';
export { comparableCells, compareScenarios, hasAbsent, horizonsDiffer } from './compare.js';
export type { FormattedComparison, FormattedDifference, FormattedRow } from './format-comparison.js';
export { ABSENT, ERROR, formatComparison } from './format-comparison.js';
