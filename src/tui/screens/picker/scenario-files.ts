import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { observedSheetOf } from '../../../analysis/observed.js';
import { showControls } from '../../../engine/index.js';
import { compute, loadScenario, ScenarioError } from '../../../scenario/index.js';
import type { ListedScenario } from './state.js';

// File names and the problems that quote them may hold control characters: they are shown safely.
const describe = (error: unknown): string =>
  showControls(error instanceof ScenarioError ? error.message : error instanceof Error ? error.message : String(error));

/** Loads and evaluates one file for comparison; a file that fails carries its problem instead of crashing. */
export function scenarioFile(file: string, openFile: string, shownAs = file): ListedScenario {
  const path = resolve(file);
  const isOpenFile = path === resolve(openFile);
  try {
    const scenario = loadScenario(file);
    const name = showControls(isOpenFile ? `${scenario.name} (as saved)` : scenario.name);
    const result = observedSheetOf(name, compute(scenario), scenario);
    return { file: showControls(shownAs), path, isOpenFile, result };
  } catch (error) {
    return { file: showControls(shownAs), path, isOpenFile, problem: describe(error) };
  }
}

/** Every .yaml/.yml file in `dir`, each loaded and shown by its name. */
export function scenarioFiles(dir: string, openFile: string): ListedScenario[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => /\.ya?ml$/i.test(name) && !name.startsWith('.'));
  } catch (error) {
    return [{ file: showControls(dir), path: resolve(dir), problem: `cannot list ${dir}: ${describe(error)}` }];
  }
  return names.sort().map((name) => scenarioFile(join(dir, name), openFile, name));
}
