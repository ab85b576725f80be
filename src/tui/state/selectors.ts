import { type Cell, type CellResult, showControls } from '../../engine/index.js';
import type { State } from './types.js';

/** Cell names in display order: inputs first (as the file lists them), then formulas. */
export const rowNames = (state: State): string[] => [...state.sheet.model.cells.keys()];

/** The name of the cell selected in the grid. */
export function selectedName(state: State): string | undefined {
  const { selected } = state.screens.grid;
  let index = 0;
  for (const name of state.sheet.model.cells.keys()) if (index++ === selected) return name;
  return undefined;
}

/**
 * How a cell differs from the file on disk: added, its value or formula edited, or only its
 * computed value moved because something it reads changed.
 */
export type ChangeMark = 'new' | 'changed' | 'moved' | undefined;

const mainValue = (cell: Cell) => (cell.kind === 'input' ? cell.value : cell.formula);

function sameResult(a: CellResult | undefined, b: CellResult | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  if (!a.ok || !b.ok) return !a.ok && !b.ok && a.error === b.error;
  if (typeof a.value === 'number' || typeof b.value === 'number') return a.value === b.value;
  const [x, y] = [a.value, b.value];
  return x.length === y.length && x.every((value, i) => value === y[i]);
}

/** What change marks are measured against: the file on disk and its values, and the sheet now. */
export type MarkBasis = Pick<State, 'saved' | 'savedResults' | 'sheet'>;

export function changeMark(state: MarkBasis, cell: Cell): ChangeMark {
  const saved = state.saved.get(cell.name);
  if (!saved) return 'new';
  if (saved.kind !== cell.kind || mainValue(saved) !== mainValue(cell) || saved.unit !== cell.unit) return 'changed';
  if (saved.description !== cell.description || saved.source !== cell.source) return 'changed';
  return sameResult(state.savedResults.get(cell.name), state.sheet.evaluation.results.get(cell.name)) ? undefined : 'moved';
}

/** True when the cells differ from the file on disk: something changed, was added or was removed. */
export function isDirty(state: MarkBasis): boolean {
  const { cells } = state.sheet.model;
  if (cells.size !== state.saved.size) return true;
  for (const { cell } of cells.values()) {
    const mark = changeMark(state, cell);
    if (mark === 'new' || mark === 'changed') return true;
  }
  return false;
}

export const savedFileName = (state: State): string => state.scenario.file;

/**
 * The name of the scenario being edited, flagged while it differs from its file (the first column of a comparison).
 * A name taken from a file's name may hold control characters: they are shown escaped.
 */
export const currentName = (state: State): string => showControls(isDirty(state) ? `${state.scenario.name} (current, unsaved)` : state.scenario.name);
