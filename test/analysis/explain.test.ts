import { describe, expect, it } from 'vitest';
import { explain } from '../../src/analysis/explain.js';
import { type Cell, type NamedSheet, sheetOf } from '../../src/engine/index.js';
import { baselineCells, referenceBaseline } from '../engine/baseline-cells.js';
import { evaluated } from './scenarios.js';

const named = (name: string, cells: Cell[]): NamedSheet => ({ name, ...sheetOf(cells, '2015/16') });
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Shapley values by hand: each player's marginal contribution averaged over every order of the players. */
function byHand(players: number, worth: (members: boolean[]) => number): number[] {
  const orders: number[][] = [];
  const permute = (rest: number[], order: number[]) => {
    if (rest.length === 0) orders.push(order);
    rest.forEach((player, i) => {
      permute([...rest.slice(0, i), ...rest.slice(i + 1)], [...order, player]);
    });
  };
  permute(
    Array.from({ length: players }, (_, i) => i),
    [],
  );
  const totals = new Array<number>(players).fill(0);
  for (const order of orders) {
    const members = new Array<boolean>(players).fill(false);
    for (const player of order) {
      const before = worth(members);
      members[player] = true;
      totals[player]! += worth(members) - before;
    }
  }
  return totals.map((total) => total / orders.length);
}

