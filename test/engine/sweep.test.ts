import { describe, expect, it } from 'vitest';
import { buildModel, compileSweep } from '../../src/engine/index.js';
import { baselineCells, referenceBaseline } from './baseline-cells.js';

describe('compiled sweeps', () => {
  const model = buildModel(baselineCells(), '2015/16');
  const position = (name: string) => model.cells.positionOf(name)!;

  it('computes the baseline for each set of input values', () => {
    const sweep = compileSweep(model, ['budget_growth', 'horizon_years']);
    for (const [growth, horizon] of [
      [0.03, 5],
      [0.01, 10],
      [-0.02, 2],
    ] as const) {
      const values = sweep.run([growth, horizon])!;
      const reference = referenceBaseline(growth, horizon);
      expect(values[position('cumulative_extra_to_private')]).toBeCloseTo(reference.cumulativePrivate, 10);
      expect(values[position('private_share')]).toHaveLength(horizon);
    }
  });

  it('gives nothing for values the engine would reject', () => {
    const sweep = compileSweep(model, ['horizon_years', 'private_share_base']);
    expect(sweep.run([2.5, 0.076])).toBeUndefined();
    expect(sweep.run([5, 0])).toBeUndefined();
    expect(sweep.run([5, Number.NaN])).toBeUndefined();
  });

  it('refuses to sweep a formula cell', () => {
    expect(() => compileSweep(model, ['budget'])).toThrow('only inputs can be swept');
  });
});
