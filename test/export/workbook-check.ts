import { HyperFormula } from 'hyperformula';
import { expect } from 'vitest';
import { type Cell, type Sheet, sheetOf } from '../../src/engine/index.js';
import { checksOf, inputCitationsOf, sourcesOf } from '../../src/export/provenance.js';
import { columnLetters, type ExportScenario, planWorkbook, type WorkbookPlan } from '../../src/export/workbook-plan.js';
import { NO_PROVENANCE } from '../../src/scenario/index.js';

/** A scenario of these cells, ready to plan as a workbook. */
export function exportOf(cells: readonly Cell[], name = 'Test', baseYear = '2015/16'): ExportScenario {
  return {
    name,
    sheet: sheetOf(cells, baseYear),
    sources: sourcesOf({ cells, sources: NO_PROVENANCE.sources, checks: [] }),
    checks: checksOf({ cells, sources: NO_PROVENANCE.sources, checks: [] }),
    citations: inputCitationsOf({ cells, sources: NO_PROVENANCE.sources, checks: [] }),
  };
}

/** Every cell's value as the engine computes it, one number per column of the workbook. */
export function engineValues(sheet: Sheet): Map<string, number[]> {
  const values = new Map<string, number[]>();
  for (const [name, result] of sheet.evaluation.results) {
    if (!result.ok) throw new Error(`${name}: ${result.error}`);
    values.set(name, typeof result.value === 'number' ? [result.value] : [...result.value]);
  }
  return values;
}

/** Agreement to 1e-9 of the larger size, or 1e-12 near zero (where a spreadsheet's subtraction snaps rounding residue to 0). */
export function expectAgree(actual: ReadonlyMap<string, readonly number[]>, expected: ReadonlyMap<string, readonly number[]>, where: string): void {
  for (const [name, values] of expected) {
    const got = actual.get(name);
    expect(got, `${where}: ${name} is missing`).toBeDefined();
    expect(got!.length, `${where}: ${name}`).toBe(values.length);
    values.forEach((value, i) => {
      const other = got![i]!;
      const tolerance = 1e-9 * Math.max(Math.abs(value), Math.abs(other)) + 1e-12;
      expect(Math.abs(other - value), `${where}: ${name}[${i}] is ${other}, the engine says ${value}`).toBeLessThanOrEqual(tolerance);
    });
  }
}

/**
 * The workbook's values as HyperFormula computes them from the formulas alone (cached values are not given to it),
 * by the cells' defined names.
 */
export function hyperFormulaValues(plan: WorkbookPlan): Map<string, number[]> {
  const sheets: Record<string, (string | number | null)[][]> = {};
  for (const sheet of plan.sheets) {
    const rows: (string | number | null)[][] = [];
    for (const cell of sheet.cells) {
      rows[cell.row - 1] ??= [];
      const { content } = cell;
      rows[cell.row - 1]![cell.column - 1] = content.kind === 'formula' ? `=${content.formula}` : content.kind === 'text' ? content.text : content.value;
    }
    sheets[sheet.name] = Array.from(rows, (row) => Array.from(row ?? [], (value) => value ?? null));
  }
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3', precisionEpsilon: 0, smartRounding: false });
  // Names first, then contents, so that every formula finds the names it reads.
  for (const name of Object.keys(sheets)) hf.addSheet(name);
  for (const place of plan.placed) {
    const first = `$${columnLetters(place.columns[0]!)}$${place.row}`;
    const last = `$${columnLetters(place.columns.at(-1)!)}$${place.row}`;
    hf.addNamedExpression(place.name, `=${place.sheet}!${first}${first === last ? '' : `:${last}`}`);
  }
  for (const [name, rows] of Object.entries(sheets)) hf.setSheetContent(hf.getSheetId(name)!, rows);
  const values = new Map<string, number[]>();
  for (const place of plan.placed) {
    const sheet = hf.getSheetId(place.sheet)!;
    values.set(
      place.cell,
      place.columns.map((column) => {
        const value = hf.getCellValue({ sheet, row: place.row - 1, col: column - 1 });
        if (typeof value !== 'number') throw new Error(`${place.cell}: HyperFormula gives ${JSON.stringify(value)}`);
        return value;
      }),
    );
  }
  hf.destroy();
  return values;
}

export const planOf = (cells: readonly Cell[]): WorkbookPlan => planWorkbook(exportOf(cells));
