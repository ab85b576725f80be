import { exportBinding } from './export/prompt.js';
import type { ViewExport } from './export/view-table.js';
import { TYPING_KEYS } from './overlays/prompt.js';
import type { Binding, Entry, HelpRow, HelpSection, ScreenHelp } from './screen.js';
import { APP_KEYS } from './state/app-keys.js';
import type { State } from './state/types.js';

/** What the keys of a screen are made of, as far as the keymap and the help screen care. */
export interface KeyedScreen {
  readonly help?: ScreenHelp;
  readonly bindings: readonly Binding[];
  readonly entries?: readonly Entry[];
  readonly appKeys?: boolean;
  readonly table?: (state: State) => ViewExport;
}

/**
 * Every key of screen `id`: its own, then those other screens add to it, then the export key if it has a table, then
 * the app's (help, quit) unless it opts out.
 */
export function bindingsOn(screens: Readonly<Record<string, KeyedScreen>>, id: string): Binding[] {
  const screen = screens[id];
  if (!screen) return [];
  const added = Object.values(screens).flatMap((other) => (other.entries ?? []).filter((entry) => entry.on === id).map((entry) => entry.binding));
  const exporting = screen.table ? [exportBinding(screen.table)] : [];
  return [...screen.bindings, ...added, ...exporting, ...(screen.appKeys === false ? [] : APP_KEYS)];
}

const rowKey = (row: HelpRow): string => `${row.label}\t${row.description}`;

/**
 * The help screen's sections: each screen's keys under its title (screens with the same title share a section; a
 * key they share is listed once, where the last of them lists it), leaving out keys an earlier section lists; then
 * the typing keys; then the screens' own sections, such as the grid's marks. A section left with no rows is left out.
 */
export function helpSections(screens: Readonly<Record<string, KeyedScreen>>): HelpSection[] {
  const sections: { title: string; rows: Map<string, HelpRow>; notes: HelpRow[] }[] = [];
  for (const [id, screen] of Object.entries(screens)) {
    if (!screen.help) continue;
    const { title, notes = [] } = screen.help;
    let at = sections.findIndex((section) => section.title === title);
    if (at < 0) at = sections.push({ title, rows: new Map(), notes: [] }) - 1;
    const section = sections[at]!;
    const earlier = sections.slice(0, at);
    for (const { label, description } of bindingsOn(screens, id)) {
      const key = rowKey({ label, description });
      if (earlier.some((other) => other.rows.has(key))) continue;
      section.rows.delete(key);
      section.rows.set(key, { label, description });
    }
    section.notes.push(...notes);
  }
  const own = Object.values(screens).flatMap((screen) => screen.help?.sections ?? []);
  const listed = sections.map(({ title, rows, notes }) => ({ title, rows: [...rows.values(), ...notes] })).filter((section) => section.rows.length > 0);
  return [...listed, TYPING_KEYS, ...own];
}
