export { rangeProblem, readAsNote } from '../../editing/index.js';
