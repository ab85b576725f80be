import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formulaProblems, loadScenario } from '../../src/scenario/index.js';
import { BUILT_COMMAND } from './bundle.js';
import { interleave, timed } from './measure.js';
import { runNode } from './processes.js';
import { type Result, result } from './report.js';

/** The sizes of the generated files, in cells; the last is the most a file may have. */
export const LOADING_SIZES = [1000, 10_000, 20_000] as const;

/** Cells per block: an input, then formulas that each read it and the cell before, so no chain is longer than a block. */
const BLOCK = 10;

/**
 * A valid scenario file of exactly `cells` cells: blocks of one input and nine formulas (some projected over the
 * years, some with unit and description). `variant` changes the number every formula uses, so that each sample's
 * file is new text and nothing parsed for an earlier one can be reused.
 */
export function generatedScenario(cells: number, variant = 0): string {
  const factor = String(1 + (variant + 1) / 1e6);
  const inputs = ['  horizon_years:', '    value: 5', '    unit: years', '    min: 1', '    max: 30'];
  const formulas: string[] = [];
  for (let n = 1; n < cells; n++) {
    const block = Math.floor((n - 1) / BLOCK);
    const k = (n - 1) % BLOCK;
    if (k === 0) {
      inputs.push(`  in_${block}: ${(block % 97) / 10 + 1}`);
    } else {
      const previous = k === 1 ? `in_${block}` : `f_${block}_${k - 1}`;
      const formula = k % 3 === 0 ? `${previous} * ${factor} + t` : `${previous} * ${factor} + in_${block}`;
      if (n % 100 === 0) formulas.push(`  f_${block}_${k}:`, `    formula: ${formula}`, '    unit: £bn', `    description: cell ${n} of ${cells}`);
      else formulas.push(`  f_${block}_${k}: ${formula}`);
    }
  }
  return [`name: Generated, ${cells} cells`, 'base_year: "2015/16"', 'inputs:', ...inputs, 'formulas:', ...formulas, ''].join('\n');
}

/** What `check` does with a file: load and validate it, then evaluate it and list the cells that fail. Returns the cells checked. */
export function checkFile(file: string): number {
  const scenario = loadScenario(file);
  const problems = formulaProblems(scenario);
  if (problems.length > 0) throw new Error(`${file}: ${problems.length} problems, the first: ${problems[0]!.message}`);
  return scenario.cells.length;
}

const perCell = (ms: number, cells: number) => ms / cells;

/**
 * Loading workloads, on files generated into a new folder for the run:
 * - in this process, the loader and the check on 1,000, 10,000 and 20,000 cells, each sample a new file (new
 *   text, see generatedScenario), interleaved; reported as time per cell against time per cell at 1,000 cells,
 *   which stays near 1 if loading is linear;
 * - `check` as a user runs it (a new process for each sample) on the 20,000-cell file, against `check` on the
 *   shipped baseline, interleaved.
 */
export function loading(quick: boolean): Result[] {
  const dir = mkdtempSync(join(tmpdir(), 'nhs-whatif-bench-loading-'));
  try {
    const checked: number[][] = LOADING_SIZES.map(() => []);
    const timings = interleave(
      LOADING_SIZES.map((_, index) => (files: readonly string[]) => {
        const { value, ms } = timed(() => checkFile(files[index]!));
        checked[index]!.push(value);
        return ms;
      }),
      (round) =>
        LOADING_SIZES.map((cells) => {
          const file = join(dir, `generated-${cells}-${round}.yaml`);
          writeFileSync(file, generatedScenario(cells, round));
          return file;
        }),
      { rounds: quick ? 3 : 7, warmup: 1 },
    );
    const allChecked = checked.every((counts, index) => counts.every((count) => count === LOADING_SIZES[index]));
    const [small] = LOADING_SIZES;
    const smallPerCell = perCell(timings[0]!.ms, small);
    const growth = LOADING_SIZES.slice(1).map((cells, index) =>
      result(
        `load and check in-process, time per cell, ${cells.toLocaleString('en-GB')} cells`,
        perCell(timings[index + 1]!.ms, cells),
        `time per cell, ${small.toLocaleString('en-GB')} cells`,
        smallPerCell,
        timings[index + 1]!.samples,
        1.5,
        allChecked,
      ),
    );

    const largest = LOADING_SIZES[LOADING_SIZES.length - 1]!;
    const largeFile = join(dir, `generated-${largest}.yaml`);
    writeFileSync(largeFile, generatedScenario(largest));
    const codes: (number | null)[] = [];
    const [large, baseline] = interleave(
      [largeFile, 'scenarios/baseline.yaml'].map((file) => () => {
        const exited = runNode([BUILT_COMMAND, 'check', file]);
        codes.push(exited.code);
        return exited.ms;
      }),
      () => undefined,
      { rounds: quick ? 3 : 7, warmup: 1 },
    );
    const command = result(
      `check command, ${largest.toLocaleString('en-GB')}-cell file`,
      large!.ms,
      'check command, baseline',
      baseline!.ms,
      large!.samples,
      4,
      codes.every((code) => code === 0),
    );
    return [...growth, command];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
