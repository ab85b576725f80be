import type { NamedSheet } from '../../src/engine/index.js';
import { compute, loadScenario } from '../../src/scenario/index.js';

/** Loads and evaluates scenario files, named as their files name them. */
export const evaluated = (...files: string[]): NamedSheet[] =>
  files.map((file) => {
    const scenario = loadScenario(file);
    return { name: scenario.name, ...compute(scenario) };
  });

export const BASELINE = 'scenarios/baseline.yaml';
export const fixture = (name: string) => `test/fixtures/compare/${name}.yaml`;
