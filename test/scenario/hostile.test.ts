import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compute, formatProblem, formulaProblems, loadScenario, ScenarioError } from '../../src/scenario/index.js';
import { folderWith } from './helpers.js';

const HEADER = 'name: Hostile\nbase_year: "2015/16"\ninputs:\n  budget_growth: 0.02\n  horizon_years: 5\n';

/** Loads a file in a fresh folder and returns its problems; the folder must hold only that file afterwards. */
function problemsOf(text: string | Buffer, extra: Record<string, string> = {}): string[] {
  const dir = folderWith({ 's.yaml': text, ...extra });
  const before = readdirSync(dir).sort();
  let problems: string[];
  try {
    const scenario = loadScenario(join(dir, 's.yaml'));
    problems = formulaProblems(scenario).map(formatProblem);
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    problems = error.problems.map(formatProblem);
  }
  expect(readdirSync(dir).sort()).toEqual(before);
  return problems.map((line) => line.replace(`${dir}/`, ''));
}

const formula = (text: string) => `${HEADER}formulas:\n  hostile: ${JSON.stringify(text)}\n  fine: budget_growth * 2\n`;

describe('hostile formulas are contained as cell errors', () => {
  it.each(['import', 'createUnit', 'evaluate', 'parse', 'simplify', 'derivative', 'resolve', 'reviver'])('%s() is refused', (name) => {
    const problems = problemsOf(formula(`${name}("1 + 1")`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^s\\.yaml:7:\\d+: hostile: function ${name}\\(\\) is not allowed in a formula`));
  });

  it.each([
    ['budget_growth.constructor', 'property access'],
    ['budget_growth["constructor"]', 'property access'],
    ['sum.constructor("return process")', 'calling an expression is not allowed'],
    ['f(x) = x', 'defining a function'],
    ['budget_growth = 2', 'assignment'],
    ['{a: 1}', 'an object'],
    ['zeros(1e5, 1e5)', 'function zeros() is not allowed'],
    ['range(1, 1e9)', 'function range() is not allowed'],
    ['1:1e9', 'a range'],
    ['[1, 2, 3]', 'a matrix'],
    ['5 kg', 'unknown name "kg"'],
  ])('%s is refused (%s)', (text, message) => {
    const problems = problemsOf(formula(text));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it('a refused formula leaves the other cells computing and the prototype untouched', () => {
    const dir = folderWith({ 's.yaml': formula('budget_growth.constructor.prototype.polluted = 1') });
    const { evaluation } = compute(loadScenario(join(dir, 's.yaml')));
    expect(evaluation.results.get('fine')).toEqual({ ok: true, value: 0.04 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('huge formulas and huge powers are bounded', () => {
    expect(problemsOf(formula(`${'1+'.repeat(1500)}1`))[0]).toContain('formula is 3001 characters long; the limit is 2000');
    expect(problemsOf(formula(`${'1+'.repeat(600)}1`))[0]).toContain('formula has more than 500 parts');
    expect(problemsOf(formula('9^9^9^9'))[0]).toContain('result is Infinity');
    expect(problemsOf(formula(`${'('.repeat(900)}1${')'.repeat(900)}`))).toEqual([
      's.yaml:7:12: hostile: formula is nested 900 brackets deep; the limit is 64: split it into several cells',
    ]);
    expect(problemsOf(formula('NaN * budget_growth'))).toEqual(['s.yaml:7:12: hostile: NaN cannot be used in a formula: write a finite number']);
  });

  it('formulas that would take long to compute are refused before they run, and the rest computes', () => {
    const slow = Array(60).fill('median(budget)').join(' + ');
    const text = `name: Slow\nbase_year: "2015/16"\ninputs:\n  budget_growth: 0.02\n  horizon_years: 100\nformulas:\n  budget: 100 * (1 + budget_growth)^t\n  slow: ${slow} + t\n  fine: sum(budget)\n`;
    expect(problemsOf(text)).toEqual([
      's.yaml:8:9: slow: formula needs too much computation (1206100 operations at a 100-year horizon; the limit is 1000000): split it into several cells',
    ]);
    const dir = folderWith({ 's.yaml': text });
    expect(compute(loadScenario(join(dir, 's.yaml'))).evaluation.results.get('fine')).toMatchObject({ ok: true });
  });

  it('many formulas that are each allowed cannot together make recalculation slow', () => {
    const heavy = Array(40).fill('median(budget)').join(' + ');
    const cells = Array.from({ length: 15 }, (_, i) => `  heavy_${i}: ${heavy} + t\n`).join('');
    const text = `name: Slow\nbase_year: "2015/16"\ninputs:\n  budget_growth: 0.02\n  horizon_years: 100\nformulas:\n  budget: 100 * (1 + budget_growth)^t\n${cells}`;
    const problems = problemsOf(text);
    // Each costs 804,100 operations; from the thirteenth on they would pass the 10,000,000 limit for the scenario.
    expect(problems).toHaveLength(3);
    expect(problems[0]).toBe(
      's.yaml:20:13: heavy_12: the scenario needs too much computation (over 10000000 operations at a 100-year horizon): use fewer or smaller formulas',
    );
  });
});

describe('hostile files are rejected with a place and a reason', () => {
  it('a YAML alias bomb', () => {
    let bomb = 'a0: &a0 [x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 10; i++)
      bomb += `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    expect(problemsOf(bomb)).toEqual(['s.yaml:1:1: too many YAML aliases (limit 100); write the values out']);
  });

  it('a deeply nested document', () => {
    expect(problemsOf(`name: ${'['.repeat(20000)}${']'.repeat(20000)}\n`)).toEqual([
      's.yaml:1:22: the YAML is nested more than 16 levels deep; a scenario needs three: a section, a cell and its fields',
    ]);
  });

  it('__proto__, constructor and prototype keys', () => {
    expect(problemsOf(`${HEADER}  __proto__: {value: 1}\n  constructor: 2\nformulas:\n  prototype: 1\n`)).toEqual([
      's.yaml:6:3: key "__proto__" is not allowed in a scenario file; rename it',
      's.yaml:7:3: key "constructor" is not allowed in a scenario file; rename it',
      's.yaml:9:3: key "prototype" is not allowed in a scenario file; rename it',
    ]);
    expect(({} as Record<string, unknown>).value).toBeUndefined();
  });

  it('duplicate keys', () => {
    expect(problemsOf(`${HEADER}  budget_growth: 0.03\n`)).toEqual(['s.yaml:6:3: this key appears twice in the same mapping; keep one']);
  });

  it('a huge file', () => {
    expect(problemsOf(`${HEADER}# ${'x'.repeat(1_000_001)}\n`)).toEqual(['s.yaml:1:1: file is larger than 1000000 bytes, the limit for scenario files']);
  });

  it('wrong types, NaN and Infinity', () => {
    expect(problemsOf(`${HEADER}  nan_input: .nan\n  inf_input: .inf\n  text_input: lots\n`)).toEqual([
      's.yaml:6:14: inputs.nan_input.value: value must be a number (like 0.02), not text or .nan/.inf',
      's.yaml:7:14: inputs.inf_input.value: value must be a number (like 0.02), not text or .nan/.inf',
      's.yaml:8:15: inputs.text_input: an input must be a number or a mapping with value:, unit:, min:, max:, step:, low:, high:, distribution:, description:, source:',
    ]);
    expect(problemsOf('name: 42\nbase_year: "2015/16"\n')).toEqual(['s.yaml:1:7: name: name must be text']);
  });

  it('empty and binary files', () => {
    expect(problemsOf('')).toEqual(['s.yaml:1:1: file is empty: a scenario needs name:, base_year:, inputs: and formulas:']);
    expect(problemsOf(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]))).toEqual(['s.yaml:1:1: this is a binary file, not a YAML scenario']);
  });

  it('a huge horizon', () => {
    expect(problemsOf(`name: x\nbase_year: "2015/16"\ninputs:\n  horizon_years: 1e9\nformulas:\n  year_number: t\n`)).toEqual([
      's.yaml:4:18: horizon_years: horizon_years must be a whole number from 1 to 100, not 1000000000',
    ]);
  });

  it("a horizon out of range is told the bound that applies: the input's own max, else 100", () => {
    const horizon = (fields: string) =>
      problemsOf(`name: x\nbase_year: "2015/16"\ninputs:\n  horizon_years:\n    value: 0\n${fields}formulas:\n  year_number: t\n`);
    expect(horizon('    max: 30\n')).toEqual(['s.yaml:5:5: horizon_years: horizon_years must be a whole number from 1 to 30, not 0']);
    expect(horizon('    max: 500\n')).toEqual(['s.yaml:5:5: horizon_years: horizon_years must be a whole number from 1 to 100, not 0']);
    expect(horizon('')).toEqual(['s.yaml:5:5: horizon_years: horizon_years must be a whole number from 1 to 100, not 0']);
  });

  it('cycles across extends', () => {
    const problems = problemsOf('name: A\nextends: b.yaml\n', { 'b.yaml': 'name: B\nextends: s.yaml\n' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/b\.yaml:2:10: extends makes a cycle: .*s\.yaml → .*b\.yaml → .*s\.yaml; remove one of the extends lines$/);
  });

  it('a scenario that extends itself', () => {
    expect(problemsOf('name: A\nextends: s.yaml\n')[0]).toMatch(/^s\.yaml:2:10: extends makes a cycle: /);
  });

  it('leaves the shipped baseline byte for byte unchanged', () => {
    const before = readFileSync(new URL('../../scenarios/baseline.yaml', import.meta.url), 'utf8');
    problemsOf(formula('import("fs")'));
    expect(readFileSync(new URL('../../scenarios/baseline.yaml', import.meta.url), 'utf8')).toBe(before);
  });
});
