export { compareScenarios, comparableCells } from './compare.js';
export type { ComparedValue, Comparison, ComparisonRow, Difference, ScenarioResult, SeriesRows } from './compare.js';
export { formatComparison, ABSENT, ERROR } from './format-comparison.js';
export type { FormattedComparison, FormattedDifference, FormattedRow } from './format-comparison.js';
