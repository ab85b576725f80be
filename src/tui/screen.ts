import { createElement, type FunctionComponent, type ReactElement } from 'react';
import type { ViewExport } from './export/view-table.js';
import type { KeyName } from './keys.js';
import type { ScreenId } from './registry.js';
import type { Action, State } from './state/types.js';

/**
 * A key on a screen: the command it runs, how the footer and the help screen show it, and what it does. The
 * screen's bindings are all there is to its keys: the reducer, the footer and the help screen read them.
 */
export interface Binding {
  /** The command's name, by the screen it belongs to: `grid.edit`, `compare.series-rows`, `app.quit`. */
  readonly command: string;
  /** Key names as keysOf produces them. */
  readonly keys: readonly KeyName[];
  /** How the keys are written for people. */
  readonly label: string;
  readonly description: string;
  /** Short text for the footer; bindings without one appear only on the help screen. */
  readonly hint?: string;
  /** How the footer writes the keys, when not the first part of the label. */
  readonly footerKeys?: string;
  /** Which hints stay when the footer is too narrow for all: lower ranks stay longer; rank 0 always shows. */
  readonly footerRank?: number;
  readonly run: (state: State) => State;
}

/** A key a screen adds to another screen, such as the key that opens it (the picker adds `c` to the grid). */
export interface Entry {
  readonly on: ScreenId;
  readonly binding: Binding;
}

/** A line of the help screen: keys and what they do. */
export interface HelpRow {
  readonly label: string;
  readonly description: string;
}

export interface HelpSection {
  readonly title: string;
  readonly rows: readonly HelpRow[];
}

/** Where a screen's keys go on the help screen. Screens with the same title share a section. */
export interface ScreenHelp {
  readonly title: string;
  /** Rows after the keys, such as "moving: as in the grid". */
  readonly notes?: readonly HelpRow[];
  /** Sections of their own after the keys of every screen and the typing keys, such as what the grid's marks mean. */
  readonly sections?: readonly HelpSection[];
}

/** The terminal a screen is laid out in: its size, and the rows the status line and the footer take. */
export interface Frame {
  readonly columns: number;
  readonly rows: number;
  readonly messageRows: number;
}

/** A screen laid out: what the reducer must know of its size (kept as the fit in its state), and what its view draws with. */
export interface Laid<Fit, View> {
  readonly fit: Fit;
  readonly view: View;
}

/** What a screen's view is given: the whole state and its own layout. */
export interface ScreenProps<View> {
  readonly state: State;
  readonly layout: View;
}

/**
 * How the app ends when the user ends it: `quit`, or interrupted by a second ^C at the quit question, with the
 * unsaved edits kept in the recovery file and `told` the line that says where.
 */
export type Ending = 'quit' | { readonly interrupted: true; readonly told?: string };

/** What an effect's runner may do: read the state that asked for it, report back with actions, end the app. */
export interface EffectIo {
  readonly state: () => State;
  readonly dispatch: (action: Action) => void;
  /** Ends the app; a quit unless told otherwise. */
  readonly exit: (ending?: Ending) => void;
}

export interface EffectBase {
  readonly kind: string;
}

/** One runner for each kind of effect: leaving a kind out is a type error. */
export type EffectRunners<E extends EffectBase> = { readonly [K in E['kind']]: (effect: Extract<E, { readonly kind: K }>, io: EffectIo) => void };

/** A screen's own state: whatever it keeps, and its fit (how much of it the terminal shows, from its layout). */
export interface Slice {
  readonly fit: object;
}

/**
 * A screen: one folder holds its state and commands, its keys, its layout and its view, and the registry lists it.
 * Screens stack: opening one pushes it, back pops it; prompts and questions are overlays over the one on top.
 * `E` is the work outside the reducer (file reads, say) that its commands ask for; it must run each kind of it.
 */
export type Screen<S extends Slice, E extends EffectBase = never> = {
  /** Its section of the help screen; a screen without one adds no rows. */
  readonly help?: ScreenHelp;
  /** Its state when the app starts. A screen's state is kept while it is closed, so choices made in it survive. */
  readonly initial: S;
  readonly bindings: readonly Binding[];
  /** Keys it adds to other screens. */
  readonly entries?: readonly Entry[];
  /** Whether the keys of every screen (? help, q quit) work here too; they do unless this is false. */
  readonly appKeys?: boolean;
  /**
   * Its view as a result table, for the export key (X), which every screen that declares this has: the `Report` the
   * command line builds for the same numbers, or why there is nothing to export.
   */
  readonly table?: (state: State) => ViewExport;
  /** Runs after every action: keeps what is selected within its list and on screen as things change and resize. */
  readonly keepInView?: (state: State) => State;
  /**
   * Lays the screen out in the frame (see laidOut): its fit, and how to draw it. Every screen is laid out on every
   * frame, shown or not, so that the reducer knows its size the moment it opens: keep layouts cheap.
   */
  readonly render: (frame: Frame, state: State) => Rendered<S['fit']>;
} & ([E] extends [never] ? { readonly effects?: undefined } : { readonly effects: EffectRunners<E> });

/** A screen laid out: its fit, and its view drawn with that layout (called for the screen shown only). */
export interface Rendered<Fit> {
  readonly fit: Fit;
  readonly draw: () => ReactElement;
}

/** A screen's render from its layout function (pure, testable) and its view, which draws with what the layout gives. */
export function laidOut<Fit, View>(
  layout: (frame: Frame, state: State) => Laid<Fit, View>,
  view: FunctionComponent<ScreenProps<View>>,
): (frame: Frame, state: State) => Rendered<Fit> {
  return (frame, state) => {
    const { fit, view: drawn } = layout(frame, state);
    return { fit, draw: () => createElement(view, { state, layout: drawn }) };
  };
}
