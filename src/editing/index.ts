// The one place where a scenario is edited, by the terminal UI and the command line alike: pure, no I/O.
export { type Change, cellsOf } from './change.js';
export { type CellDetails, descriptionProblem, detailsOf, setCellDetails, typedSourceProblem, unitOf } from './details.js';
export { addFormulaCell, deleteCell, newNameProblem, setFormula } from './formulas.js';
export { readLevels } from './levels.js';
export { limitProblem, rangeProblem, readAsNote } from './range.js';
export { type ReadValue, readValue, readWantedValue } from './value-text.js';
export { applySolvedValue, assignValue, nudge, setValue, setValueText, valueText } from './values.js';
