export { compute, formulaProblems } from './check.js';
export { type DerivedValue, derivedScenarioText } from './derived.js';
export { isRecord } from './is-record.js';
export { loadScenario, MAX_CELLS, MAX_EXTENDS_DEPTH, MAX_FILE_BYTES, parseScenario, rangeProblems, scenarioNameOf } from './load.js';
export { formatProblem, type Problem, ScenarioError } from './problem.js';
export { readAtMost } from './read-at-most.js';
export { ChangedOnDiskError, type SaveOptions, saveScenario, updatedDocument } from './save.js';
export type { Place, Scenario } from './scenario.js';
