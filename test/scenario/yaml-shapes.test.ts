import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compute, loadScenario, type Problem, ScenarioError } from '../../src/scenario/index.js';
import { checkFiles } from './check-folder.js';
import { folderWith } from './helpers.js';

const HEADER = 'name: Shapes\nbase_year: "2015/16"\n';
const lines = (count: number, line: (i: number) => string) => Array.from({ length: count }, (_, i) => line(i)).join('');
const NESTED = 'the YAML is nested more than 16 levels deep; a scenario needs three: a section, a cell and its fields';
const tagRefused = (tag: string) => `YAML tag "${tag}" is not allowed in a scenario file: remove it (write text in quotes, e.g. "2015/16")`;

// The files here are large, so a busy machine may need more than the default five seconds for them.
describe('the size of a mapping is checked while the file is read', () => {
  it('one mapping of 80,000 tiny keys is refused where it passes 20,000 entries', async () => {
    const text = `${HEADER}inputs:\n${lines(80_000, (i) => `  k${i}: 1\n`)}`;
    expect(text.length).toBeLessThan(1_000_000);
    const { code, lines: shown } = await checkFiles({ 's.yaml': text });
    // Key number 20,002 is on line 3 + 20,002: past it the mapping certainly holds more than 20,000 entries.
    expect(shown).toEqual(['s.yaml:20005:1: more than 20000 entries in one mapping or list; a scenario may have at most 20000 cells']);
    expect(code).toBe(1);
  }, 60_000);

  it('a flow list of 300,000 items is refused the same way', async () => {
    const { code, lines: shown } = await checkFiles({ 's.yaml': `${HEADER}inputs:\n  a: [${'1,'.repeat(300_000)}1]\n` });
    // Item 20,002 starts after 20,001 "1," pairs, 7 characters into line 4.
    expect(shown).toEqual([`s.yaml:4:${7 + 2 * 20_001 - 1}: more than 20000 entries in one mapping or list; a scenario may have at most 20000 cells`]);
    expect(code).toBe(1);
  }, 60_000);

  it('20,001 cells split between inputs and formulas are refused before any cell is validated', async () => {
    const text = `${HEADER}inputs:\n${lines(10_001, (i) => `  in_${i}: ${i}\n`)}formulas:\n${lines(10_000, (i) => `  out_${i}: in_${i} * 2 +\n`)}`;
    const { code, lines: shown } = await checkFiles({ 's.yaml': text });
    // Every formula is broken, yet only the count is reported: no cell was looked at. Cell 20,001 is the last
    // formula, on line 3 + 10,001 inputs + 1 + 10,000.
    expect(shown).toEqual(['s.yaml:20005:3: a scenario may have at most 20000 cells']);
    expect(code).toBe(1);
  }, 60_000);

  it('the cell past the limit is found in file order, and after the cells a parent gives', async () => {
    const formulasFirst = `${HEADER}formulas:\n${lines(15_000, (i) => `  out_${i}: ${i} * 2\n`)}inputs:\n${lines(5_001, (i) => `  in_${i}: ${i}\n`)}`;
    // 15,000 formulas on lines 4 to 15,003, then "inputs:", then the 5,000th input (cell 20,000) and the one past it.
    expect((await checkFiles({ 's.yaml': formulasFirst })).lines).toEqual(['s.yaml:20005:3: a scenario may have at most 20000 cells']);
    const parent = `${HEADER}inputs:\n${lines(5, (i) => `  p_${i}: ${i}\n`)}`;
    const child = `extends: parent.yaml\nformulas:\n${lines(19_996, (i) => `  c_${i}: p_0 + ${i}\n`)}`;
    // With the parent's 5 cells, the child's 19,996th formula (line 2 + 19,996) is cell 20,001.
    const { code, lines: shown } = await checkFiles({ 's.yaml': child, 'parent.yaml': parent });
    expect(shown).toEqual(['s.yaml:19998:3: a scenario may have at most 20000 cells']);
    expect(code).toBe(1);
  }, 60_000);

  it('a valid file of 20,000 cells is accepted and computes', async () => {
    const text = `${HEADER}inputs:\n  horizon_years: 3\n${lines(9_999, (i) => `  in_${i}:\n    value: ${i}\n    unit: number\n`)}formulas:\n${lines(10_000, (i) => `  out_${i}: in_${i % 9_999} * 2 + t\n`)}`;
    const { code, stdout, lines: shown } = await checkFiles({ 's.yaml': text });
    expect(shown).toEqual([]);
    expect(stdout).toBe('s.yaml: ok (20000 cells)\n');
    expect(code).toBe(0);
    const dir = folderWith({ 's.yaml': text });
    const { evaluation } = compute(loadScenario(join(dir, 's.yaml')));
    expect(evaluation.results.get('out_10')).toEqual({ ok: true, value: [21, 22, 23] });
    expect(evaluation.results.get('out_9999')).toEqual({ ok: true, value: [1, 2, 3] });
  }, 60_000);

  it('a key repeated far apart in a mapping of 20,000 keys is found at its place', async () => {
    const text = `${HEADER}inputs:\n${lines(19_999, (i) => `  in_${i}: ${i}\n`)}  in_3: 4\n`;
    const { code, lines: shown } = await checkFiles({ 's.yaml': text });
    expect(shown).toEqual(['s.yaml:20003:3: this key appears twice in the same mapping; keep one']);
    expect(code).toBe(1);
  }, 60_000);

  it('keys that are equal as text are duplicates, whatever their YAML type', async () => {
    const { lines: shown } = await checkFiles({ 's.yaml': `${HEADER}inputs:\n  "1": 1\n  1: 2\n  'a': 3\n  a: 4\n` });
    expect(shown).toEqual([
      's.yaml:5:3: this key appears twice in the same mapping; keep one',
      's.yaml:7:3: this key appears twice in the same mapping; keep one',
    ]);
  });

  it('a key that is a list, a mapping or an alias is refused, not turned into text', async () => {
    const { code, lines: shown } = await checkFiles({ 's.yaml': `${HEADER}inputs:\n  ? [a, b]\n  : 1\n  ? {c: 1}\n  : 2\n  ok: &x 3\n  *x : 4\n` });
    expect(shown).toEqual([
      's.yaml:4:5: a key must be plain text, such as a cell name',
      's.yaml:6:5: a key must be plain text, such as a cell name',
      's.yaml:9:3: a key must be plain text, such as a cell name',
    ]);
    expect(code).toBe(1);
  });
});

