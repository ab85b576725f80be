import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPlainYaml } from '../../src/scenario/plain-yaml.js';
import { readYamlByLibrary, type YamlFile } from '../../src/scenario/yaml.js';
import { generatedScenario } from '../bench/loading.js';

/** Plain data with every mapping as its entries in order, so that two values are equal only if their keys are in the same order. */
function ordered(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  return Object.entries(value).map(([key, inner]) => [key, ordered(inner)]);
}

/** Every path to a mapping in `data`, with its keys. */
function* mappings(data: unknown, path: readonly string[] = []): Generator<[readonly string[], string[]]> {
  if (data === null || typeof data !== 'object') return;
  yield [path, Object.keys(data)];
  for (const [key, value] of Object.entries(data)) yield* mappings(value, [...path, key]);
}

/** Fails unless the fast reader gives exactly what the library gives: data in order, and every position load asks for. */
function expectSameAsLibrary(text: string, plain: ReturnType<typeof readPlainYaml> & {}): void {
  let library: YamlFile;
  try {
    library = readYamlByLibrary(text, 's.yaml');
  } catch (error) {
    throw new Error(`the fast reader accepted a file the library refuses: ${JSON.stringify(text)}: ${String(error)}`);
  }
  expect(ordered(plain.data), text).toEqual(ordered(library.data));
  for (const [path, keys] of mappings(library.data)) {
    const asked: [readonly PropertyKey[], string?, number?][] = [[path], [[...path, 'missing']], [path, 'missing']];
    for (const key of keys)
      asked.push([path, key], [[...path, key]], [[...path, key], undefined, 0], [[...path, key], undefined, 3], [[...path, key, 'deeper']]);
    for (const [at, key, index] of asked)
      expect(plain.positionAt(at, key, index), `${text} at ${at.join('.')} ${key}`).toEqual(library.positionAt(at, key, index));
  }
}

/** Keys: the first few are templates that differ by line (`#` is the line's number); the rest are fixed, some repeated or odd. */
const KEYS = [
  'k#',
  'in_#',
  'x-#',
  'a.#',
  '"q#"',
  "'s#'",
  '20#/21',
  'a',
  'b',
  'name',
  '"2016/17"',
  '"q k"',
  'null',
  'True',
  '__proto__',
  '-k',
  '? k',
  'k k',
  '1',
  '"a\\"b"',
];
const SEPARATORS = [': ', ':', ':  ', ' :', ':\t'];
/** Values: the first few are what a scenario holds (numbers, names, formulas, quoted text, comments); the rest are odd. */
const VALUES = [
  ...['', '1', '-2', '+3', '007', '0o17', '0x1F', '1e3', '-1.5E-2', '.5', '1.', '.inf', '-.Inf', '.nan', '~', 'null', 'Null', 'true', 'FALSE', 'yes'],
  ...['1_000', 'a + b', '"dq"', '""', "'it''s'", "''", '# c', 'v # c', 'v#c', '-x', '£9.7bn', 'a  b', 'x  ', '"x" # c', "'x' #c", 'é', 'sum(t > 5 ? 1 : 2)'],
  ...['a ? b : c', 'a: b', 'x:', 'a:b', '"a\\"b"', "'open", '"open', '[1, 2]', '{ a: 1 }', '&a x', '*a', '!tag x', '!!str 1', '|', '>', '- x', '-', '@x'],
  ...['`x', '%x', '"x"y', '\u202E', '\t1', 'a\r', '\uFEFF', '1\u00A0', 'null\u2003', '\u3000', 'b\u00A0 # c'],
];
const WHOLE_LINES = ['# comment', '', '   ', '---', '...', '- item', '  - item', '%YAML 1.2', '  # indented comment'];

/** Mostly the first few (what scenarios are written with), sometimes any. */
const mostly = <T>(values: readonly T[], usual: number) =>
  fc.oneof({ weight: 15, arbitrary: fc.constantFrom(...values.slice(0, usual)) }, { weight: 1, arbitrary: fc.constantFrom(...values) });

