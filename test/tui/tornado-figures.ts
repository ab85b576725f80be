import { type Cell, formatNumber } from '../../src/engine/index.js';
import type { Scenario } from '../../src/scenario/index.js';
import { baseline } from './helpers.js';

interface Inputs {
  readonly p: number;
  readonly s: number;
  readonly m: number;
  readonly g: number;
}
const AT_VALUES: Inputs = { p: 8.7, s: 0.076, m: 900 / 1700, g: 0.02 };
const KEYS: Readonly<Record<string, keyof Inputs>> = { private_spend_base: 'p', private_share_base: 's', marginal_private_share: 'm', budget_growth: 'g' };

/** private_share in 2020/21 written out by hand: (p + m · (B(1+g)^5 − B)) / B(1+g)^5 with B = p / s. */
export const shareIn2020 = (changed: Partial<Inputs> = {}): number => {
  const { p, s, m, g } = { ...AT_VALUES, ...changed };
  const base = p / s;
  const budget = base * (1 + g) ** 5;
  return (p + m * (budget - base)) / budget;
};

/** The scenario's inputs with a low and a high, each end's output written out by hand, largest swing first. */
export function expectedBars(scenario: Scenario = baseline()) {
  return scenario.cells
    .flatMap((cell) => (cell.kind === 'input' && cell.low !== undefined && cell.high !== undefined ? [cell] : []))
    .map((cell) => {
      const key = KEYS[cell.name]!;
      return {
        input: cell.name,
        low: formatNumber(cell.low!, cell.unit),
        high: formatNumber(cell.high!, cell.unit),
        atLow: shareIn2020({ [key]: cell.low }),
        atHigh: shareIn2020({ [key]: cell.high }),
      };
    })
    .sort((a, b) => Math.abs(b.atHigh - b.atLow) - Math.abs(a.atHigh - a.atLow));
}

/** The scenario with no input's low and high. */
export const withoutRanges = (scenario: Scenario): Scenario => ({
  ...scenario,
  cells: scenario.cells.map((cell): Cell => {
    if (cell.kind !== 'input') return cell;
    const { low: _low, high: _high, distribution: _distribution, ...rest } = cell;
    return rest;
  }),
});
