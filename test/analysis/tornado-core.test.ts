import { describe, expect, it } from 'vitest';
import { type OneAtATime, tornadoCore } from '../../src/analysis/tornado-core.js';

describe('tornado', () => {
  const values = { a: 2, b: 1, c: 0.5, d: 3 };
  // y = a b + 10 (c - 0.5)^2, with d unused; at the values y = 2.
  const model = (changed: Record<string, number>) => {
    const v = { ...values, ...changed };
    return v.a * v.b + (v.c - 0.5) ** 2 * 10;
  };
  const evaluate: OneAtATime = (input, value) => ({ ok: true, value: model(input === undefined ? {} : { [input]: value }) });

  it('sorts by swing, keeps the ends, and marks ends on the same side of the base', () => {
    const result = tornadoCore(
      [
        { name: 'a', value: 2, low: 1, high: 4 }, // 1 × 1 and 4 × 1: swing 3
        { name: 'b', value: 1, low: 0.5, high: 1.5 }, // 2 × 0.5 and 2 × 1.5: swing 2
        { name: 'c', value: 0.5, low: 0, high: 1 }, // 2 + 2.5 at both ends, both above 2: swing 0
        { name: 'd', value: 3 },
      ],
      evaluate,
    );
    if ('problem' in result) throw new Error(result.problem);
    expect(result.base).toBe(2);
    expect(result.bars.map((bar) => [bar.input, bar.atLow, bar.atHigh, bar.swing, bar.side])).toEqual([
      ['a', 1, 4, 3, 'across'],
      ['b', 1, 3, 2, 'across'],
      ['c', 4.5, 4.5, 0, 'above'],
    ]);
    expect(result.notVaried).toEqual(['d']);
  });

  it('lists the ends that fail and keeps the other bars', () => {
    const failing: OneAtATime = (input, value) => (input === 'b' && value > 1 ? { ok: false, problem: 'division by zero' } : evaluate(input, value));
    const result = tornadoCore(
      [
        { name: 'a', value: 2, low: 1, high: 4 },
        { name: 'b', value: 1, low: 0.5, high: 1.5 },
      ],
      failing,
    );
    if ('problem' in result) throw new Error(result.problem);
    expect(result.bars.map((bar) => bar.input)).toEqual(['a']);
    expect(result.failures).toEqual([{ input: 'b', at: 'high', value: 1.5, problem: 'division by zero' }]);
  });
});