/** A line one level deeper than the last (after a key with no value: a nested mapping), as deep, or shallower; sometimes odd. */
const line = fc.oneof(
  { weight: 20, arbitrary: fc.tuple(mostly([-1, 0, 1, -2, 2], 3), mostly(KEYS, 7), mostly(SEPARATORS, 1), mostly(VALUES, 37)) },
  { weight: 1, arbitrary: fc.constantFrom(...WHOLE_LINES) },
);
const text = fc.tuple(fc.array(line, { minLength: 1, maxLength: 14 }), fc.boolean(), fc.constantFrom(2, 2, 4, 1)).map(([lines, newline, step]) => {
  let level = 0;
  let opened = false;
  const rendered = lines.map((each, index) => {
    if (typeof each === 'string') return each;
    const [change, key, separator, value] = each;
    // Deeper only below a key with no value, except when the change is an odd one.
    level = Math.max(0, level + (change === 1 && !opened ? 0 : change));
    opened = value === '' || value === '# c';
    return `${' '.repeat(step * level)}${key.replace('#', String(index + 10))}${separator}${value}`;
  });
  return rendered.join('\n') + (newline ? '\n' : '');
});

describe('the fast YAML reader', () => {
  it('gives what the YAML library gives for every text it accepts, and declines the rest', () => {
    let accepted = 0;
    let declined = 0;
    fc.assert(
      fc.property(text, (each) => {
        const plain = readPlainYaml(each);
        if (plain) {
          accepted++;
          expectSameAsLibrary(each, plain);
        } else declined++;
      }),
      { numRuns: 3000, seed: 20261202 },
    );
    // The texts are a mix: enough of each kind that both sides of the reader are tried.
    expect(accepted).toBeGreaterThan(600);
    expect(declined).toBeGreaterThan(600);
  });

  it('reads the shipped scenarios written in plain YAML, and the largest file the benchmark loads', () => {
    const dir = 'scenarios';
    const read = readdirSync(dir).filter((file) => readPlainYaml(readFileSync(join(dir, file), 'utf8')));
    // what-happened.yaml writes its observations as { value: …, source: … }, which the library reads.
    expect(read).toEqual(readdirSync(dir).filter((file) => file !== 'what-happened.yaml'));
    for (const file of read) {
      const content = readFileSync(join(dir, file), 'utf8');
      expectSameAsLibrary(content, readPlainYaml(content)!);
    }
    const large = generatedScenario(20_000);
    expectSameAsLibrary(large, readPlainYaml(large)!);
  });

  it('keeps Unicode spaces at the end of a plain value, as YAML does: 1 followed by a no-break space is text', () => {
    for (const text of ['a: 1\u00A0\n', 'a: null\u2003\n', 'a: \u3000\n', 'a:\n  b: b\u00A0 #c\n  c: 1']) {
      const plain = readPlainYaml(text);
      expect(plain, text).toBeDefined();
      expectSameAsLibrary(text, plain!);
    }
    expect(readPlainYaml('a: 1\u00A0\n')?.data).toEqual({ a: '1\u00A0' });
  });

  it('declines a mapping past the cell limit and nesting past the depth limit, which the library refuses with their line', () => {
    const entries = (count: number) => Array.from({ length: count }, (_, i) => `  k${i}: 1\n`).join('');
    expect(readPlainYaml(`inputs:\n${entries(20_000)}`)).toBeDefined();
    expect(readPlainYaml(`inputs:\n${entries(20_001)}`)).toBeUndefined();
    const nested = (depth: number) => Array.from({ length: depth }, (_, i) => `${' '.repeat(2 * i)}k${i}:`).join('\n');
    expect(readPlainYaml(nested(16))).toBeDefined();
    expect(readPlainYaml(nested(17))).toBeUndefined();
  });
});
