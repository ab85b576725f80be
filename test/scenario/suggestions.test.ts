import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closestName, NO_SUGGESTIONS, Suggester } from '../../src/engine/index.js';
import { formatProblem, formulaProblems, loadScenario } from '../../src/scenario/index.js';
import { checkFiles } from './check-folder.js';
import { folderWith } from './helpers.js';

const HEADER = 'name: Names\nbase_year: "2015/16"\n';

/** Names of 60 letters, far apart from each other: each a fixed letter pattern, numbered in base 26. */
function longName(i: number): string {
  const digits = [i % 26, Math.floor(i / 26) % 26, Math.floor(i / 676) % 26].map((d) => String.fromCharCode(97 + d)).join('');
  return `cell_${digits.repeat(18)}_${digits}`;
}
/** One edit away from the name it comes from: its 30th letter replaced. */
const misspelt = (name: string) => `${name.slice(0, 30)}${name[30] === 'z' ? 'y' : 'z'}${name.slice(31)}`;

/** The edit distance with swaps, computed the plain way: a reference for the suggester. */
function referenceDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('suggestions for misspelt names', () => {
  it('suggest the closest name, the earlier of two equally close ones, within a third of the length', () => {
    const known = ['budget_growth', 'horizon_years', 'private_share', 'private_shore', 'extra_money'];
    const pick = (name: string) => {
      const limit = Math.min(Math.max(1, Math.floor(name.length / 3)), name.length - 1);
      let best: string | undefined;
      for (const candidate of known) {
        const distance = referenceDistance(name.toLowerCase(), candidate.toLowerCase());
        if (distance <= limit && (best === undefined || distance < referenceDistance(name.toLowerCase(), best.toLowerCase()))) best = candidate;
      }
      return best;
    };
    for (const name of ['budget_grwth', 'BUDGET_GROWTH', 'horizon_yaers', 'private_sh', 'private_shxre', 'extra', 'x', 'mony', 'extra_moneys_and_more']) {
      expect(closestName(name, known), name).toBe(pick(name));
    }
    expect(closestName('private_shxre', known)).toBe('private_share');
    expect(closestName('budget_grwth', known)).toBe('budget_growth');
  });

  it('stop looking past their budget of work and say so', () => {
    const known = Array.from({ length: 2_000 }, (_, i) => longName(i));
    const suggester = new Suggester(known, 1_000_000);
    const found = Array.from({ length: 200 }, (_, i) => suggester.didYouMean(misspelt(known[i]!)));
    const given = found.filter((text) => text !== NO_SUGGESTIONS);
    expect(given.length).toBeGreaterThan(0);
    expect(given.length).toBeLessThan(200);
    given.forEach((text, i) => {
      expect(text).toBe(` (did you mean "${known[i]}"?)`);
    });
    expect(found.slice(given.length).every((text) => text === NO_SUGGESTIONS)).toBe(true);
    expect(suggester.exhausted).toBe(true);
  });

  it('a file with thousands of long names and hundreds of unknown ones is checked in full, every unknown name at its place', async () => {
    const names = Array.from({ length: 5_000 }, (_, i) => longName(i));
    const inputs = names.map((name) => `  ${name}: 1\n`).join('');
    const formulas = Array.from({ length: 400 }, (_, i) => `  uses_${i}: 2 * ${misspelt(names[i]!)}\n`).join('');
    const text = `${HEADER}inputs:\n${inputs}formulas:\n${formulas}`;
    const { code, lines: shown } = await checkFiles({ 's.yaml': text });
    // check shows the first 100 and counts the rest; every one of them is found, at its place.
    expect(shown).toHaveLength(101);
    expect(shown[100]).toBe('and 300 more problems');
    const lines = formulaProblems(loadScenario(join(folderWith({ 's.yaml': text }), 's.yaml'))).map((problem) => formatProblem({ ...problem, file: 's.yaml' }));
    expect(lines).toHaveLength(400);
    expect(shown.slice(0, 100)).toEqual(lines.slice(0, 100));
    const firstLine = 4 + names.length + 1;
    lines.forEach((line, i) => {
      const unknown = `s.yaml:${firstLine + i}:${14 + String(i).length}: uses_${i}: unknown name "${misspelt(names[i]!)}"`;
      expect([`${unknown} (did you mean "${names[i]}"?)`, `${unknown}${NO_SUGGESTIONS}`]).toContain(line);
    });
    const suggested = lines.filter((line) => line.includes('did you mean')).length;
    expect(suggested).toBeGreaterThan(0);
    // Once the budget is spent, no later name gets a suggestion.
    expect(lines.slice(suggested).every((line) => line.endsWith(NO_SUGGESTIONS))).toBe(true);
    expect(code).toBe(1);
  }, 60_000);

  it('a file that extends another with thousands of unused near-miss inputs is checked in bounded time', async () => {
    const names = Array.from({ length: 3_000 }, (_, i) => longName(i));
    const parent = `${HEADER}inputs:\n${names.map((name) => `  ${name}: 1\n`).join('')}`;
    const child = `name: Child\nextends: parent.yaml\ninputs:\n${names.map((name) => `  ${misspelt(name)}: 2\n`).join('')}`;
    const { code, lines } = await checkFiles({ 'parent.yaml': parent, 's.yaml': child });
    expect(lines.length).toBeGreaterThan(0);
    lines.slice(0, 100).forEach((line, i) => {
      expect(line).toBe(
        `s.yaml:${4 + i}:3: ${misspelt(names[i]!)} is a new input that nothing uses; did you mean ${names[i]} from parent.yaml? Rename it to change the inherited input, or remove it`,
      );
    });
    expect(code).toBe(1);
  }, 60_000);
});
