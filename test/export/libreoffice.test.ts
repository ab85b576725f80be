import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Cell, type Sheet, setInput, sheetOf } from '../../src/engine/index.js';
import { checksOf, inputCitationsOf, sourcesOf } from '../../src/export/provenance.js';
import { planWorkbook, type WorkbookPlan } from '../../src/export/workbook-plan.js';
import { workbookBytes } from '../../src/export/write-workbook.js';
import { compute, loadScenario, NO_PROVENANCE } from '../../src/scenario/index.js';
import { FALSE_CACHE, falsified, recalculatedByLibreOffice, SOFFICE, valuesIn } from './libreoffice.js';
import { CELLS } from './operator-cells.js';
import { spreadsheetModels } from './spreadsheet-models.js';
import { engineValues, expectAgree } from './workbook-check.js';

/** One workbook given to LibreOffice: what the engine says each cell is, and where the cells are. */
interface Case {
  readonly plan: WorkbookPlan;
  readonly expected: Sheet;
  readonly bytes: Uint8Array;
}

const SHIPPED = readdirSync('scenarios')
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => join('scenarios', file));

const RANDOM_MODELS = 24;
const GROWTH = 0.03;

async function caseOf(cells: readonly Cell[], name: string, sheet = sheetOf(cells, '2015/16'), inputs: Record<string, number> = {}): Promise<Case> {
  const plan = planWorkbook({
    name,
    sheet,
    sources: sourcesOf({ cells, sources: NO_PROVENANCE.sources, checks: [] }),
    checks: checksOf({ cells, sources: NO_PROVENANCE.sources, checks: [] }),
    citations: inputCitationsOf({ cells, sources: NO_PROVENANCE.sources, checks: [] }),
  });
  let expected = sheet;
  for (const [input, value] of Object.entries(inputs)) expected = setInput(expected.model, expected.evaluation, input, value);
  return { plan, expected, bytes: await falsified(await workbookBytes(plan), plan.placed, inputs) };
}

// Without LibreOffice installed this waits for a machine that has it, except in CI, which installs it and must run it.
describe.skipIf(SOFFICE === undefined && !process.env.CI)('LibreOffice Calc recalculates exported workbooks to the engine values', () => {
  const cases = new Map<string, Case>();
  let recalculated: Map<string, ExcelJS.Workbook>;

  beforeAll(async () => {
    for (const file of SHIPPED) {
      const scenario = loadScenario(file);
      cases.set(file, await caseOf(scenario.cells, scenario.name, compute(scenario)));
    }
    const baseline = loadScenario('scenarios/baseline.yaml');
    cases.set('baseline at 3% growth', await caseOf(baseline.cells, baseline.name, compute(baseline), { budget_growth: GROWTH }));
    cases.set('every operator and function', await caseOf(CELLS, 'Operators'));
    let i = 0;
    for (const cells of spreadsheetModels(RANDOM_MODELS, 20_161)) cases.set(`random model ${i++}`, await caseOf(cells, `Random ${i}`));
    const names = new Map([...cases.keys()].map((key, index) => [key, `workbook-${index}`]));
    const byFile = await recalculatedByLibreOffice(new Map([...cases].map(([key, each]) => [names.get(key)!, each.bytes])));
    recalculated = new Map([...cases.keys()].map((key) => [key, byFile.get(names.get(key)!)!]));
  }, 600_000);

  const agrees = (key: string) => {
    const { plan, expected } = cases.get(key)!;
    const computed = valuesIn(recalculated.get(key)!, plan.placed);
    expect([...computed.values()].flat()).not.toContain(FALSE_CACHE);
    expectAgree(computed, engineValues(expected), key);
  };

  it.each(SHIPPED)('%s: every cell, after the cached values were falsified', (file) => agrees(file));

  it('baseline with budget_growth changed to 3% in the workbook: the dependants move as the engine says', () => {
    agrees('baseline at 3% growth');
    const { plan } = cases.get('baseline at 3% growth')!;
    const computed = valuesIn(recalculated.get('baseline at 3% growth')!, plan.placed);
    const before = valuesIn(recalculated.get('scenarios/baseline.yaml')!, plan.placed);
    // The README's figures: £18.67bn at 2% becomes £28.39bn at 3%.
    expect(before.get('cumulative_extra_to_private')![0]).toBeCloseTo(18.67, 2);
    expect(computed.get('cumulative_extra_to_private')![0]).toBeCloseTo(28.39, 2);
    expect(computed.get('budget_growth')).toEqual([GROWTH]);
    expect(computed.get('total_budget_base')).toEqual(before.get('total_budget_base'));
  });

  it('every operator and function, including decimal rounding (1.005 to 2 decimals is 1.01)', () => {
    agrees('every operator and function');
    const { plan } = cases.get('every operator and function')!;
    expect(valuesIn(recalculated.get('every operator and function')!, plan.placed).get('roundDecimal')).toEqual([1.01]);
  });

  it(`${RANDOM_MODELS} random models of the formula language`, () => {
    for (let i = 0; i < RANDOM_MODELS; i++) agrees(`random model ${i}`);
  });
});
