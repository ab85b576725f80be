import { describe, expect, it } from 'vitest';
import { solve } from '../../src/analysis/solve.js';
import { buildModel, compileMeasures, evaluate, measureOf } from '../../src/engine/index.js';
import { bisection } from './analysis-bench.js';
import { baselineCells } from './baseline.js';

describe('the analyses workload computes what its references do', () => {
  it('goal seek and bisection on the same compiled target land on the same marginal share', () => {
    const cells = baselineCells().map((cell) => (cell.name === 'marginal_private_share' && cell.kind === 'input' ? { ...cell, min: 0, max: 1 } : cell));
    const model = buildModel(cells, '2015/16');
    const sheet = { model, evaluation: evaluate(model) };
    const target = measureOf(sheet, 'last(private_share)');
    const sweep = compileMeasures(model, ['marginal_private_share'], [target]);
    const bisected = bisection((x) => sweep.run([x])[0]! - 0.1, 0, 1);
    const solved = solve({ sheet, input: 'marginal_private_share', target, wanted: 0.1 });
    expect(solved.kind === 'solved' && Math.abs(solved.value - bisected.x) / bisected.x).toBeLessThan(1e-11);
    expect(bisected.evaluations).toBeGreaterThan(30);
  });
});
