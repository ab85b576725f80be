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
export function loadOurs(sheet: Sheet): Loaded {
  let model: Model = buildModel(sheet.cells, '2015/16');
  let evaluation: Evaluation = evaluate(model);
  return {
    set(value) {
      ({ model, evaluation } = setInput(model, evaluation, sheet.input.name, value));
    },
    probe() {
      const result = evaluation.results.get(sheet.probe.name);
      if (!result?.ok || typeof result.value !== 'number')
        throw new Error(`${sheet.probe.name} did not compute${result?.ok === false ? `: ${result.error}` : ''}`);
      return result.value;
    },
    destroy() {},
  };
}

/** Builds a HyperFormula workbook from the same sheet (it evaluates everything while building). */
export function loadHyperFormula(sheet: Sheet): Loaded {
  const hf = HyperFormula.buildFromArray(sheet.hyperformula, { licenseKey: 'gpl-v3', maxRows: 100_000 });
  const { row, col } = sheet.input;
  return {
    set(value) {
      hf.setCellContents({ sheet: 0, row, col }, [[value]]);
    },
    probe() {
      const value = hf.getCellValue({ sheet: 0, row: sheet.probe.row, col: sheet.probe.col });
      if (typeof value !== 'number') throw new Error(`HyperFormula: ${sheet.probe.name} is ${JSON.stringify(value)}`);
      return value;
    },
    destroy: () => hf.destroy(),
  };
}
