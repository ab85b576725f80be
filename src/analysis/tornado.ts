import { compileMeasures, evaluateMeasure, type InputCell, type Measure, type Sheet, setInput } from '../engine/index.js';
import { whyItFails } from './target.js';
import { type TornadoCore, tornadoCore } from './tornado-core.js';

export type { TornadoBar, TornadoCore, TornadoFailure } from './tornado-core.js';

export interface Tornado extends TornadoCore {
  readonly output: Measure;
}

/**
 * One tornado per output: every input with a low and a high set to each end in turn, every other input at its value.
 * The scenario is never changed; the inputs without a range are listed as not varied.
 */
export function tornadoes(sheet: Sheet, outputs: readonly Measure[]): (Tornado | { readonly output: Measure; readonly problem: string })[] {
  const inputs = [...sheet.model.cells.values()].flatMap(({ cell }) => (cell.kind === 'input' ? [cell] : []));
  const ranged = rangedInputs(sheet);
  const sweep = compileMeasures(
    sheet.model,
    ranged.map((cell) => cell.name),
    outputs,
  );
  const base = ranged.map((cell) => cell.value);
  const positions = new Map(ranged.map((cell, at) => [cell.name, at]));
  // One run gives every output: each input's ends are computed once, not once per output.
  const runs = new Map<string, readonly (number | undefined)[]>();
  const outputsWith = (name: string | undefined, value: number) => {
    const key = name === undefined ? '' : `${name}=${value}`;
    let result = runs.get(key);
    if (result === undefined) {
      const values = base.slice();
      const at = name === undefined ? undefined : positions.get(name);
      if (at !== undefined) values[at] = value;
      result = sweep.run(values);
      runs.set(key, result);
    }
    return result;
  };
  return outputs.map((output, index) => {
    const core = tornadoCore(inputs, (name, value) => {
      const result = outputsWith(name, value)[index];
      return result === undefined ? { ok: false, problem: reason(sheet, output, name, value) } : { ok: true, value: result };
    });
    return 'problem' in core ? { output, problem: core.problem } : { ...core, output };
  });
}

/** Why the output fails with one input changed: the slow path, for the few ends that fail. */
function reason(sheet: Sheet, output: Measure, input: string | undefined, value: number): string {
  const changed = input === undefined ? sheet : setInput(sheet.model, sheet.evaluation, input, value);
  const result = evaluateMeasure(changed, output);
  return result.ok ? 'it could not be computed' : whyItFails(changed, result);
}

/** The inputs with a low and a high, in the scenario's order. */
export const rangedInputs = (sheet: Sheet): InputCell[] =>
  [...sheet.model.cells.values()].flatMap(({ cell }) => (cell.kind === 'input' && cell.low !== undefined && cell.high !== undefined ? [cell] : []));
