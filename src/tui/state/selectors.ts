import type { Cell } from '../../engine/index.js';
import type { State } from './types.js';

/** Cell names in display order: inputs first (as the file lists them), then formulas. */
export const rowNames = (state: State): string[] => [...state.sheet.model.cells.keys()];

export const selectedName = (state: State): string | undefined => rowNames(state)[state.selected];

/** How a cell differs from the file on disk. */
export type ChangeMark = 'new' | 'changed' | undefined;

const mainValue = (cell: Cell) => (cell.kind === 'input' ? cell.value : cell.formula);

export function changeMark(state: State, cell: Cell): ChangeMark {
  const saved = state.saved.get(cell.name);
  if (!saved) return 'new';
  return saved.kind !== cell.kind || mainValue(saved) !== mainValue(cell) || saved.unit !== cell.unit ? 'changed' : undefined;
}

/** True when the cells differ from the file on disk: something changed, was added or was removed. */
export function isDirty(state: State): boolean {
  const { cells } = state.sheet.model;
  if (cells.size !== state.saved.size) return true;
  for (const { cell } of cells.values()) if (changeMark(state, cell) !== undefined) return true;
  return false;
}

export const savedFileName = (state: State): string => state.scenario.file;
