import type { Cell } from '../../src/engine/index.js';

/** The brief's baseline model, built in code so engine tests do not depend on the file format. */
export const baselineCells = (overrides: Record<string, number> = {}): Cell[] => {
  const input = (name: string, value: number, unit: Cell['unit'] = 'number'): Cell => ({ kind: 'input', name, value: overrides[name] ?? value, unit });
  const formula = (name: string, text: string, unit: Cell['unit'] = '£bn'): Cell => ({ kind: 'formula', name, formula: text, unit });
  return [
    input('private_spend_base', 8.7, '£bn'),
    input('private_share_base', 0.076, 'percent'),
    input('marginal_private_share', 900 / 1700, 'percent'),
    input('budget_growth', 0.02, 'percent'),
    input('horizon_years', 5, 'years'),
    formula('total_budget_base', 'private_spend_base / private_share_base'),
    formula('budget', 'total_budget_base * (1 + budget_growth)^t'),
    formula('extra_money', 'budget - total_budget_base'),
    formula('extra_to_private', 'extra_money * marginal_private_share'),
    formula('extra_to_nhs', 'extra_money - extra_to_private'),
    formula('private_spend', 'private_spend_base + extra_to_private'),
    formula('private_share', 'private_spend / budget', 'percent'),
    formula('cumulative_extra_to_private', 'sum(extra_to_private)'),
    formula('cumulative_extra_to_nhs', 'sum(extra_to_nhs)'),
  ];
};

/** The brief's formulas written out by hand, as an independent reference. */
export function referenceBaseline(growth: number, horizon = 5, marginal = 900 / 1700) {
  const base = 8.7 / 0.076;
  const years = Array.from({ length: horizon }, (_, i) => i + 1);
  const budget = years.map((t) => base * (1 + growth) ** t);
  const extra = budget.map((b) => b - base);
  const toPrivate = extra.map((e) => e * marginal);
  const toNhs = extra.map((e, i) => e - toPrivate[i]!);
  const privateShare = toPrivate.map((p, i) => (8.7 + p) / budget[i]!);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return { base, budget, extra, toPrivate, toNhs, privateShare, cumulativePrivate: sum(toPrivate), cumulativeNhs: sum(toNhs) };
}
