import type { Sheet } from '../engine/index.js';
import type { Scenario } from '../scenario/index.js';
import { checksOf, inputCitationsOf, sourcesOf } from './provenance.js';
import type { ExportScenario } from './workbook-plan.js';

/** What the workbook of a scenario is made from: its name, the sheet evaluated (with any changes in it) and its provenance. */
export const workbookSubject = (scenario: Pick<Scenario, 'name' | 'cells' | 'sources' | 'checks'>, sheet: Sheet): ExportScenario => ({
  name: scenario.name,
  sheet,
  sources: sourcesOf(scenario),
  checks: checksOf(scenario),
  citations: inputCitationsOf(scenario),
});