describe('an unquoted conditional in a formula', () => {
  it('is refused with how to quote it, as a cell and as a formula field', async () => {
    const cell = await checkFiles({ 's.yaml': `${HEADER}inputs:\n  a: 1\n  x: 2\nformulas:\n  s4: a > 0 ? 5 : x\n` });
    expect(cell.lines).toEqual(['s.yaml:7:7: Nested mappings are not allowed in compact mappings; quote a formula with ? : in it: s4: "a > 0 ? 5 : x"']);
    expect(cell.code).toBe(1);
    const field = await checkFiles({ 's.yaml': `${HEADER}inputs:\n  a: 1\nformulas:\n  s4:\n    formula: a ? "x" : 2\n` });
    expect(field.lines).toEqual([
      's.yaml:7:14: Nested mappings are not allowed in compact mappings; quote a formula with ? : in it: formula: "a ? \\"x\\" : 2"',
    ]);
    // Quoted as the message says, the formula is read and computes 5.
    const quoted = folderWith({ 's.yaml': `${HEADER}inputs:\n  a: 1\n  x: 2\nformulas:\n  s4: "a > 0 ? 5 : x"\n` });
    expect(compute(loadScenario(join(quoted, 's.yaml'))).evaluation.results.get('s4')).toEqual({ ok: true, value: 5 });
  });
});

describe('nesting is bounded before anything is built from it', () => {
  it.each([
    ['lists in brackets', `name: ${'['.repeat(200_000)}${']'.repeat(200_000)}\n`, 's.yaml:1:22'],
    ['mappings in braces', `name: ${'{a: '.repeat(100_000)}1${'}'.repeat(100_000)}\n`, 's.yaml:1:67'],
    // A mapping starts at the colon after its first key.
    ['indented mappings', `name:\n${lines(1_000, (i) => `${' '.repeat(i + 1)}a:\n`)}`, 's.yaml:17:18'],
    ['indented lists', `name:\n${lines(1_000, (i) => `${' '.repeat(i + 1)}-\n`)}`, 's.yaml:17:17'],
    ['lists on one line', `name:\n  ${'- '.repeat(100_000)}1\n`, 's.yaml:2:33'],
  ])('%s, at the level past the sixteenth', async (_, text, place) => {
    const { code, lines: shown } = await checkFiles({ 's.yaml': text });
    expect(shown).toEqual([`${place}: ${NESTED}`]);
    expect(code).toBe(1);
  });

  it('sixteen levels are read, and the file is judged on what it holds', async () => {
    const { lines: shown } = await checkFiles({ 's.yaml': `${HEADER}description: ${'['.repeat(15)}${']'.repeat(15)}\n` });
    expect(shown).toEqual(['s.yaml:3:14: description: description must be text']);
  });

  it('aliases cannot multiply nesting: a chain of them is refused by the alias limit', async () => {
    const chain = lines(100, (i) => `x${i + 1}: &a${i + 1} ${'['.repeat(14)}*a${i}${']'.repeat(14)}\n`);
    const { code, lines: shown } = await checkFiles({ 's.yaml': `${HEADER}x0: &a0 ${'['.repeat(14)}1${']'.repeat(14)}\n${chain}` });
    expect(shown).toEqual(['s.yaml:1:1: too many YAML aliases (limit 100); write the values out']);
    expect(code).toBe(1);
  });
});

