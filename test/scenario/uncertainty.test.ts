import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cell, InputCell } from '../../src/engine/index.js';
import { cellsToSave, derivedFromEdits, formatProblem, loadScenario, parseScenario, ScenarioError, saveScenario } from '../../src/scenario/index.js';
import { folderWith } from './helpers.js';

const HEADER = 'name: Test\nbase_year: "2015/16"\n';

function problemsOf(text: string): string[] {
  try {
    parseScenario(text, 's.yaml');
    return [];
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    return error.problems.map(formatProblem);
  }
}

/** An input `x` with the given fields, one per line, starting on line 5. */
const withInput = (...fields: string[]) => `${HEADER}inputs:\n  x:\n${fields.map((field) => `    ${field}\n`).join('')}`;

const inputOf = (text: string, name = 'x') => parseScenario(text, 's.yaml').cells.find((cell) => cell.name === name) as InputCell;

describe('ranges on inputs', () => {
  it('reads low, high and a distribution, triangular unless the file says otherwise', () => {
    expect(inputOf(withInput('value: 0.02', 'low: 0.01', 'high: 0.04'))).toMatchObject({ low: 0.01, high: 0.04 });
    expect(inputOf(withInput('value: 0.02', 'low: 0.01', 'high: 0.04')).distribution).toBeUndefined();
    for (const distribution of ['triangular', 'uniform', 'pert', 'normal', 'lognormal']) {
      expect(inputOf(withInput('value: 0.02', 'low: 0.01', 'high: 0.04', `distribution: ${distribution}`)).distribution).toBe(distribution);
    }
  });

  it('refuses each faulty range at its line and column, saying what to do', () => {
    expect(problemsOf(withInput('value: 0.02', 'low: 0.01'))).toEqual(['s.yaml:6:10: x: low 0.01 has no high: give both low: and high:, or neither']);
    expect(problemsOf(withInput('value: 0.02', 'high: 0.04'))).toEqual(['s.yaml:6:11: x: high 0.04 has no low: give both low: and high:, or neither']);
    expect(problemsOf(withInput('value: 0.02', 'distribution: uniform'))).toEqual(['s.yaml:6:19: x: a distribution needs a range: add low: and high:']);
    expect(problemsOf(withInput('value: 0.02', 'low: 0.01', 'high: 0.04', 'distribution: trianglar'))).toEqual([
      's.yaml:8:19: x: unknown distribution "trianglar" (did you mean "triangular"?); use one of: triangular, uniform, pert, normal, lognormal',
    ]);
    expect(problemsOf(withInput('value: 0.02', 'low: 0.04', 'high: 0.01'))).toEqual(['s.yaml:5:5: x: low 0.04 is greater than high 0.01']);
    expect(problemsOf(withInput('value: 0.05', 'low: 0.01', 'high: 0.04'))).toEqual([
      's.yaml:5:5: x: value 0.05 must be between low 0.01 and high 0.04 for a triangular distribution',
    ]);
    expect(problemsOf(withInput('value: 0.05', 'low: 0.01', 'high: 0.04', 'distribution: normal'))).toEqual([
      's.yaml:5:5: x: value 0.05 must be between low 0.01 and high 0.04 for a normal distribution',
    ]);
    expect(problemsOf(withInput('value: 0.02', 'low: 0', 'high: 0.04', 'distribution: lognormal'))).toEqual([
      's.yaml:5:5: x: a lognormal range needs low above 0 (its 5th percentile), not 0',
    ]);
    expect(problemsOf(withInput('value: 0.02', 'low: 0.02', 'high: 0.02', 'distribution: pert'))).toEqual([
      's.yaml:5:5: x: a pert distribution needs low below high',
    ]);
    expect(problemsOf(withInput('value: 0.02', 'min: 0', 'max: 0.03', 'low: -0.01', 'high: 0.04'))).toEqual([
      's.yaml:8:10: x: low -0.01 is below min 0',
      's.yaml:9:11: x: high 0.04 is above max 0.03',
    ]);
    expect(problemsOf(withInput('value: 0.02', 'low: 1%', 'high: 0.04'))).toEqual([
      's.yaml:6:10: inputs.x.low: low must be a number (like 0.02), not text or .nan/.inf',
    ]);
    expect(problemsOf(withInput('value: 0.02', 'lwo: 0.01', 'high: 0.04'))[0]).toBe('s.yaml:6:5: unknown key "lwo" (did you mean "low"?)');
  });

  it('lets a uniform range leave the value outside it, since a uniform draw ignores the value', () => {
    expect(problemsOf(withInput('value: 0.05', 'low: 0.01', 'high: 0.04', 'distribution: uniform'))).toEqual([]);
  });

  it('inherits a range while the value is one it allows, and drops it for a value outside it', () => {
    const parent = `${HEADER}inputs:\n  share:\n    value: 0.5\n    low: 0.3\n    high: 0.7\n    distribution: pert\n  growth:\n    value: 0.02\n    low: 0.01\n    high: 0.04\n`;
    const dir = folderWith({
      'parent.yaml': parent,
      'inside.yaml': 'extends: parent.yaml\ninputs:\n  share:\n    value: 0.6\n    source: "assumption: a little higher"\n',
      'outside.yaml': 'extends: parent.yaml\ninputs:\n  share: 0.076\n  growth:\n    value: 0.03\n    low: 0.02\n    high: 0.05\n',
      'half.yaml': 'extends: parent.yaml\ninputs:\n  growth:\n    value: 0.03\n    high: 0.05\n',
    });
    const cell = (file: string, name: string) => loadScenario(join(dir, file)).cells.find((each) => each.name === name) as InputCell;
    expect(cell('inside.yaml', 'share')).toMatchObject({ value: 0.6, low: 0.3, high: 0.7, distribution: 'pert' });
    expect(cell('outside.yaml', 'share')).toMatchObject({ value: 0.076, low: undefined, high: undefined, distribution: undefined });
    // A file that gives any of low, high and distribution gives the whole range.
    expect(cell('outside.yaml', 'growth')).toMatchObject({ value: 0.03, low: 0.02, high: 0.05, distribution: undefined });
    expect(() => loadScenario(join(dir, 'half.yaml'))).toThrow('half.yaml:5:11: growth: high 0.05 has no low: give both low: and high:, or neither');
  });
});

