import { type CheckResult, evaluateChecks } from '../analysis/checks.js';
import { compareObserved } from '../analysis/observed.js';
import { type Money, moneyUnit } from '../analysis/real-terms.js';
import type { Sheet } from '../engine/index.js';
import type { Provenance } from '../scenario/provenance.js';
import { checkNotesTable, checksTable, citationsTable, observedTable, type ProvenanceFindings, provenanceDocument, sourcesTable } from './provenance.js';
import { sheetReport } from './sheet.js';
import type { Report, Table } from './table.js';

/** What a scenario's report is about: its name, base year and provenance. */
export interface ReportedScenario extends Provenance {
  readonly name: string;
  readonly baseYear: string;
}

/** How the sheet's money is shown: in cash, or in base-year prices with the sheet in those prices. */
export interface MoneyShown {
  readonly money: Money;
  /** The sheet with its money in base-year prices, for `real`. */
  readonly real?: Sheet;
}

const hasMoney = (sheet: Sheet): boolean => [...sheet.model.cells.values()].some(({ cell }) => cell.unit === '£bn');

/** How the report's money is measured, said once under the cells: in cash (and how to see real terms), or in base-year prices and how. */
function moneyNote(scenario: ReportedScenario, money: Money): string {
  const { deflator, baseYear } = scenario;
  if (money === 'cash') return `Money is in cash (£bn as spent in each year)${deflator ? `; --real shows it in ${baseYear} prices` : ''}.`;
  const index = deflator?.kind === 'rate' ? `(1 + ${deflator.cell})^t` : (deflator?.cell ?? 'the price index');
  return `Money is in £bn at ${baseYear} prices: each year's value divided by its price index (${index}); totals over the years are summed from those values, base-year values and shares are unchanged. Checks and observed values are in cash.`;
}

/**
 * A scenario evaluated: every cell (in cash, or in base-year prices), then its checks, where its inputs come from,
 * its source records and what was observed. Checks and observations are always on cash values, as they are written.
 */
export function scenarioReport(
  scenario: ReportedScenario,
  sheet: Sheet,
  failures: readonly string[],
  shown: MoneyShown = { money: 'cash' },
  checks: readonly CheckResult[] = evaluateChecks(sheet, scenario.checks, scenario.sources),
): Report {
  const findings: ProvenanceFindings = {
    sheet,
    sources: scenario.sources,
    checks,
    observed: compareObserved(sheet, scenario.observed, scenario.sources),
  };
  const tables = [checksTable(findings), checkNotesTable(findings), citationsTable(findings), sourcesTable(findings), observedTable(findings)].filter(
    (table): table is Table => table !== undefined,
  );
  const priced = scenario.deflator !== undefined || shown.money === 'real';
  const unit = moneyUnit(shown.money, scenario.baseYear);
  const moneyNotes = hasMoney(sheet) ? [moneyNote(scenario, shown.money)] : [];
  return sheetReport(scenario.name, shown.real ?? sheet, failures, {
    tables,
    moneyNotes,
    ...(priced ? { money: unit } : {}),
    document: {
      ...(priced ? { money: { unit, ...(scenario.deflator ? { deflator: scenario.deflator.cell } : {}) } } : {}),
      ...provenanceDocument(findings),
    },
  });
}
