// The terminal UI edits through the editing layer, the same functions the command line's --set uses.
export {
  addFormulaCell,
  applySolvedValue,
  type Change,
  cellsOf,
  deleteCell,
  newNameProblem,
  nudge,
  setFormula,
  setValue,
  setValueText,
  valueText,
} from '../../editing/index.js';