describe('simulation: in a file', () => {
  it('reads samples and seed, each else from the file it extends', () => {
    const parent = `${HEADER}simulation: {samples: 5000, seed: 7}\n`;
    const dir = folderWith({ 'parent.yaml': parent, 'child.yaml': 'extends: parent.yaml\nsimulation:\n  seed: 8\n' });
    expect(loadScenario(join(dir, 'parent.yaml')).simulation).toEqual({ samples: 5000, seed: 7 });
    expect(loadScenario(join(dir, 'child.yaml')).simulation).toEqual({ samples: 5000, seed: 8 });
    expect(parseScenario(HEADER, 's.yaml').simulation).toBeUndefined();
  });

  it('refuses bad settings at their place', () => {
    expect(problemsOf(`${HEADER}simulation: {samples: 0, seed: 1}\n`)).toEqual([
      's.yaml:3:23: simulation.samples: a number of samples must be a whole number from 1 to 1,000,000, not 0',
    ]);
    expect(problemsOf(`${HEADER}simulation:\n  samples: 2000000\n  seed: 1.5\n`)).toEqual([
      's.yaml:4:12: simulation.samples: a number of samples must be a whole number from 1 to 1,000,000, not 2000000',
      's.yaml:5:9: simulation.seed: a seed must be a whole number from 0 to 4294967295, not 1.5',
    ]);
    expect(problemsOf(`${HEADER}simulation:\n  samples: many\n`)).toEqual([
      's.yaml:4:12: simulation.samples: must be a whole number, e.g. simulation: {samples: 10000, seed: 1}',
    ]);
    expect(problemsOf(`${HEADER}simulation:\n  sead: 1\n`)).toEqual(['s.yaml:4:3: unknown key "sead" (did you mean "seed"?); allowed here: samples, seed']);
    expect(problemsOf(`${HEADER}simulation: 10000\n`)).toEqual([
      's.yaml:3:13: simulation must be a mapping with samples: and seed:, e.g. simulation: {samples: 10000, seed: 1}',
    ]);
    expect(problemsOf(`${HEADER}simulations: {}\n`)).toEqual(['s.yaml:3:1: unknown key "simulations" (did you mean "simulation"?)']);
  });
});

describe('saving ranges', () => {
  const BASELINE = readFileSync(new URL('../../scenarios/baseline.yaml', import.meta.url), 'utf8');
  const edited = (cells: readonly Cell[], name: string, change: Partial<InputCell>) =>
    cells.map((cell) => (cell.name === name && cell.kind === 'input' ? { ...cell, ...change } : cell));

  it('keeps the baseline’s ranges, their comments and simulation: when a value is saved, and writes a changed range', () => {
    const dir = folderWith({ 'baseline.yaml': BASELINE });
    const scenario = loadScenario(join(dir, 'baseline.yaml'));
    saveScenario(scenario, edited(scenario.cells, 'budget_growth', { value: 0.03, high: 0.05 }), join(dir, 'copy.yaml'));
    const saved = readFileSync(join(dir, 'copy.yaml'), 'utf8');
    expect(saved).toBe(BASELINE.replace('    value: 0.02\n', '    value: 0.03\n').replace('    high: 0.04\n', '    high: 0.05\n'));
    expect(loadScenario(join(dir, 'copy.yaml')).simulation).toEqual({ samples: 10000, seed: 1 });
  });

  it('drops a range that an edited value has left, so the saved file loads, and keeps one it is still in', () => {
    const dir = folderWith({ 'baseline.yaml': BASELINE, 'child.yaml': 'extends: baseline.yaml\nname: Child\n' });
    const scenario = loadScenario(join(dir, 'baseline.yaml'));
    const outside = cellsToSave(scenario, edited(scenario.cells, 'marginal_private_share', { value: 0.2 }));
    saveScenario(scenario, outside, join(dir, 'copy.yaml'));
    const saved = readFileSync(join(dir, 'copy.yaml'), 'utf8');
    expect(saved).not.toContain('    low: 0.3\n    high: 0.7\n');
    expect(saved).toContain('    low: 0.01\n    high: 0.04\n');
    expect(loadScenario(join(dir, 'copy.yaml')).cells.find((cell) => cell.name === 'marginal_private_share')).toMatchObject({ value: 0.2, low: undefined });
    const child = loadScenario(join(dir, 'child.yaml'));
    saveScenario(child, cellsToSave(child, edited(child.cells, 'budget_growth', { value: 0.03 })), join(dir, 'child.yaml'));
    expect(loadScenario(join(dir, 'child.yaml')).cells.find((cell) => cell.name === 'budget_growth')).toMatchObject({ value: 0.03, low: 0.01, high: 0.04 });
    const text = derivedFromEdits(scenario, edited(scenario.cells, 'marginal_private_share', { value: 0.2 }), join(dir, 'derived.yaml'), 'Derived');
    writeFileSync(join(dir, 'derived.yaml'), text);
    expect(loadScenario(join(dir, 'derived.yaml')).cells.find((cell) => cell.name === 'marginal_private_share')).toMatchObject({ value: 0.2, low: undefined });
  });
});
