import type { Money } from '../../analysis/real-terms.js';
import type { Cell, CellResult, Sheet } from '../../engine/index.js';
import type { Scenario } from '../../scenario/index.js';
import type { ExportEffect } from '../export/effect.js';
import type { KeyName } from '../keys.js';
import type { Prompt } from '../overlays/prompt.js';
import type { Question } from '../overlays/question.js';
import type { ScreenEffect, ScreenId, ScreenSlices } from '../registry.js';
import type { Edits } from './edits.js';

/** What happens after a save succeeds: stay, quit, or go on (to open another scenario, say) from the saved state. */
export type AfterSave = 'stay' | 'exit' | { readonly goOn: (saved: State) => State };

/** Unsaved edits found from a session that was stopped, offered back when the file is opened. */
export interface Recovered {
  /** When they were written, as an ISO time. */
  readonly savedAt: string;
  readonly edits: Edits;
  /** The file changed on disk after the edits were made. */
  readonly fileChanged: boolean;
}

export interface SaveEffect {
  readonly kind: 'save';
  readonly file: string;
  readonly force: boolean;
  readonly newFile: boolean;
  readonly afterSave: AfterSave;
  /** For a new file: the name as typed, to ask again if the file cannot be written. */
  readonly typed?: string;
  /** For a new file: the scenario's name in it, so that a copy is not shown as the original. */
  readonly name?: string;
  /** The file has become a symbolic link since it was opened, and the user said to save into its target. */
  readonly throughLink?: boolean;
  /** For a new file: write only what changed, in a file that extends the open one. */
  readonly derived?: boolean;
}

/** Work of the app as a whole that the reducer asks for outside it: saving, exiting, removing the recovery file, exporting a view. */
export type AppEffect =
  | SaveEffect
  | { readonly kind: 'exit' }
  /** Quit at once by a second ^C: unsaved edits go to the recovery file, offered when the file is opened again. */
  | { readonly kind: 'exit-keeping-edits' }
  /** Removes the recovery file of `file` (by default the open one): its edits were let go on purpose. */
  | { readonly kind: 'discard-recovery'; readonly file?: string }
  | SwitchEffect
  | ExportEffect;

/** Another scenario in place of the open one: a file loaded, or a new one written that extends it. */
export type SwitchEffect =
  /** Loads another scenario file to open in place of this one; `typed` is the path as typed, to ask again if it fails. */
  | { readonly kind: 'open-scenario-file'; readonly file: string; readonly typed: string }
  /** Writes a new scenario file `file` that extends `parent` and is called `name`, then opens it. */
  | { readonly kind: 'create-scenario'; readonly file: string; readonly typed: string; readonly parent: string; readonly name: string };

/** Work the reducer asks the app to do outside it (file reads and writes, exiting); results come back as actions. */
export type Effect = AppEffect | ScreenEffect;

/** A line on the status line: `info` says something was done (✓), `note` is neutral (·), `error` says why not (✗). */
export interface Message {
  readonly text: string;
  readonly tone: 'info' | 'note' | 'error';
}

/** One undoable step: the sheet before it and what it was. */
export interface HistoryEntry {
  readonly sheet: Sheet;
  readonly label: string;
}

/** Over the screen on top: a line being typed, or a question answered by one key. Keys go to it first. */
export type Overlay = { readonly kind: 'prompt'; readonly prompt: Prompt } | { readonly kind: 'question'; readonly question: Question };

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
  /** The screens open, the grid first: the one on top is shown, and back returns to the one under it. */
  readonly stack: readonly ScreenId[];
  /** Each screen's own state, kept while it is closed; unsaved edits live outside the screens, so none loses them. */
  readonly screens: ScreenSlices;
  readonly overlay?: Overlay;
  readonly message?: Message;
  readonly effects: readonly Effect[];
  /** Money in the base year's prices (through the scenario's deflator) rather than in cash. */
  readonly money?: Money;
  /** The open file is one shipped with the command (in its scenarios folder): save-as offers a file that extends it. */
  readonly shipped?: boolean;
}

/** How much of each screen the terminal shows, as its layout measured it. */
export type ScreenFits = { readonly [K in ScreenId]: ScreenSlices[K]['fit'] };

export type Action =
  | { readonly type: 'keys'; readonly keys: readonly KeyName[] }
  | { readonly type: 'layout'; readonly fits: Partial<ScreenFits> }
  | { readonly type: 'effects-taken'; readonly count: number }
  | { readonly type: 'saved'; readonly scenario: Scenario; readonly cells: readonly Cell[]; readonly afterSave: AfterSave; readonly shipped?: boolean }
  | { readonly type: 'changed-on-disk'; readonly file: string; readonly afterSave: AfterSave }
  | { readonly type: 'became-link'; readonly save: SaveEffect; readonly target: string }
  | { readonly type: 'save-failed'; readonly problem: string; readonly typed?: string }
  /** What a screen's effect found, as the change it makes (the listed files, say). */
  | { readonly type: 'result'; readonly apply: (state: State) => State };
