import { buildModel, type Evaluation, evaluate, type Model } from './model.js';
import type { Cell } from './types.js';

/** An evaluated scenario: its model and every cell's value. Immutable: a change makes a new sheet. */
export interface Sheet {
  readonly model: Model;
  readonly evaluation: Evaluation;
}

/** A sheet under the name it is shown by (a comparison's column, a report's heading). */
export interface NamedSheet extends Sheet {
  readonly name: string;
}

export function sheetOf(cells: readonly Cell[], baseYear: string): Sheet {
  const model = buildModel(cells, baseYear);
  return { model, evaluation: evaluate(model) };
}
