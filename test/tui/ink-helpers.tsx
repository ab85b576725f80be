import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { loadScenario } from '../../src/scenario/index.js';
import { App } from '../../src/tui/app.js';
import type { Opening } from '../../src/tui/state/reducer.js';
import { scenarioCopy } from './helpers.js';

import { lineOf } from './screen-text.js';

export { lineOf };

/** Keys as a terminal sends them. */
export const ENTER = '\r';
export const ESC = '\u001B';
export const DOWN = '\u001B[B';
export const CTRL_C = '\u0003';
export const CTRL_U = '\u0015';

/** A frame without its colours, as a reader sees the text. */
export const plain = (frame: string) => frame.replace(/\u001B\[[0-9;]*m/g, '');

export type Rendered = ReturnType<typeof render>;
export interface Opened extends Rendered {
  /** The scenario file shown, in a fresh copy of scenarios/. */
  readonly file: string;
  /** The folder holding that copy. */
  readonly dir: string;
}

const shownApps: Rendered[] = [];

/** Unmounts every app shown so far; each test file runs it after each test (afterEach(closeApps)). */
export function closeApps(): void {
  for (const app of shownApps.splice(0)) app.unmount();
}

/** The app on `file` at a fixed size, as the command shows it. */
export function show(file: string, { columns = 120, rows = 40, opening }: { columns?: number; rows?: number; opening?: Opening } = {}): Rendered {
  const app = render(<App scenario={loadScenario(file)} size={{ columns, rows }} {...(opening ? { opening } : {})} />);
  shownApps.push(app);
  return app;
}

/** The app on a shipped scenario (a fresh copy of scenarios/, so tests never touch the repository's files). */
export function open(columns = 120, rows = 40, name = 'baseline.yaml'): Opened {
  const dir = scenarioCopy();
  const file = join(dir, 'scenarios', name);
  return { ...show(file, { columns, rows }), file, dir };
}

export const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/** Waits until the frame satisfies `check`, failing with the frame shown. */
export async function until(app: Rendered, check: (frame: string) => boolean, what: string): Promise<string> {
  const deadline = Date.now() + 3000;
  for (;;) {
    const frame = app.lastFrame() ?? '';
    if (check(frame)) return frame;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; screen was:\n${frame}`);
    await tick();
  }
}

export const screenHas = (app: Rendered, text: string) => until(app, (frame) => frame.includes(text), JSON.stringify(text));

/** Types keys one write at a time, as a person does. */
export async function type(app: Rendered, ...keys: string[]) {
  for (const key of keys) {
    app.stdin.write(key);
    await tick();
  }
}

/** In the file picker: moves the cursor to the line naming `file` and presses Space (choosing it, or trying to). */
export async function pick(app: Rendered, file: string) {
  const selectedLine = () => (app.lastFrame() ?? '').split('\n').find((line) => line.startsWith('› ')) ?? '';
  await until(app, (frame) => frame.includes(`] ${file}`) || frame.includes(`!  ${file}`), `${file} to be listed`);
  await type(app, 'g');
  for (let i = 0; i < 20 && !selectedLine().includes(` ${file} `); i++) {
    const before = selectedLine();
    await type(app, 'j');
    await until(app, () => selectedLine() !== before, 'the cursor to move');
  }
  await type(app, ' ');
}

/** From the grid: c, each of `files` chosen in the picker, Enter; resolves to the comparison's frame once `heading` shows. */
export async function compareWith(app: Rendered, files: readonly string[], heading: string): Promise<string> {
  await screenHas(app, 'budget_growth');
  await type(app, 'c');
  for (const file of files) await pick(app, file);
  await type(app, ENTER);
  return screenHas(app, heading);
}

/** Waits for the baseline's grid, then selects private_share: G goes to the last cell, two k up. */
export async function onPrivateShare(app: Rendered) {
  await screenHas(app, 'cumulative_extra_to_nhs');
  await type(app, 'G', 'k', 'k');
  await until(app, (frame) => lineOf(frame, 'private_share').startsWith('›'), 'private_share to be selected');
}
