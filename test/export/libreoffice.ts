import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import type { PlacedCell } from '../../src/export/workbook-plan.js';

/** The LibreOffice command, if it is installed (CI installs it; elsewhere its test waits for it). */
export const SOFFICE = (process.env.PATH ?? '')
  .split(delimiter)
  .map((folder) => join(folder, 'soffice'))
  .find((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });

/**
 * A throwaway LibreOffice profile that recalculates every formula of an .xlsx file when loading it, rather than
 * showing the values cached in the file (its default for files it did not write itself).
 */
function recalculatingProfile(folder: string): string {
  const user = join(folder, 'profile', 'user');
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return pathToFileURL(join(folder, 'profile')).href;
}

/** A value no formula of the tests computes: a cached value still there after loading was echoed, not computed. */
export const FALSE_CACHE = -987654.321;

/** The workbook with every cached formula value replaced by a false one, and `inputs` set to new values. */
export async function falsified(bytes: Uint8Array, placed: readonly PlacedCell[], inputs: Readonly<Record<string, number>> = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  let formulas = 0;
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        formulas++;
        cell.value = { formula: cell.formula, result: typeof cell.result === 'string' ? 'not computed' : FALSE_CACHE };
      });
    });
  });
  if (formulas === 0) throw new Error('the workbook has no formulas');
  for (const [name, value] of Object.entries(inputs)) {
    const place = placed.find((each) => each.cell === name);
    if (!place) throw new Error(`no input ${name}`);
    workbook.getWorksheet(place.sheet)!.getCell(place.row, place.columns[0]!).value = value;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Each workbook opened, recalculated and saved again by LibreOffice Calc, headless, in one run for all of them (it
 * takes seconds to start), and read back.
 */
export async function recalculatedByLibreOffice(workbooks: ReadonlyMap<string, Uint8Array>): Promise<Map<string, ExcelJS.Workbook>> {
  if (!SOFFICE) throw new Error('soffice is not installed: apt-get install -y --no-install-recommends libreoffice-calc-nogui');
  const folder = mkdtempSync(join(tmpdir(), 'nhs-whatif-calc-'));
  try {
    const given = join(folder, 'given');
    const saved = join(folder, 'saved');
    mkdirSync(given);
    const files = [...workbooks].map(([name, bytes]) => {
      const file = join(given, `${name}.xlsx`);
      writeFileSync(file, bytes);
      return file;
    });
    const result = spawnSync(
      SOFFICE,
      ['--headless', '--norestore', `-env:UserInstallation=${recalculatingProfile(folder)}`, '--convert-to', 'xlsx', '--outdir', saved, ...files],
      { encoding: 'utf8', timeout: 300_000 },
    );
    if (result.status !== 0) throw new Error(`soffice failed (${result.status ?? result.signal}): ${result.stderr}`);
    const read = new Map<string, ExcelJS.Workbook>();
    for (const name of workbooks.keys()) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(join(saved, `${name}.xlsx`)) as never);
      read.set(name, workbook);
    }
    return read;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The values LibreOffice computed for each placed cell (true and false as 1 and 0); an error cell throws. */
export function valuesIn(workbook: ExcelJS.Workbook, placed: readonly PlacedCell[]): Map<string, number[]> {
  const values = new Map<string, number[]>();
  for (const place of placed) {
    const sheet = workbook.getWorksheet(place.sheet)!;
    values.set(
      place.cell,
      place.columns.map((column) => {
        const cell = sheet.getCell(place.row, column);
        const value = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
        if (typeof value === 'number') return value;
        if (typeof value === 'boolean') return Number(value);
        throw new Error(`${place.cell} at ${cell.address}: LibreOffice gives ${JSON.stringify(value)} for ${cell.formula ?? 'a value'}`);
      }),
    );
  }
  return values;
}

/** The text LibreOffice computed in a cell (a check's ✓ or ✗). */
export const textIn = (workbook: ExcelJS.Workbook, sheet: string, row: number, column: number): unknown => {
  const cell = workbook.getWorksheet(sheet)!.getCell(row, column);
  return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
};
