import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatNumber, type Unit } from '../../src/engine/index.js';
import { loadScenario, type Scenario } from '../../src/scenario/index.js';
import { reducer } from '../../src/tui/state/reducer.js';
import { topScreen, withSlice } from '../../src/tui/state/stack.js';
import type { ScreenFits, State } from '../../src/tui/state/types.js';

export const SCENARIOS = fileURLToPath(new URL('../../scenarios/', import.meta.url));
export const BASELINE = join(SCENARIOS, 'baseline.yaml');

/** A fresh copy of scenarios/ in a temporary folder, so tests never touch the repository's files. */
export function scenarioCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nhs-whatif-tui-'));
  cpSync(SCENARIOS, join(dir, 'scenarios'), { recursive: true });
  return dir;
}

export const baseline = (): Scenario => loadScenario(BASELINE);

/** Presses keys: a string is typed character by character; arrays allow named keys such as 'enter'. */
export function press(state: State, ...keys: (string | readonly string[])[]): State {
  const names = keys.flatMap((key) => (typeof key === 'string' ? [...key] : [...key]));
  return reducer(state, { type: 'keys', keys: names });
}

export function valueIn(state: State, name: string): number | readonly number[] {
  const result = state.sheet.evaluation.results.get(name);
  if (!result?.ok) throw new Error(`${name} has no value: ${result ? result.error : 'missing'}`);
  return result.value;
}

export const shown = (state: State, name: string, unit: Unit = '£bn'): string => {
  const value = valueIn(state, name);
  if (typeof value !== 'number') throw new Error(`${name} is a series`);
  return formatNumber(value, unit);
};

export const select = (state: State, name: string): State => withSlice(state, 'grid', { selected: [...state.sheet.model.cells.keys()].indexOf(name) });

/** What is shown: the prompt or question over the screen on top, or that screen ('grid', 'picker', 'compare', 'help'). */
export const shownAs = (state: State): string => state.overlay?.kind ?? topScreen(state);

export const promptOf = (state: State) => (state.overlay?.kind === 'prompt' ? state.overlay.prompt : undefined);
export const questionOf = (state: State) => (state.overlay?.kind === 'question' ? state.overlay.question : undefined);

/** The terminal measured as showing this much of each screen named. */
export const sized = (state: State, fits: Partial<ScreenFits>): State => reducer(state, { type: 'layout', fits });
