import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/analysis/explain.js';
import { solve } from '../../src/analysis/solve.js';
import { type Cell, measureOf, sheetOf } from '../../src/engine/index.js';

const value = fc.double({ min: -50, max: 50, noNaN: true, noDefaultInfinity: true });

/** y = a x + b x² + c over inputs x, a, b, c, with x searchable on [-10, 10]. */
const quadratic = (x: number, a: number, b: number, c: number): Cell[] => [
  { kind: 'input', name: 'x', value: x, unit: 'number', min: -10, max: 10 },
  { kind: 'input', name: 'a', value: a, unit: 'number' },
  { kind: 'input', name: 'b', value: b, unit: 'number' },
  { kind: 'input', name: 'c', value: c, unit: 'number' },
  { kind: 'formula', name: 'y', formula: 'a * x + b * x^2 + c', unit: 'number' },
];

describe('analyses on random models', () => {
  it('goal seek on a straight line lands on the closed form, or says it is out of reach exactly when it is', () => {
    fc.assert(
      fc.property(
        value,
        value.filter((a) => Math.abs(a) > 1e-3),
        value,
        value,
        (x, a, c, wanted) => {
          const sheet = sheetOf(quadratic(Math.max(-10, Math.min(10, x)), a, 0, c), '2015/16');
          const solution = solve({ sheet, input: 'x', target: measureOf(sheet, 'y'), wanted });
          const root = (wanted - c) / a;
          if (root >= -10 && root <= 10) {
            expect(solution.kind).toBe('solved');
            if (solution.kind === 'solved') expect(Math.abs(solution.value - root)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(root)));
          } else expect(solution.kind).toBe('out-of-reach');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('explain splits any gap into contributions that add up to it, exactly and when sampled', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 4, maxLength: 4 }), fc.array(value, { minLength: 4, maxLength: 4 }), ([x1, a1, b1, c1], [x2, a2, b2, c2]) => {
        const a = { name: 'A', ...sheetOf(quadratic(x1! / 5, a1!, b1!, c1!), '2015/16') };
        const b = { name: 'B', ...sheetOf(quadratic(x2! / 5, a2!, b2!, c2!), '2015/16') };
        const result = explain(a, b, ['y * y - x']);
        if (result.kind !== 'explained') throw new Error(result.problem);
        for (const explanation of result.explanations) {
          const gap = explanation.b - explanation.a;
          const total = explanation.contributions.reduce((sum, contribution) => sum + contribution, 0);
          const scale = Math.max(Math.abs(explanation.a), Math.abs(explanation.b), 1);
          expect(Math.abs(total - gap)).toBeLessThanOrEqual(1e-9 * scale);
        }
      }),
      { numRuns: 200 },
    );
  });
});
