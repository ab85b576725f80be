import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createElement } from 'react';
import { formatNumber } from '../../src/engine/index.js';
import { loadScenario, type Scenario } from '../../src/scenario/index.js';
import { App } from '../../src/tui/app.js';
import { BASELINE_FILE } from './baseline.js';
import { renderScreen, type Screen } from './keystroke.js';

export const MODEL_ROWS = 40;
/** Wide enough for the year columns, tall enough that every row of the model is on screen. */
export const COLUMNS = 120;
export const ROWS = 54;

/** The baseline plus formula cells up to `rows` cells, every one depending on private_spend_base. */
export function scenarioText(rows = MODEL_ROWS): string {
  const baseline = readFileSync(BASELINE_FILE, 'utf8');
  const extra: string[] = [];
  for (let k = 1; k <= rows - 14; k++) {
    const [name, formula] =
      k % 2 === 1 ? [`private_spend_plus_${k}`, `private_spend * ${1 + k / 100}`] : [`cumulative_plus_${k}`, `cumulative_extra_to_private + ${k}`];
    extra.push(`  ${name}:\n    formula: ${formula}\n    unit: £bn\n`);
  }
  return `${baseline.trimEnd()}\n${extra.join('')}`;
}

const rowOf = (frame: string, name: string): string => frame.split('\n').find((line) => line.includes(` ${name} `)) ?? '';

/** The first row's input, private_spend_base, after `nudges` presses of + (step £0.1bn from £8.7bn). */
export const nudgedText = (nudges: number): string => formatNumber((87 + nudges) / 10, '£bn');

/** The terminal UI on a 40-row scenario in a fake terminal; `nudge` presses + on the selected first row. */
export async function openTui(terminalRows = ROWS, rows = MODEL_ROWS) {
  const dir = mkdtempSync(join(tmpdir(), 'nhs-whatif-bench-'));
  const file = join(dir, 'bench.yaml');
  writeFileSync(file, scenarioText(rows));
  const scenario: Scenario = loadScenario(file);
  if (scenario.cells.length !== rows) throw new Error(`expected ${rows} cells, got ${scenario.cells.length}`);
  const screen: Screen = renderScreen(createElement(App, { scenario, opening: {} }), COLUMNS, terminalRows);
  await screen.until((frame) => rowOf(frame, 'private_spend_base').includes(nudgedText(0)));
  let nudges = 0;
  return {
    scenario,
    /** Presses +; resolves with the milliseconds until the frame showing the new value is written, and that frame. */
    async nudge(): Promise<{ ms: number; frame: string }> {
      const expected = nudgedText(++nudges);
      let shown = '';
      const ms = await screen.press('+', (frame) => {
        const ok = rowOf(frame, 'private_spend_base').includes(expected);
        if (ok) shown = frame;
        return ok;
      });
      return { ms, frame: shown };
    },
    rowOf,
    close() {
      screen.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
