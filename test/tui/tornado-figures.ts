import type { Cell } from '../../src/engine/index.js';
import type { Scenario } from '../../src/scenario/index.js';
import { baseline } from './helpers.js';

/** The baseline with ranges on three inputs, as a file with low and high would give them. */
export const RANGES: Record<string, [number, number]> = { private_share_base: [0.07, 0.08], marginal_private_share: [0.3, 0.7], budget_growth: [0.01, 0.04] };
export const rangedBaseline = (scenario: Scenario = baseline()): Scenario => {
  const cells = scenario.cells.map(
    (cell): Cell => (cell.kind === 'input' && RANGES[cell.name] ? { ...cell, low: RANGES[cell.name]![0], high: RANGES[cell.name]![1] } : cell),
  );
  return { ...scenario, cells };
};

/** private_share in 2020/21 written out by hand: (8.7 + m · (B(1+g)^5 − B)) / B(1+g)^5 with B = 8.7 / s. */
export const shareIn2020 = ({ s = 0.076, m = 900 / 1700, g = 0.02 } = {}) => {
  const base = 8.7 / s;
  const budget = base * (1 + g) ** 5;
  return (8.7 + m * (budget - base)) / budget;
};

/** The three inputs' ends written out by hand, largest swing first. */
export const expectedBars = () =>
  [
    { input: 'private_share_base', low: '7.00%', high: '8.00%', atLow: shareIn2020({ s: 0.07 }), atHigh: shareIn2020({ s: 0.08 }) },
    { input: 'marginal_private_share', low: '30.00%', high: '70.00%', atLow: shareIn2020({ m: 0.3 }), atHigh: shareIn2020({ m: 0.7 }) },
    { input: 'budget_growth', low: '1.00%', high: '4.00%', atLow: shareIn2020({ g: 0.01 }), atHigh: shareIn2020({ g: 0.04 }) },
  ].sort((a, b) => Math.abs(b.atHigh - b.atLow) - Math.abs(a.atHigh - a.atLow));