describe('explain', () => {
  it('gives the whole gap to the marginal share between the baseline and the average split', () => {
    const [baseline, average] = evaluated('scenarios/baseline.yaml', 'scenarios/average-split.yaml') as [NamedSheet, NamedSheet];
    const result = explain(baseline, average, ['cumulative_extra_to_private']);
    if (result.kind !== 'explained') throw new Error(result.problem);
    expect(result.contributors).toEqual([{ kind: 'input', name: 'marginal_private_share', a: 900 / 1700, b: 0.076, unit: 'percent' }]);
    const [explanation] = result.explanations;
    const gap = referenceBaseline(0.02, 5, 0.076).cumulativePrivate - referenceBaseline(0.02).cumulativePrivate;
    expect(explanation!.b - explanation!.a).toBeCloseTo(gap, 10);
    expect(explanation!.contributions).toEqual([explanation!.b - explanation!.a]);
    expect(explanation!.method).toEqual({ kind: 'exact' });
  });

  it('splits a gap made by three inputs as Shapley values computed by hand, adding up to the gap', () => {
    const a = named('A', baselineCells());
    const b = named('B', baselineCells({ budget_growth: 0.035, marginal_private_share: 0.3, horizon_years: 7 }));
    const result = explain(a, b, ['cumulative_extra_to_private', 'last(private_share)']);
    if (result.kind !== 'explained') throw new Error(result.problem);
    expect(result.contributors.map((contributor) => (contributor.kind === 'input' ? contributor.name : 'formulas'))).toEqual([
      'marginal_private_share',
      'budget_growth',
      'horizon_years',
    ]);
    const value = (members: boolean[], pick: (reference: ReturnType<typeof referenceBaseline>) => number) =>
      pick(referenceBaseline(members[1] ? 0.035 : 0.02, members[2] ? 7 : 5, members[0] ? 0.3 : 900 / 1700));
    const picks = [(r: ReturnType<typeof referenceBaseline>) => r.cumulativePrivate, (r: ReturnType<typeof referenceBaseline>) => r.privateShare.at(-1)!];
    result.explanations.forEach((explanation, i) => {
      const expected = byHand(3, (members) => value(members, picks[i]!));
      explanation.contributions.forEach((contribution, j) => {
        expect(contribution).toBeCloseTo(expected[j]!, 10);
      });
      const gap = explanation.b - explanation.a;
      expect(Math.abs(sum(explanation.contributions) - gap)).toBeLessThan(1e-9 * Math.abs(gap));
    });
  });

  it('counts the formulas as one contributor', () => {
    const a = named('A', baselineCells());
    const changed = baselineCells({ budget_growth: 0.03 }).map((cell) =>
      cell.name === 'extra_to_private' && cell.kind === 'formula' ? { ...cell, formula: 'min(extra_money * marginal_private_share, 2)' } : cell,
    );
    const result = explain(a, named('B', changed), ['cumulative_extra_to_private']);
    if (result.kind !== 'explained') throw new Error(result.problem);
    expect(result.contributors.at(-1)).toEqual({ kind: 'formulas', cells: ['extra_to_private'] });
    const [explanation] = result.explanations;
    expect(Math.abs(sum(explanation!.contributions) - (explanation!.b - explanation!.a))).toBeLessThan(1e-9);
  });

  it('explains a per-year target year by year over the years both project, the horizon adding nothing there', () => {
    const a = named('A', baselineCells());
    const b = named('B', baselineCells({ marginal_private_share: 0.2, horizon_years: 10 }));
    const result = explain(a, b, ['private_share']);
    if (result.kind !== 'explained') throw new Error(result.problem);
    expect(result.perYear).toEqual({ years: ['2016/17', '2017/18', '2018/19', '2019/20', '2020/21'], horizonsDiffer: true });
    expect(result.contributors.map((contributor) => contributor.kind === 'input' && contributor.name)).toEqual(['marginal_private_share', 'horizon_years']);
    expect(result.explanations.map((explanation) => explanation.year)).toEqual(result.perYear!.years);
    const shares = referenceBaseline(0.02, 5, 0.2).privateShare;
    result.explanations.forEach((explanation, i) => {
      expect(explanation.b).toBeCloseTo(shares[i]!, 14);
      expect(explanation.contributions[0]).toBeCloseTo(explanation.b - explanation.a, 14);
      expect(explanation.contributions[1]).toBeCloseTo(0, 14);
    });
  });

  /** cumulative_extra_to_private over `years` when `factor` of the baseline's 900/1700 goes to private providers. */
  const cumulativeByHand = (years: number, factor = 1): number => referenceBaseline(0.02, years, (900 / 1700) * factor).cumulativePrivate;
  const scaled = (cells: Cell[]): Cell[] =>
    cells.map((cell) =>
      cell.name === 'extra_to_private' && cell.kind === 'formula' ? { ...cell, formula: 'extra_money * marginal_private_share * 0.9' } : cell,
    );

  it("explains a single-number target over each scenario's own horizon when a per-year target is shown beside it", () => {
    const result = explain(named('A', baselineCells()), named('B', baselineCells({ horizon_years: 3 })), ['cumulative_extra_to_private', 'private_share']);
    if (result.kind !== 'explained') throw new Error(result.problem);
    expect(result.contributors).toEqual([{ kind: 'input', name: 'horizon_years', a: 5, b: 3, unit: 'years' }]);
    const [total, ...years] = result.explanations;
    expect(total!.a).toBeCloseTo(cumulativeByHand(5), 12);
    expect(total!.b).toBeCloseTo(7.369897, 6);
    expect(total!.b).toBeCloseTo(cumulativeByHand(3), 12);
    expect(total!.contributions[0]).toBeCloseTo(cumulativeByHand(3) - cumulativeByHand(5), 12);
    expect(years.map((explanation) => explanation.year)).toEqual(['2016/17', '2017/18', '2018/19']);
    for (const explanation of years) expect(explanation.contributions).toEqual([0]);
  });

  it('splits a total between the horizon and the formulas when both differ, with the A and B each scenario gives', () => {
    const result = explain(named('A', baselineCells()), named('B', scaled(baselineCells({ horizon_years: 3 }))), [
      'cumulative_extra_to_private',
      'private_share',
    ]);
    if (result.kind !== 'explained') throw new Error(result.problem);
    expect(result.contributors.map((contributor) => (contributor.kind === 'input' ? contributor.name : 'formulas'))).toEqual(['horizon_years', 'formulas']);
    const [total, ...years] = result.explanations;
    const [five, three, fiveScaled, threeScaled] = [cumulativeByHand(5), cumulativeByHand(3), cumulativeByHand(5, 0.9), cumulativeByHand(3, 0.9)];
    expect(total!.a).toBeCloseTo(five, 12);
    expect(total!.b).toBeCloseTo(threeScaled, 12);
    expect(threeScaled).toBeCloseTo(6.632907, 6);
    // Two players: each gets the average of its effect made first and made second.
    expect(total!.contributions[0]).toBeCloseTo((three - five + (threeScaled - fiveScaled)) / 2, 12);
    expect(total!.contributions[1]).toBeCloseTo((fiveScaled - five + (threeScaled - three)) / 2, 12);
    const shares = referenceBaseline(0.02, 3, (900 / 1700) * 0.9).privateShare;
    years.forEach((explanation, i) => {
      expect(explanation.b).toBeCloseTo(shares[i]!, 14);
      expect(explanation.contributions[0]).toBeCloseTo(0, 14);
      expect(explanation.contributions[1]).toBeCloseTo(explanation.b - explanation.a, 14);
    });
  });

  it('samples orderings with a stated seed above ten contributors, still adding up to the gap', () => {
    const inputs = (offset: number): Cell[] => [
      ...Array.from({ length: 12 }, (_, i): Cell => ({ kind: 'input', name: `x${i}`, value: i + offset, unit: 'number' })),
      { kind: 'formula', name: 'y', formula: `${Array.from({ length: 12 }, (_, i) => `x${i}`).join(' * 0.1 + ')} * 0.1`, unit: 'number' },
      { kind: 'formula', name: 'z', formula: 'y ^ 2', unit: 'number' },
    ];
    const result = explain(named('A', inputs(0)), named('B', inputs(1)), ['z'], { seed: 4 });
    if (result.kind !== 'explained') throw new Error(result.problem);
    const [explanation] = result.explanations;
    expect(explanation!.method).toEqual({ kind: 'sampled', orderings: 2000, seed: 4 });
    const gap = explanation!.b - explanation!.a;
    expect(Math.abs(sum(explanation!.contributions) - gap)).toBeLessThan(1e-9 * gap);
  });

  it('says which target cannot be computed, and where', () => {
    const a = named('A', baselineCells());
    const b = named('B', baselineCells({ budget_growth: 0.03 }));
    const result = explain(a, b, ['sum(private_share) / 0']);
    expect(result).toEqual({ kind: 'failed', problem: 'sum(private_share) / 0 cannot be computed in A' });
  });
});
