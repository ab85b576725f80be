/**
 * The brief's baseline written out by hand, independently of the engine: the figures a test checks the screen
 * against. `growth` is budget_growth and `years` horizon_years; the other inputs are the baseline's.
 */
const PRIVATE_SPEND_BASE = 8.7;
const PRIVATE_SHARE_BASE = 0.076;
const MARGINAL_PRIVATE_SHARE = 900 / 1700;
export const TOTAL_BUDGET_BASE = PRIVATE_SPEND_BASE / PRIVATE_SHARE_BASE;

/** Total spending in projected year `t`. */
export const budgetIn = (t: number, growth = 0.02): number => TOTAL_BUDGET_BASE * (1 + growth) ** t;

/** The outputs of the baseline at `growth` over `years`. */
export function briefOutputs(growth = 0.02, years = 5) {
  const extra = Array.from({ length: years }, (_, i) => budgetIn(i + 1, growth) - TOTAL_BUDGET_BASE);
  const toPrivate = extra.map((e) => e * MARGINAL_PRIVATE_SHARE);
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  return {
    /** private_share in the last year. */
    share: (PRIVATE_SPEND_BASE + toPrivate.at(-1)!) / budgetIn(years, growth),
    cumulativePrivate: sum(toPrivate),
    cumulativeNhs: sum(extra) - sum(toPrivate),
  };
}

/** cumulative_extra_to_private at `growth` over `years`. */
export const cumulativePrivate = (growth = 0.02, years = 5): number => briefOutputs(growth, years).cumulativePrivate;