describe('YAML tags are refused, at the tag', () => {
  it('an unknown tag on a formula is not dropped', async () => {
    const text = `${HEADER}inputs:\n  budget: 1\nformulas:\n  bad: !foo budget * 2\n  fine: budget * 3\n`;
    const { code, lines: shown } = await checkFiles({ 's.yaml': text });
    expect(shown).toEqual([`s.yaml:6:8: ${tagRefused('!foo')}`]);
    expect(code).toBe(1);
  });

  it('a function tag is not read as a formula', async () => {
    const { code, lines: shown } = await checkFiles({ 's.yaml': `${HEADER}formulas:\n  bad: !!js/function "function () { return 1 }"\n` });
    expect(shown).toEqual([`s.yaml:4:8: ${tagRefused('!!js/function')}`]);
    expect(code).toBe(1);
  });

  it('every kind of tag, anywhere, each at its own line and column', async () => {
    const text = [
      '%TAG !e! tag:example.com,2000:',
      '--- !!map',
      'name: !!str Tagged',
      'base_year: "2015/16"',
      'inputs:',
      '  !!str a: !!int 1',
      '  b_input: !!binary aGk=',
      '  c_input: !!set {x}',
      '  d_input: !!omap [x: 1]',
      '  e_input: ! 12',
      '  f_input: !<tag:yaml.org,2002:str> x',
      '  g_input: [!foo x]',
      '  h_input: !e!thing 1',
      '  i_input: !!python/object/apply:os.system ["true"]',
      '',
    ].join('\n');
    const { code, lines: shown } = await checkFiles({ 's.yaml': text });
    expect(shown).toEqual(
      [
        ['2:5', '!!map'],
        ['3:7', '!!str'],
        ['6:3', '!!str'],
        ['6:12', '!!int'],
        ['7:12', '!!binary'],
        ['8:12', '!!set'],
        ['9:12', '!!omap'],
        ['10:12', '!'],
        ['11:12', '!<tag:yaml.org,2002:str>'],
        ['12:13', '!foo'],
        ['13:12', '!e!thing'],
        ['14:12', '!!python/object/apply:os.system'],
      ].map(([place, tag]) => `s.yaml:${place}: ${tagRefused(tag!)}`),
    );
    expect(code).toBe(1);
  });

  it('an exclamation mark in text, a comment or a block of text is not a tag', async () => {
    const text = `${HEADER}description: "Wow! !foo"\ninputs:\n  a_input:\n    value: 1\n    description: Hello !world\n    source: |\n      assumption:\n      !not a tag\n  b_input: 2 # !foo\n  c_input:\n    value: 3\n    source: 'assumption: !x'\n`;
    const { code, stdout, lines: shown } = await checkFiles({ 's.yaml': text });
    expect(shown).toEqual([]);
    expect(stdout).toBe('s.yaml: ok (3 cells)\n');
    expect(code).toBe(0);
    const dir = folderWith({ 's.yaml': text });
    expect(loadScenario(join(dir, 's.yaml')).cells.map((cell) => [cell.name, cell.source])).toEqual([
      ['a_input', 'assumption:\n!not a tag\n'],
      ['b_input', undefined],
      ['c_input', 'assumption: !x'],
    ]);
  });
});

describe('a file with thousands of problems', () => {
  it('lists the first hundred and counts the rest', async () => {
    const text = `${HEADER}inputs:\n${lines(5_000, () => '  a: 1\n')}`;
    const { code, lines: shown } = await checkFiles({ 's.yaml': text });
    expect(shown).toHaveLength(101);
    expect(shown[0]).toBe('s.yaml:5:3: this key appears twice in the same mapping; keep one');
    expect(shown[99]).toBe('s.yaml:104:3: this key appears twice in the same mapping; keep one');
    expect(shown[100]).toBe('and 4899 more problems');
    expect(code).toBe(1);
    const dir = folderWith({ 's.yaml': text });
    const error = (() => {
      try {
        loadScenario(join(dir, 's.yaml'));
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as ScenarioError).problems).toHaveLength(4_999);
    expect((error as ScenarioError).problems.at(-1)).toMatchObject({ line: 5_003, col: 3 });
  }, 60_000);

  it('places each of 20,000 invalid cells at its own value', async () => {
    const text = `${HEADER}inputs:\n${lines(20_000, (i) => `  in_${i}:\n    value: lots\n`)}`;
    const dir = folderWith({ 's.yaml': text });
    let problems: readonly Problem[] = [];
    try {
      loadScenario(join(dir, 's.yaml'));
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      problems = error.problems;
    }
    expect(problems).toHaveLength(20_000);
    problems.forEach((problem, i) => {
      expect(problem).toEqual({
        file: join(dir, 's.yaml'),
        line: 5 + 2 * i,
        col: 12,
        message: `inputs.in_${i}.value: value must be a number (like 0.02), not text or .nan/.inf`,
      });
    });
  }, 60_000);
});
