import {
  keptPerSample,
  MAX_KEPT_NUMBERS,
  type Shown,
  type SimulatedOutput,
  type Simulation,
  type Summary,
  simulate,
  simulationProblem,
  tooManyNumbers,
} from '../../analysis/simulate.js';
import { DEFAULT_SAMPLES, DEFAULT_SEED, type SimulationSettings } from '../../analysis/simulation-settings.js';
import type { Sheet, Unit } from '../../engine/index.js';
import type { State } from './types.js';

/** The scenario being edited simulated, every formula cell shown; or why it cannot be. */
export type ScenarioSimulation = { readonly ok: true; readonly simulation: Simulation } | { readonly ok: false; readonly problem: string };

/** The file's `simulation:` settings, else the command line's defaults: the figures equal `nhs-whatif simulate FILE`. */
export function simulationSettingsOf(state: State): SimulationSettings {
  const { simulation } = state.scenario;
  return { samples: simulation?.samples ?? DEFAULT_SAMPLES, seed: simulation?.seed ?? DEFAULT_SEED };
}

const formulaCells = (sheet: Sheet): Shown[] =>
  [...sheet.model.cells.values()].flatMap(({ cell }) => (cell.kind === 'formula' ? [{ kind: 'cell' as const, name: cell.name, unit: cell.unit }] : []));

/** Simulates `sheet` (every formula cell). Pure: a view derives it from the state; see simulationOf for the memo. */
export function simulateSheet(sheet: Sheet, settings: SimulationSettings): ScenarioSimulation {
  const problem = simulationProblem(sheet);
  if (problem) return { ok: false, problem };
  const show = formulaCells(sheet);
  const perSample = keptPerSample(sheet, show, []);
  if (perSample * settings.samples > MAX_KEPT_NUMBERS) return { ok: false, problem: tooManyNumbers(perSample, settings.samples) };
  return { ok: true, simulation: simulate(sheet, { ...settings, show, conditions: [] }) };
}

// One simulation per sheet: an edit makes a new sheet, so each edit simulates once however many views read it.
const memo = new WeakMap<Sheet, { readonly settings: SimulationSettings; readonly result: ScenarioSimulation }>();

/** The scenario being edited, as it is now, simulated with the file's settings; computed once per sheet. */
export function simulationOf(state: State): ScenarioSimulation {
  const settings = simulationSettingsOf(state);
  const known = memo.get(state.sheet);
  if (known && known.settings.samples === settings.samples && known.settings.seed === settings.seed) return known.result;
  const result = simulateSheet(state.sheet, settings);
  memo.set(state.sheet, { settings, result });
  return result;
}

const outputsByName = new WeakMap<Simulation, ReadonlyMap<string, SimulatedOutput>>();

/** What the simulation gives for a cell in its Value column's year (a series' last): its summary, and the year. */
export interface CellSpread {
  readonly unit: Unit;
  readonly summary: Summary;
  /** The year summarised, for a cell with a value per year. */
  readonly year?: string;
  /** Samples in which the cell could not be computed (its own failure or one of a cell it reads). */
  readonly failed: number;
}

export function spreadOf(simulation: Simulation, name: string): CellSpread | undefined {
  let outputs = outputsByName.get(simulation);
  if (!outputs) {
    outputs = new Map(simulation.outputs.map((output) => [output.text, output]));
    outputsByName.set(simulation, outputs);
  }
  const output = outputs.get(name);
  const summary = output?.summaries.at(-1);
  if (!output || !summary) return undefined;
  const year = output.perYear ? simulation.years.at(-1) : undefined;
  return { unit: output.unit, summary, ...(year ? { year } : {}), failed: simulation.samples - summary.succeeded };
}

/** `10,000 samples, seed 1`: said wherever simulated figures show, so they can be drawn again with `simulate`. */
export const samplesText = (samples: number, seed: number): string => `${samples.toLocaleString('en-GB')} samples, seed ${seed}`;
