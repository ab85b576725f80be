import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, formulaProblems, loadScenario, ScenarioError } from '../../src/scenario/index.js';
import { folderWith } from './helpers.js';

const HEADER = 'name: Test\nbase_year: "2015/16"\n';

function problemsOf(text: string | Buffer): string[] {
  const dir = folderWith({ 's.yaml': text });
  try {
    const scenario = loadScenario(join(dir, 's.yaml'));
    return formulaProblems(scenario)
      .map(formatProblem)
      .map((line) => line.replace(`${dir}/`, ''));
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    return error.problems.map(formatProblem).map((line) => line.replace(`${dir}/`, ''));
  }
}

describe('scenario validation reports file:line:col', () => {
  it('accepts the baseline', () => {
    expect(problemsOf(`${HEADER}inputs:\n  spend: 1\nformulas:\n  doubled: spend * 2\n`)).toEqual([]);
  });

  it('suggests the key that was meant', () => {
    expect(problemsOf(`${HEADER}inputs:\n  a:\n    valeu: 1\n`)).toEqual([
      's.yaml:5:5: inputs.a.value: value is missing',
      's.yaml:5:5: unknown key "valeu" (did you mean "value"?)',
    ]);
    expect(problemsOf(`${HEADER}formulaz:\n  b: 1\n`)).toEqual(['s.yaml:3:1: unknown key "formulaz" (did you mean "formulas"?)']);
  });

  it('reports every problem of a file at once: a bad cell does not hide the formulas of the others', () => {
    expect(
      problemsOf(`${HEADER}inputs:\n  spend:\n    value: 1\n    unit: pct\n  growth: 0.02\nformulas:\n  total: spnd * 2\n  later: total * grwth + spend\n`),
    ).toEqual([
      's.yaml:6:11: inputs.spend.unit: unit must be one of: £bn, percent, years, number',
      's.yaml:9:10: total: unknown name "spnd" (did you mean "spend"?)',
      's.yaml:10:18: later: unknown name "grwth" (did you mean "growth"?)',
    ]);
  });

  it('refuses control characters, which could rewrite the terminal that shows them', () => {
    expect(problemsOf('name: "Base\\e[2J\\e]52;c;aGk=\\a"\nbase_year: "2015/16"\n')).toEqual([
      's.yaml:1:7: name: name contains a control character (U+001B); remove it',
    ]);
    expect(problemsOf(`${HEADER}inputs:\n  "x\\e[31m": 1\n`)).toEqual([
      's.yaml:4:3: "x\\u001b[31m" is not a valid cell name: use letters, digits and _, starting with a letter',
    ]);
  });

  it('explains a second YAML document', () => {
    expect(problemsOf(`${HEADER}---\nname: Other\n`)).toEqual([
      's.yaml:3:1: a scenario file holds one YAML document: remove the "---" line and what follows, or move it to its own file',
    ]);
  });

  it('points at a value of the wrong type', () => {
    expect(problemsOf(`${HEADER}inputs:\n  a:\n    value: lots\n`)).toEqual([
      's.yaml:5:12: inputs.a.value: value must be a number (like 0.02), not text or .nan/.inf',
    ]);
    expect(problemsOf(`${HEADER}inputs:\n  a: .nan\n`)[0]).toMatch(/^s\.yaml:4:6: /);
    expect(problemsOf(`${HEADER}inputs:\n  a:\n    value: 1\n    unit: dollars\n`)).toEqual([
      's.yaml:6:11: inputs.a.unit: unit must be one of: £bn, percent, years, number',
    ]);
  });

  it('rejects duplicate keys, bad names and values outside their bounds', () => {
    expect(problemsOf(`${HEADER}inputs:\n  a: 1\n  a: 2\n`)).toEqual(['s.yaml:5:3: this key appears twice in the same mapping; keep one']);
    expect(problemsOf(`${HEADER}inputs:\n  g: 1\n`)).toEqual([
      's.yaml:4:3: "g" clashes with a built-in function, constant or unit: choose another name, e.g. "g_value"',
    ]);
    expect(problemsOf(`${HEADER}inputs:\n  a:\n    value: 2\n    max: 1\n`)).toEqual(['s.yaml:5:5: a: value 2 is above max 1']);
    expect(problemsOf(`${HEADER}inputs:\n  a: 1\nformulas:\n  a: 2\n`)).toEqual(['s.yaml:6:3: "a" is defined twice: once in inputs and once in formulas']);
  });

  it('points into the formula at an unknown name', () => {
    expect(problemsOf(`${HEADER}inputs:\n  budget_growth: 1\nformulas:\n  doubled: 2 * budget_grwth\n`)).toEqual([
      's.yaml:6:16: doubled: unknown name "budget_grwth" (did you mean "budget_growth"?)',
    ]);
  });

  it('explains empty, binary, non-mapping and broken YAML files', () => {
    expect(problemsOf('')).toEqual(['s.yaml:1:1: file is empty: a scenario needs name:, base_year:, inputs: and formulas:']);
    expect(problemsOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))).toEqual(['s.yaml:1:1: this is a binary file, not a YAML scenario']);
    expect(problemsOf('- 1\n- 2\n')).toEqual(['s.yaml:1:1: a scenario file must be a mapping with name:, inputs: and formulas:']);
    expect(problemsOf(`${HEADER}inputs: [1, 2\n`)[0]).toMatch(/^s\.yaml:4:1: Flow sequence/);
    expect(problemsOf('name: x\ninputs:\n  a: 1\n')).toEqual(['s.yaml:1:1: base_year is missing: add e.g. base_year: "2015/16"']);
    expect(problemsOf('name: x\nbase_year: "2015/17"\n')).toEqual(['s.yaml:2:12: base year "2015/17" must span consecutive years, e.g. 2015/16']);
  });

  it('says when the file does not exist', () => {
    expect(() => loadScenario('/nonexistent/s.yaml')).toThrow(/^cannot read \/nonexistent\/s.yaml: no such file; check the path$/);
  });
});
