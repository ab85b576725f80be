import { type Cell, formatNumber } from '../../../engine/index.js';
import { openPrompt, type Refusal, refuse } from '../../overlays/prompt.js';
import { apply } from '../../state/history.js';
import { addFormulaCell, newNameProblem, setFormula, setValueText, valueText } from '../../state/sheet.js';
import { readAsNote } from '../../state/typed-values.js';
import type { State } from '../../state/types.js';
import { info, note } from '../../state/update.js';
import { selectCell } from './state.js';

/** An input's new value as the undo history and the status line name it: `budget_growth = 3.00%`. */
export function valueLabel(name: string): (after: State) => string {
  return (after) => {
    const cell = after.sheet.model.cells.get(name)?.cell;
    return cell?.kind === 'input' ? `${name} = ${formatNumber(cell.value, cell.unit)}` : name;
  };
}

function acceptValue(state: State, name: string, text: string): State | Refusal {
  const change = setValueText(state.sheet, name, text);
  if (!change.ok && change.unchanged) return note(state, 'unchanged');
  if (!change.ok) return refuse(change.problem);
  const done = apply(state, change, valueLabel(name));
  const cell = change.sheet.model.cells.get(name)?.cell;
  const readAs = cell?.kind === 'input' ? readAsNote(cell, cell.value, text) : undefined;
  return readAs ? info(done, `${done.message?.text} (${readAs})`) : done;
}

function acceptFormula(state: State, name: string, text: string): State | Refusal {
  const change = setFormula(state.sheet, name, text);
  if (!change.ok && change.unchanged) return note(state, 'unchanged');
  return change.ok ? apply(state, change, `${name} = ${text.trim()}`) : refuse(change.problem);
}

/** Edits an input's value or a formula, starting from the text as it is. */
export function editPrompt(state: State, cell: Cell): State {
  const label = `${cell.name} =`;
  return cell.kind === 'input'
    ? openPrompt(state, {
        purpose: 'value',
        label,
        text: valueText(cell),
        hint: 'numbers like 0.03 or 3%',
        accept: (s, text) => acceptValue(s, cell.name, text),
      })
    : openPrompt(state, { purpose: 'formula', label, text: cell.formula, accept: (s, text) => acceptFormula(s, cell.name, text) });
}

function newFormulaPrompt(state: State, name: string): State {
  return openPrompt(state, {
    purpose: 'new-formula',
    label: `${name} =`,
    accept: (closed, text) => {
      const change = addFormulaCell(closed.sheet, name, text);
      if (!change.ok) return refuse(change.problem);
      return selectCell(apply(closed, change, `add ${name} = ${text.trim()}`), name);
    },
  });
}

/** Adds a formula cell: its name, then its formula. */
export function addPrompt(state: State): State {
  return openPrompt(state, {
    purpose: 'new-name',
    label: 'new cell name:',
    accept: (closed, text) => {
      const problem = newNameProblem(closed.sheet, text);
      return problem ? refuse(problem) : newFormulaPrompt(closed, text.trim());
    },
  });
}
