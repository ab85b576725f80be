import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement } from 'react';
import { formatNumber } from '../../src/engine/index.js';
import { loadScenario, type Scenario } from '../../src/scenario/index.js';
import { App } from '../../src/tui/app.js';
import { PENDING_MARK } from '../../src/tui/screens/grid/spread.js';
import { BASELINE_FILE } from './baseline.js';
import { type Frame, renderScreen, type Screen } from './keystroke.js';

/** A scenario for the keystroke workloads: the baseline grown to `cells` cells, projected over `years` years. */
export interface ModelSize {
  readonly cells: number;
  readonly years: number;
}

/** The baseline plus 26 formula cells, over the baseline's five years. */
export const SMALL_MODEL: ModelSize = { cells: 40, years: 5 };
/** A large model: 2,000 cells over 30 years, so that one edit recomputes 60,000 values. */
export const LARGE_MODEL: ModelSize = { cells: 2000, years: 30 };

/** The terminal sizes the keystroke is timed at. */
export const TERMINALS = [
  { columns: 80, rows: 24 },
  { columns: 120, rows: 40 },
  { columns: 200, rows: 60 },
] as const;

export type Terminal = (typeof TERMINALS)[number];

/** The edited input: the first row, where the grid opens. */
export const EDITED = 'private_spend_base';
/** The row below it, where a cursor move goes. */
const BELOW = 'private_share_base';

/**
 * The baseline over `years` years plus formula cells up to `cells` cells, each depending on the edited input
 * (through private_spend, a series, or cumulative_extra_to_private, its sum over the years).
 */
export function scenarioText({ cells, years }: ModelSize = SMALL_MODEL): string {
  const baseline = readFileSync(BASELINE_FILE, 'utf8');
  const horizon = /(horizon_years:\n {4}value: )\d+/;
  if (!horizon.test(baseline)) throw new Error(`${BASELINE_FILE} no longer sets horizon_years as "value: N" on the line after its name`);
  const extra: string[] = [];
  for (let k = 1; k <= cells - 14; k++) {
    const [name, formula] =
      k % 2 === 1 ? [`private_spend_plus_${k}`, `private_spend * ${1 + k / 100}`] : [`cumulative_plus_${k}`, `cumulative_extra_to_private + ${k}`];
    extra.push(`  ${name}:\n    formula: ${formula}\n    unit: £bn\n`);
  }
  // The new formulas go at the end of the formulas: section, before the sections that follow it (sources:, checks:).
  const formulas = /^formulas:\n(?:(?: .*|#.*)?\n)*/m.exec(baseline);
  if (!formulas) throw new Error(`${BASELINE_FILE} has no formulas: section`);
  const end = formulas.index + formulas[0].trimEnd().length + 1;
  return `${baseline.slice(0, end).replace(horizon, `$1${years}`)}${extra.join('')}${baseline.slice(end)}`;
}

/**
 * The grid row of cell `name`: the line that starts with it, after the selection and change marks. (Other
 * lines can hold the name too, such as the detail panel's title beside the grid on a wide terminal.)
 */
const rowOf = (frame: string, name: string): string => frame.split('\n').find((line) => new RegExp(`^\\W*${name} `).test(line)) ?? '';

/** The edited input after `nudges` presses of + (step £0.1bn from £8.7bn). */
export const nudgedText = (nudges: number): string => formatNumber((87 + nudges) / 10, '£bn');

const selected = (frame: Frame, name: string): boolean => rowOf(frame.plain, name).includes('›');

/** A key pressed: the milliseconds until the frame showing its effect was written, and that frame. */
export interface Pressed {
  readonly ms: number;
  readonly frame: Frame;
}

/** The p5–p95 column's header, shown once `p` has simulated the scenario (its inputs keep the baseline's ranges). */
export const SPREAD_HEADER = 'p5–p95';

/** private_share's p5–p95 is marked as being recomputed (its name is short enough never to be cut with `…`). */
export const spreadPending = (frame: Frame): boolean => rowOf(frame.plain, 'private_share').includes(PENDING_MARK);

/** A + with p5–p95 shown: until the frame with the new value (the figures before it, marked), and until the frame with the new figures. */
export interface SimulatedPress {
  readonly value: Pressed;
  readonly figures: Pressed;
}

/**
 * The terminal UI on a generated scenario in a fake terminal, opened with the edited input selected; with `spread`,
 * the p5–p95 column is shown (p), so every nudge also simulates the scenario.
 */
export async function openTui(terminal: Terminal | { columns: number; rows: number }, size: ModelSize = SMALL_MODEL, { spread = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'nhs-whatif-bench-'));
  const file = join(dir, 'bench.yaml');
  writeFileSync(file, scenarioText(size));
  const scenario: Scenario = loadScenario(file);
  if (scenario.cells.length !== size.cells) throw new Error(`expected ${size.cells} cells, got ${scenario.cells.length}`);
  const screen: Screen = renderScreen(createElement(App, { scenario, opening: {} }), terminal.columns, terminal.rows);
  const opened = await screen.until((frame) => rowOf(frame.plain, EDITED).includes(nudgedText(0)) && selected(frame, EDITED));
  const first = spread ? (await screen.press('p', (frame) => frame.plain.includes(SPREAD_HEADER))).frame : opened;
  let nudges = 0;
  let below = false;
  return {
    scenario,
    /** The frame the UI opened with. */
    first,
    /** Presses + on the edited input, until the frame showing its new value is written. */
    nudge(): Promise<Pressed> {
      if (below) throw new Error('nudge() with the cursor moved off the edited input');
      const expected = nudgedText(++nudges);
      return screen.press('+', (frame) => rowOf(frame.plain, EDITED).includes(expected));
    },
    /** With p5–p95 shown: presses + until the frame with the new value, then until the one with the column's new figures. */
    async nudgeSimulated(): Promise<SimulatedPress> {
      if (below || !spread) throw new Error('nudgeSimulated() needs p5–p95 shown and the edited input selected');
      const expected = nudgedText(++nudges);
      const shows = (frame: Frame) => rowOf(frame.plain, EDITED).includes(expected);
      const [value, figures] = await screen.pressThrough('+', [shows, (frame) => shows(frame) && !spreadPending(frame)]);
      return { value: value!, figures: figures! };
    },
    /** Presses j (or k, on every other call) until the frame showing the selection moved is written. */
    moveCursor(): Promise<Pressed> {
      below = !below;
      const target = below ? BELOW : EDITED;
      return screen.press(below ? 'j' : 'k', (frame) => selected(frame, target));
    },
    rowOf,
    close() {
      screen.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type Tui = Awaited<ReturnType<typeof openTui>>;
