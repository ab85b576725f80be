import { all, create } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { cellNameProblem } from '../../src/engine/index.js';
import { MATHJS_NAMES } from '../../src/engine/math-names.js';

describe('cell names that clash with mathjs', () => {
  it('the list of mathjs names matches the installed mathjs', () => {
    const full = create(all!);
    const names = Object.keys(full)
      .filter((key) => /^[A-Za-z][A-Za-z0-9_]*$/.test(key))
      .sort();
    expect([...MATHJS_NAMES].sort()).toEqual(names);
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
