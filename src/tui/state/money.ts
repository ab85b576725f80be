import { inRealTerms, moneyUnit } from '../../analysis/real-terms.js';
import type { Sheet } from '../../engine/index.js';
import type { State } from './types.js';
import { error, info } from './update.js';

/** What the screens show of money: the sheet in the prices chosen, and the unit in words. */
export interface ShownMoney {
  readonly sheet: Sheet;
  /** `£bn cash` or `£bn 2015/16 prices`; said only where the scenario has a deflator. */
  readonly unit?: string;
  /** Why real terms cannot be shown, when they were asked for. */
  readonly problem?: string;
}

const real = new WeakMap<Sheet, ReturnType<typeof inRealTerms>>();

/** The sheet as the screens show it: in cash, or, after $, in base-year prices (computed once per sheet). */
export function shownMoney(state: State): ShownMoney {
  const { deflator, baseYear } = state.scenario;
  if (!deflator) return { sheet: state.sheet };
  if (state.money !== 'real') return { sheet: state.sheet, unit: moneyUnit('cash', baseYear) };
  let deflated = real.get(state.sheet);
  if (!deflated) {
    deflated = inRealTerms(state.sheet, deflator);
    real.set(state.sheet, deflated);
  }
  return deflated.ok
    ? { sheet: deflated.sheet, unit: moneyUnit('real', baseYear) }
    : { sheet: state.sheet, unit: moneyUnit('cash', baseYear), problem: deflated.problem };
}

/** $: money in cash or in the base year's prices, for a scenario with a deflator. */
export function toggleMoney(state: State): State {
  const { deflator, baseYear } = state.scenario;
  if (!deflator) {
    return error(
      state,
      'this scenario has no deflator, so money shows in cash only: add deflator: NAME to its file, naming an annual price growth rate (unit: percent) or a price index by year',
    );
  }
  const money = state.money === 'real' ? 'cash' : 'real';
  const next: State = { ...state, money };
  if (money === 'cash') return info(next, `money in ${moneyUnit('cash', baseYear)}`);
  const shown = shownMoney(next);
  if (shown.problem) return error({ ...state, money: 'cash' }, `cannot show ${baseYear} prices: ${shown.problem}`);
  const how = deflator.kind === 'rate' ? `each year divided by (1 + ${deflator.cell})^t` : `each year divided by ${deflator.cell}`;
  return info(next, `money in ${moneyUnit('real', baseYear)}: ${how}; shares and base-year values unchanged`);
}
