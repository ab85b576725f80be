import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/engine/index.js';
import { compute, formatProblem, loadScenario, ScenarioError } from '../../src/scenario/index.js';
import { folderWith } from './helpers.js';

const PARENT = `name: Parent
base_year: "2015/16"
inputs:
  spend:
    value: 10
    unit: £bn
    min: 0
    max: 100
    step: 1
    source: "assumption: the parent's source"
  growth: 0.02
  horizon_years: 3
formulas:
  budget: spend * (1 + growth)^t
  total: sum(budget)
`;

const cellNamed = (cells: readonly Cell[], name: string) => cells.find((cell) => cell.name === name)!;

/** The problems loading `file` reports, with the temporary folder's path left out. */
function loadProblems(dir: string, file: string): string[] {
  try {
    loadScenario(join(dir, file));
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    // Parents are shown relative to the working folder.
    return error.problems.map(formatProblem).map((line) =>
      line
        .split(`${relative(process.cwd(), dir)}/`)
        .join('')
        .split(`${dir}/`)
        .join(''),
    );
  }
  throw new Error(`${file} loaded without problems`);
}

describe('extends', () => {
  it('overrides input values and keeps what the child does not restate', () => {
    const dir = folderWith({
      'parent.yaml': PARENT,
      'child.yaml': 'extends: parent.yaml\nname: Child\ninputs:\n  growth: 0.04\n  spend:\n    value: 12\n    max: 50\n',
    });
    const child = loadScenario(join(dir, 'child.yaml'));
    expect(child.name).toBe('Child');
    expect(child.baseYear).toBe('2015/16');
    expect(child.extends).toBe('parent.yaml');
    expect(child.cells.map((cell) => cell.name)).toEqual(['spend', 'growth', 'horizon_years', 'budget', 'total']);
    expect(cellNamed(child.cells, 'growth')).toMatchObject({ kind: 'input', value: 0.04 });
    expect(cellNamed(child.cells, 'spend')).toMatchObject({ value: 12, unit: '£bn', min: 0, max: 50, step: 1, source: "assumption: the parent's source" });
    const { evaluation } = compute(child);
    expect(evaluation.results.get('budget')).toEqual({ ok: true, value: [12 * 1.04, 12 * 1.04 ** 2, 12 * 1.04 ** 3] });
  });

  it('overrides formulas by name and appends new cells', () => {
    const dir = folderWith({
      'parent.yaml': PARENT,
      'child.yaml':
        'extends: parent.yaml\nname: Child\ninputs:\n  cap: 10.3\nformulas:\n  budget: min(spend * (1 + growth)^t, cap)\n  over_cap: "budget >= cap ? 1 : 0"\n',
    });
    const child = loadScenario(join(dir, 'child.yaml'));
    expect(child.cells.map((cell) => cell.name)).toEqual(['spend', 'growth', 'horizon_years', 'cap', 'budget', 'total', 'over_cap']);
    expect(cellNamed(child.cells, 'budget')).toMatchObject({ kind: 'formula', formula: 'min(spend * (1 + growth)^t, cap)' });
    const { evaluation } = compute(child);
    expect(evaluation.results.get('budget')).toEqual({ ok: true, value: [10.2, 10.3, 10.3] });
    expect(evaluation.results.get('over_cap')).toEqual({ ok: true, value: [0, 1, 1] });
    expect(evaluation.results.get('total')).toEqual({ ok: true, value: 10.2 + 10.3 + 10.3 });
  });

  it('resolves a chain of parents, the nearest winning', () => {
    const dir = folderWith({
      'parent.yaml': PARENT,
      'middle.yaml': 'extends: parent.yaml\ninputs:\n  growth: 0.03\n  horizon_years: 2\n',
      'child.yaml': 'extends: ./middle.yaml\nname: Child\ninputs:\n  growth: 0.05\n',
    });
    const child = loadScenario(join(dir, 'child.yaml'));
    expect(cellNamed(child.cells, 'growth')).toMatchObject({ value: 0.05 });
    expect(cellNamed(child.cells, 'horizon_years')).toMatchObject({ value: 2 });
    expect(child.inherited.get('growth')).toMatchObject({ value: 0.03 });
  });

  it('places problems in the file that defines the cell', () => {
    const dir = folderWith({ 'parent.yaml': PARENT, 'child.yaml': 'extends: parent.yaml\nformulas:\n  total: sum(budgt)\n' });
    const child = loadScenario(join(dir, 'child.yaml'));
    expect(child.place('total')).toMatchObject({ file: join(dir, 'child.yaml'), line: 3, col: 10 });
    expect(child.place('budget')).toMatchObject({ file: expect.stringMatching(/parent\.yaml$/), line: 14 });
  });

  it('reports a cycle of extends at the line that closes it', () => {
    const dir = folderWith({
      'a.yaml': 'name: A\nextends: b.yaml\n',
      'b.yaml': 'name: B\nbase_year: "2015/16"\nextends: a.yaml\n',
      'self.yaml': 'name: Self\nextends: self.yaml\n',
    });
    const [cycle] = loadProblems(dir, 'a.yaml');
    expect(cycle).toMatch(/b\.yaml:3:10: extends makes a cycle: .*a\.yaml → .*b\.yaml → .*a\.yaml; remove one of the extends lines$/);
    expect(loadProblems(dir, 'self.yaml')[0]).toMatch(/self\.yaml:2:10: extends makes a cycle: .*self\.yaml → .*self\.yaml;/);
  });

  it('reports a missing parent at the extends line', () => {
    const dir = folderWith({ 'child.yaml': 'name: Child\n\nextends: nowhere.yaml\n' });
    expect(loadProblems(dir, 'child.yaml')).toEqual([expect.stringMatching(/^child\.yaml:3:10: parent scenario .*nowhere\.yaml not found; check the path$/)]);
  });

  it('refuses a misspelt override of an input, which would otherwise silently change nothing', () => {
    const dir = folderWith({
      'parent.yaml': PARENT,
      'typo.yaml': 'extends: parent.yaml\nname: Typo\ninputs:\n  grwth: 0.03\n',
      'new.yaml':
        'extends: parent.yaml\nname: New\ninputs:\n  cap: 10\n  spends: 3\nformulas:\n  total_capped: min(total, cap + spends)\n  budgets: budget * 2\n',
    });
    expect(loadProblems(dir, 'typo.yaml')).toEqual([
      'typo.yaml:4:3: grwth is a new input that nothing uses; did you mean growth from parent.yaml? Rename it to change the inherited input, or remove it',
    ]);
    // A new input that a formula reads is meant, and so is a new formula (nothing reads an output).
    expect(loadScenario(join(dir, 'new.yaml')).cells.map((cell) => cell.name)).toEqual(expect.arrayContaining(['spends', 'budgets']));
  });

  it('reports a problem in a parent at its own place, and still checks the child', () => {
    const dir = folderWith({ 'parent.yaml': PARENT.replace('sum(budget)', 'sum(budgt)'), 'child.yaml': 'extends: parent.yaml\ninputs:\n  growth: 0.04\n' });
    const { evaluation } = compute(loadScenario(join(dir, 'child.yaml')));
    expect(evaluation.results.get('total')).toEqual({
      ok: false,
      error: 'unknown name "budgt" (did you mean "budget"?)',
      origin: { kind: 'static', cause: 'unknown-name' },
    });
    expect(loadScenario(join(dir, 'child.yaml')).place('total')).toMatchObject({ file: expect.stringMatching(/parent\.yaml$/), line: 15 });
  });

  it('follows parents in other folders, up to 16 files in a chain', () => {
    const files: Record<string, string> = { 'f1.yaml': PARENT };
    for (let i = 2; i <= 17; i++) files[`f${i}.yaml`] = `extends: f${i - 1}.yaml\ninputs:\n  growth: ${i / 100}\n`;
    const dir = folderWith(files);
    expect(cellNamed(loadScenario(join(dir, 'f16.yaml')).cells, 'growth')).toMatchObject({ value: 0.16 });
    expect(loadProblems(dir, 'f17.yaml')).toEqual(['f2.yaml:1:10: extends chain is longer than 16 files; merge some of them']);
    const nested = folderWith({ 'child.yaml': `extends: ../${dir.split('/').pop()}/f1.yaml\ninputs:\n  growth: 0.5\n` });
    expect(cellNamed(loadScenario(join(nested, 'child.yaml')).cells, 'growth')).toMatchObject({ value: 0.5 });
  });

  it('reads only scenario files as parents', () => {
    const dir = folderWith({ 'child.yaml': 'name: Child\nextends: /proc/self/status\n', 'folder.yaml': 'name: F\nextends: sub.yaml\n' });
    expect(loadProblems(dir, 'child.yaml')).toEqual(['child.yaml:2:10: extends must name a scenario file ending in .yaml or .yml, not "/proc/self/status"']);
    mkdirSync(join(dir, 'sub.yaml'));
    expect(loadProblems(dir, 'folder.yaml')).toEqual([expect.stringMatching(/^folder\.yaml:2:10: .*sub\.yaml is not a file$/)]);
  });

  it('loads every scenario in the library on top of the baseline', () => {
    for (const file of ['average-split', 'capacity-constrained', 'reverse-privatisation', 'higher-growth', 'what-happened']) {
      const scenario = loadScenario(`scenarios/${file}.yaml`);
      expect(scenario.extends).toBe('baseline.yaml');
      const { evaluation } = compute(scenario);
      const failing = [...evaluation.results].filter(([, result]) => !result.ok).map(([name]) => name);
      expect(failing, file).toEqual([]);
    }
  });
});
