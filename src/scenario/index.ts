export { removeStaleTemporaryFiles, temporaryPath, writeFileAtomically } from './atomic-write.js';
export { compute, formulaProblems } from './check.js';
export { isRecord } from './is-record.js';
export { MAX_CELLS, MAX_EXTENDS_DEPTH, MAX_FILE_BYTES } from './limits.js';
export { loadScenario, parseScenario, rangeProblems, scenarioNameOf } from './load.js';
export { formatProblem, formatProblems, type Problem, ScenarioError } from './problem.js';
export { readAtMost } from './read-at-most.js';
export { BecameLinkError, ChangedOnDiskError, type SaveOptions, saveScenario, updatedDocument } from './save.js';
export type { Place, Scenario } from './scenario.js';
