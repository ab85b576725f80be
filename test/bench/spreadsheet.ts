import { HyperFormula } from 'hyperformula';
import { buildModel, type Evaluation, evaluate, type Model, setInput } from '../../src/engine/index.js';
import type { Sheet } from './models.js';

/** A loaded sheet in one engine: set the input (recomputing what depends on it) and read the probe. */
export interface Loaded {
  set(value: number): void;
  probe(): number;
  destroy(): void;
}

/** Builds our model from the sheet's cells and evaluates it once, as opening a file does. */
export function buildOurs(sheet: Sheet): { model: Model; evaluation: Evaluation } {
  const model = buildModel(sheet.cells, '2015/16');
  return { model, evaluation: evaluate(model) };
}

/** Builds a HyperFormula workbook from the same sheet (it evaluates everything while building). */
export const buildHyperFormula = (sheet: Sheet): HyperFormula => HyperFormula.buildFromArray(sheet.hyperformula, { licenseKey: 'gpl-v3', maxRows: 100_000 });

/** The probe's value in our evaluation; throws if it did not compute. */
export function probeOf(sheet: Sheet, evaluation: Evaluation): number {
  const result = evaluation.results.get(sheet.probe.name);
  if (!result?.ok || typeof result.value !== 'number') throw new Error(`${sheet.probe.name} did not compute${result?.ok === false ? `: ${result.error}` : ''}`);
  return result.value;
}

/** The probe's value in a HyperFormula workbook; throws if it is not a number. */
export function hyperFormulaProbeOf(sheet: Sheet, hf: HyperFormula): number {
  const value = hf.getCellValue({ sheet: 0, row: sheet.probe.row, col: sheet.probe.col });
  if (typeof value !== 'number') throw new Error(`HyperFormula: ${sheet.probe.name} is ${JSON.stringify(value)}`);
  return value;
}

/** Our model of the sheet, loaded (see buildOurs). */
export function loadOurs(sheet: Sheet): Loaded {
  let { model, evaluation } = buildOurs(sheet);
  return {
    set(value) {
      ({ model, evaluation } = setInput(model, evaluation, sheet.input.name, value));
    },
    probe: () => probeOf(sheet, evaluation),
    destroy() {},
  };
}

/** The same sheet as a HyperFormula workbook, loaded (see buildHyperFormula). */
export function loadHyperFormula(sheet: Sheet): Loaded {
  const hf = buildHyperFormula(sheet);
  const { row, col } = sheet.input;
  return {
    set(value) {
      hf.setCellContents({ sheet: 0, row, col }, [[value]]);
    },
    probe: () => hyperFormulaProbeOf(sheet, hf),
    destroy: () => hf.destroy(),
  };
}
