import type { Solution } from '../../../analysis/solve.js';
import type { Measure, Unit } from '../../../engine/index.js';
import type { ListView, Move } from '../../cursor.js';
import { keepListInView, moveInList } from '../../state/lists.js';
import { sliceOf, withSlice } from '../../state/stack.js';
import type { State } from '../../state/types.js';

/** "Make TARGET equal VALUE": asked on a cell of the grid, before the input to change is chosen. */
export interface GoalSeekQuestion {
  /** The grid's cell it was asked on. */
  readonly cell: string;
  readonly target: Measure;
  readonly wanted: number;
  /** The value as typed, offered again the next time on the same cell. */
  readonly wantedText: string;
}

/** An input goal seek could change, or why it cannot change it. */
export interface InputChoice {
  readonly name: string;
  readonly problem?: string;
}

/** A figure before and after a solved value is applied (a series by its last year); undefined where it fails. */
export interface ChangedFigure {
  readonly label: string;
  readonly unit: Unit;
  readonly before?: number;
  readonly after?: number;
}

/** What solving for one input found: the solution, and for a solved value what applying it would change. */
export interface GoalSeekResult {
  readonly input: string;
  readonly solution: Solution;
  /** The input's value now. */
  readonly before: number;
  /** The target's value now, if it has one. */
  readonly targetBefore?: number;
  /** Key outputs before and after, for a solved value. */
  readonly changes: readonly ChangedFigure[];
  /** Why no value gives the wanted number, in the words the command line uses. */
  readonly unsolved?: string;
}

/**
 * Goal seek's own state: the question, the inputs to choose from (selected is the one under the cursor), what the
 * last solve found, and what was asked last (offered again).
 */
export interface SolveSlice extends ListView {
  readonly question?: GoalSeekQuestion;
  readonly choices: readonly InputChoice[];
  readonly result?: GoalSeekResult;
  /** The input chosen last time: chosen again when the target reads it. */
  readonly lastInput?: string;
  /** The target and value asked last, on which cell. */
  readonly lastAsked?: { readonly cell: string; readonly target: string; readonly wanted: string };
  /** Inputs that fit. */
  readonly fit: { readonly rows: number };
}

export const INITIAL_SOLVE: SolveSlice = { choices: [], selected: 0, top: 0, fit: { rows: 10 } };

export const withSolve = (state: State, change: Partial<SolveSlice>): State => withSlice(state, 'solve', change);

/** Moves among the inputs; a result shown for another input goes. */
export const moveChoice = (state: State, move: Move): State =>
  withSolve(moveInList(state, 'solve', move, sliceOf(state, 'solve').choices.length), { result: undefined });

export const keepSolveInView = (state: State): State => keepListInView(state, 'solve', sliceOf(state, 'solve').choices.length);
