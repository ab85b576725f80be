import { fileURLToPath } from 'node:url';
import type { Cell } from '../../src/engine/index.js';
import { loadScenario } from '../../src/scenario/index.js';

export const BASELINE_FILE = fileURLToPath(new URL('../../scenarios/baseline.yaml', import.meta.url));

/** The shipped baseline scenario's cells. */
export const baselineCells = (): readonly Cell[] => loadScenario(BASELINE_FILE).cells;

/** The baseline's inputs, in the order the swept function takes them. */
export const BASELINE_INPUTS = ['private_spend_base', 'private_share_base', 'marginal_private_share', 'budget_growth', 'horizon_years'] as const;

export interface BaselineOutputs {
  readonly totalBudgetBase: number;
  readonly budget: number[];
  readonly extraMoney: number[];
  readonly extraToPrivate: number[];
  readonly extraToNhs: number[];
  readonly privateSpend: number[];
  readonly privateShare: number[];
  readonly cumulativeExtraToPrivate: number;
  readonly cumulativeExtraToNhs: number;
}

/** The baseline's formulas written by hand, computing every output the model does. */
export function handWrittenBaseline(
  privateSpendBase: number,
  privateShareBase: number,
  marginalPrivateShare: number,
  budgetGrowth: number,
  horizonYears: number,
): BaselineOutputs {
  const totalBudgetBase = privateSpendBase / privateShareBase;
  const budget = new Array<number>(horizonYears);
  const extraMoney = new Array<number>(horizonYears);
  const extraToPrivate = new Array<number>(horizonYears);
  const extraToNhs = new Array<number>(horizonYears);
  const privateSpend = new Array<number>(horizonYears);
  const privateShare = new Array<number>(horizonYears);
  let cumulativeExtraToPrivate = 0;
  let cumulativeExtraToNhs = 0;
  for (let year = 0; year < horizonYears; year++) {
    const t = year + 1;
    budget[year] = totalBudgetBase * (1 + budgetGrowth) ** t;
    extraMoney[year] = budget[year]! - totalBudgetBase;
    extraToPrivate[year] = extraMoney[year]! * marginalPrivateShare;
    extraToNhs[year] = extraMoney[year]! - extraToPrivate[year]!;
    privateSpend[year] = privateSpendBase + extraToPrivate[year]!;
    privateShare[year] = privateSpend[year]! / budget[year]!;
    cumulativeExtraToPrivate += extraToPrivate[year]!;
    cumulativeExtraToNhs += extraToNhs[year]!;
  }
  return { totalBudgetBase, budget, extraMoney, extraToPrivate, extraToNhs, privateSpend, privateShare, cumulativeExtraToPrivate, cumulativeExtraToNhs };
}
