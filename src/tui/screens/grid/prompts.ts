import { type CellDetails, descriptionProblem, detailsOf, readAsNote, setCellDetails, typedSourceProblem } from '../../../editing/index.js';
import { type Cell, formatNumber } from '../../../engine/index.js';
import { openPrompt, type Refusal, refuse } from '../../overlays/prompt.js';
import { apply } from '../../state/history.js';
import { addFormulaCell, newNameProblem, setFormula, setValueText, valueText } from '../../state/sheet.js';
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
      const added = selectCell(apply(closed, change, `add ${name} = ${text.trim()}`), name);
      // A ratio or a product cannot be told a unit from its inputs: say how to give it one.
      const unit = change.sheet.model.cells.get(name)?.cell.unit;
      return unit === 'number' ? info(added, `add ${name} = ${text.trim()}: a plain number; E gives it a unit (£bn, percent, years)`) : added;
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

/** The three prompts of E, in turn: each accepted answer goes on to the next; the change is made, as one step, after the unit. */
function detailsStep(state: State, cell: Cell, details: CellDetails, step: 'description' | 'source' | 'unit'): State {
  const { sources } = state.scenario;
  const ids = [...sources.keys()];
  switch (step) {
    case 'description':
      return openPrompt(state, {
        purpose: 'description',
        label: `${cell.name} description:`,
        text: details.description,
        hint: 'what the cell is, in words; empty removes it',
        accept: (closed, text) => {
          const problem = descriptionProblem(text);
          return problem ? refuse(problem) : detailsStep(closed, cell, { ...details, description: text }, 'source');
        },
      });
    case 'source':
      return openPrompt(state, {
        purpose: 'source',
        label: `${cell.name} source:`,
        text: details.source,
        hint: `${ids.length > 0 ? `a source's id (${ids.slice(0, 6).join(', ')}${ids.length > 6 ? ', …' : ''}) or ` : ''}assumption: why; empty removes it`,
        accept: (closed, text) => {
          const problem = typedSourceProblem(text, sources);
          return problem ? refuse(problem) : detailsStep(closed, cell, { ...details, source: text }, 'unit');
        },
      });
    case 'unit':
      return openPrompt(state, {
        purpose: 'unit',
        label: `${cell.name} unit:`,
        text: details.unit,
        hint: '£bn, percent, years or number',
        accept: (closed, text) => {
          const change = setCellDetails(closed.sheet, cell.name, { ...details, unit: text }, sources);
          if (!change.ok && change.unchanged) return info(closed, `${cell.name}: description, source and unit unchanged`);
          return change.ok ? apply(closed, change, `${cell.name}: description, source and unit`) : refuse(change.problem);
        },
      });
  }
}

/** Edits the selected cell's description, then its source, then its unit, each starting from the text as it is. */
export const detailsPrompt = (state: State, cell: Cell): State => detailsStep(state, cell, detailsOf(cell), 'description');
