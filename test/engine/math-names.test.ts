import { all, create } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { cellNameProblem } from '../../src/engine/index.js';
import { isUnitName } from '../../src/engine/math.js';
import { MATHJS_NAMES } from '../../src/engine/math-names.js';
import { MATHJS_PREFIXES, MATHJS_UNITS } from '../../src/engine/math-units.js';

describe('cell names that clash with mathjs', () => {
  it('the list of mathjs names matches the installed mathjs', () => {
    const full = create(all!);
    const names = Object.keys(full)
      .filter((key) => /^[A-Za-z][A-Za-z0-9_]*$/.test(key))
      .sort();
    expect([...MATHJS_NAMES].sort()).toEqual(names);
  });

  it('the units and their prefixes match the installed mathjs, so units are known without building its Unit class', () => {
    const full = create(all!);
    const { UNITS, PREFIXES } = full.Unit as unknown as {
      UNITS: Record<string, { prefixes: Record<string, unknown> }>;
      PREFIXES: Record<string, Record<string, unknown>>;
    };
    const groupOf = new Map(Object.entries(PREFIXES).map(([group, table]) => [table, group]));
    const expected: Record<string, string[]> = {};
    for (const [unit, { prefixes }] of Object.entries(UNITS)) {
      const group = groupOf.get(prefixes)!;
      expected[group] ??= [];
      expected[group].push(unit);
    }
    expect(MATHJS_UNITS).toEqual(expected);
    for (const group of Object.keys(MATHJS_PREFIXES)) {
      expect(MATHJS_PREFIXES[group]).toEqual(Object.keys(PREFIXES[group]!).filter((prefix) => PREFIXES[group]![prefix] !== undefined));
    }
    // Every unit with every prefix of any group, and near misses: the same answer as mathjs's own test.
    const prefixes = [...new Set(Object.values(PREFIXES).flatMap((table) => Object.keys(table)))];
    const names = Object.keys(UNITS).flatMap((unit) => [...prefixes.map((prefix) => prefix + unit), `${unit}x`, `x${unit}`]);
    for (const name of names) expect(isUnitName(name), name).toBe(full.Unit.isValuelessUnit(name));
  });

  it('refuses functions, constants, units with prefixes, keywords and prototype members', () => {
    for (const name of ['sum', 'zeros', 'pi', 'e', 'g', 'km', 'mg', 'b', 'and', 'toString', 'hasOwnProperty', 't']) {
      expect(cellNameProblem(name), name).toBeDefined();
    }
    for (const name of ['budget', 'budget_growth', 'extra_to_nhs', 'nhs_capacity_growth', 'private_share']) {
      expect(cellNameProblem(name), name).toBeUndefined();
    }
  });
});
