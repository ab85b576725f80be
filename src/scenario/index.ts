export { loadScenario, parseScenario, rangeProblems, scenarioNameOf, MAX_FILE_BYTES, MAX_CELLS, MAX_EXTENDS_DEPTH } from './load.js';
export { compute, formulaProblems, type Computed } from './check.js';
export { formatProblem, ScenarioError, type Problem } from './problem.js';
export type { Scenario, Place } from './scenario.js';
export { saveScenario, updatedDocument, ChangedOnDiskError, type SaveOptions } from './save.js';
export { isRecord } from './is-record.js';
export { readAtMost } from './read-at-most.js';
