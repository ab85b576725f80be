import type { ObservedSheet } from '../../../analysis/observed.js';
import type { ListView, Move } from '../../cursor.js';
import { keepListInView, moveInList } from '../../state/lists.js';
import { sliceOf, withSlice } from '../../state/stack.js';
import type { State } from '../../state/types.js';

/** A scenario file offered for comparison: evaluated, or the reason it could not be loaded. */
export interface ListedScenario {
  /** For showing: the name in the open file's folder, or the path as typed. */
  readonly file: string;
  /** The absolute path, so one file is listed once however it was named. */
  readonly path: string;
  readonly result?: ObservedSheet;
  readonly problem?: string;
  /** The open file as it is on disk; the current column holds its edited cells. */
  readonly isOpenFile?: boolean;
}

/** The files to compare, which are chosen, and the file under the cursor (selected). Kept while closed, so choices survive. */
export interface PickerSlice extends ListView {
  readonly files: readonly ListedScenario[];
  /** Paths of the chosen files. */
  readonly chosen: readonly string[];
  readonly loading: boolean;
  /** Files that fit. */
  readonly fit: { readonly rows: number };
}

export const INITIAL_PICKER: PickerSlice = { files: [], chosen: [], loading: false, selected: 0, top: 0, fit: { rows: 20 } };

export const withPicker = (state: State, change: Partial<PickerSlice>): State => withSlice(state, 'picker', change);

export const moveCursor = (state: State, move: Move): State => moveInList(state, 'picker', move, sliceOf(state, 'picker').files.length);

export const keepPickerInView = (state: State): State => keepListInView(state, 'picker', sliceOf(state, 'picker').files.length);

/** The chosen files that loaded, in list order. */
export const chosenFiles = (picker: PickerSlice): ListedScenario[] => picker.files.filter((file) => file.result && picker.chosen.includes(file.path));

export const problemLine = (problem: string): string => problem.split('\n')[0] ?? problem;
