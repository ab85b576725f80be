import { cellFailures } from '../../../cli/failures.js';
import { workbookSubject } from '../../../export/scenario-workbook.js';
import { scenarioReport } from '../../../tables/scenario.js';
import { withUnitsShown } from '../../../tables/sheet.js';
import type { ViewExport } from '../../export/view-table.js';
import { shownMoney } from '../../state/money.js';
import { cellsOf } from '../../state/sheet.js';
import type { State } from '../../state/types.js';

/**
 * The grid as `run` reports it: every cell as shown (unsaved edits and all, money in the prices shown), then the checks,
 * citations, sources and observed values; each cell's unit beside it. As a workbook, the one `export --xlsx` writes.
 */
export function gridTable(state: State): ViewExport {
  const { scenario, sheet } = state;
  const shown = shownMoney(state);
  const real = state.money === 'real' && shown.problem === undefined && shown.sheet !== sheet;
  const report = scenarioReport(scenario, sheet, cellFailures(scenario, sheet), real ? { money: 'real', real: shown.sheet } : { money: 'cash' });
  const cells = cellsOf(sheet);
  return {
    what: 'the grid',
    report: withUnitsShown(report),
    cells: cells.map((cell) => cell.name),
    workbook: workbookSubject({ ...scenario, cells }, sheet),
  };
}
