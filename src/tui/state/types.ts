import type { Comparison, FormattedComparison, SeriesRows } from '../../analysis/index.js';
import type { Cell, CellResult, NamedSheet, Sheet } from '../../engine/index.js';
import type { Scenario } from '../../scenario/index.js';
import type { KeyName } from '../keys.js';
import type { Edits } from './edits.js';

/** What a line of typed text is for. */
export type PromptPurpose =
  | { readonly kind: 'value'; readonly cell: string }
  | { readonly kind: 'formula'; readonly cell: string }
  | { readonly kind: 'new-name' }
  | { readonly kind: 'new-formula'; readonly cell: string }
  | { readonly kind: 'save-as' }
  | { readonly kind: 'open-file' };

export interface Prompt {
  readonly purpose: PromptPurpose;
  readonly label: string;
  readonly text: string;
  /** Cursor position within text, in characters. */
  readonly cursor: number;
  /** Why the last attempt was refused; the text stays so it can be corrected. */
  readonly problem?: string;
}

/** What happens after a save succeeds. */
export type AfterSave = 'stay' | 'exit';

/** A question answered by one key. */
export type Question =
  | { readonly kind: 'quit' }
  | { readonly kind: 'overwrite'; readonly file: string; readonly afterSave: AfterSave }
  | { readonly kind: 'restore'; readonly recovered: Recovered };

/** Unsaved edits found from a session that was stopped, offered back when the file is opened. */
export interface Recovered {
  /** When they were written, as an ISO time. */
  readonly savedAt: string;
  readonly edits: Edits;
  /** The file changed on disk after the edits were made. */
  readonly fileChanged: boolean;
}

/** A scenario file offered for comparison: evaluated, or the reason it could not be loaded. */
export interface ListedScenario {
  /** For showing: the name in the open file's folder, or the path as typed. */
  readonly file: string;
  /** The absolute path, so one file is listed once however it was named. */
  readonly path: string;
  readonly result?: NamedSheet;
  readonly problem?: string;
  /** The open file as it is on disk; the current column holds its edited cells. */
  readonly isOpenFile?: boolean;
}

export interface ComparisonTable {
  readonly comparison: Comparison;
  readonly formatted: FormattedComparison;
}

/** The files to compare and the comparison shown. Kept while returning to the grid, so choices survive. */
export interface CompareState {
  readonly files: readonly ListedScenario[];
  /** Paths of the chosen files. */
  readonly chosen: readonly string[];
  /** Index of the highlighted file in the picker. */
  readonly cursor: number;
  /** The first file shown in the picker, moved only to keep the cursor in view. */
  readonly fileTop: number;
  readonly loading: boolean;
  readonly seriesRows: SeriesRows;
  /** Computed when the comparison opens: the current column is the edited sheet at that moment. */
  readonly table?: ComparisonTable;
  /** Selected comparison row. */
  readonly row: number;
  /** The first comparison row shown, moved only to keep the selected row in view. */
  readonly rowTop: number;
  /** Index of the first compared scenario shown after the current one. */
  readonly firstColumn: number;
}

/**
 * What the screen shows. Unsaved edits live outside the mode, so switching modes never loses them.
 */
export type Mode =
  | { readonly kind: 'grid' }
  | { readonly kind: 'help'; readonly back?: 'picker' | 'compare'; readonly top: number }
  | { readonly kind: 'picker' }
  | { readonly kind: 'compare' }
  | { readonly kind: 'prompt'; readonly prompt: Prompt }
  | { readonly kind: 'question'; readonly question: Question };

/** Work the reducer asks the app to do outside it (file writes, exiting); results come back as actions. */
export type Effect =
  | {
      readonly kind: 'save';
      readonly file: string;
      readonly force: boolean;
      readonly newFile: boolean;
      readonly afterSave: AfterSave;
      /** For a new file: the name as typed, to ask again if the file cannot be written. */
      readonly typed?: string;
      /** For a new file: the scenario's name in it, so that a copy is not shown as the original. */
      readonly name?: string;
    }
  | { readonly kind: 'exit' }
  | { readonly kind: 'discard-recovery' }
  | { readonly kind: 'list-scenarios'; readonly dir: string }
  | { readonly kind: 'open-scenario'; readonly file: string };

export interface Message {
  readonly text: string;
  readonly tone: 'info' | 'error';
}

/** One undoable step: the sheet before it and what it was. */
export interface HistoryEntry {
  readonly sheet: Sheet;
  readonly label: string;
}

export interface Layout {
  readonly rows: number;
  readonly yearColumns: number;
  /** Rows of the comparison that fit. */
  readonly compareRows?: number;
  /** Files of the picker that fit. */
  readonly pickerRows?: number;
  /** Compared scenarios (value, change and % each) that fit beside the current one. */
  readonly compareColumns?: number;
  /** Lines of the help screen at the terminal's width, and how many of them fit. */
  readonly helpLines?: number;
  readonly helpRows?: number;
}

export interface State {
  /** The scenario as last loaded or saved: the reference for "changed" marks and for saving. */
  readonly scenario: Scenario;
  /** Cells as they are in the file on disk, by name. */
  readonly saved: ReadonlyMap<string, Cell>;
  /** Their values, to mark values that moved. */
  readonly savedResults: ReadonlyMap<string, CellResult>;
  readonly sheet: Sheet;
  readonly undo: readonly HistoryEntry[];
  readonly redo: readonly HistoryEntry[];
  /** Index of the selected row (cells in display order). */
  readonly selected: number;
  /** The first row of cells shown, moved only to keep the selected one in view. */
  readonly gridTop: number;
  /** Index of the first year column shown. */
  readonly firstYear: number;
  /** How many rows and year columns fit; set by the view as the terminal resizes. */
  readonly layout: Layout;
  readonly mode: Mode;
  readonly message?: Message;
  readonly effects: readonly Effect[];
  readonly compare: CompareState;
}

export type Action =
  | { readonly type: 'keys'; readonly keys: readonly KeyName[] }
  | { readonly type: 'layout'; readonly layout: Layout }
  | { readonly type: 'effects-taken'; readonly count: number }
  | { readonly type: 'saved'; readonly scenario: Scenario; readonly cells: readonly Cell[]; readonly afterSave: AfterSave }
  | { readonly type: 'changed-on-disk'; readonly file: string; readonly afterSave: AfterSave }
  | { readonly type: 'save-failed'; readonly problem: string; readonly typed?: string }
  | { readonly type: 'scenarios-listed'; readonly files: readonly ListedScenario[] }
  | { readonly type: 'scenario-opened'; readonly file: ListedScenario };
