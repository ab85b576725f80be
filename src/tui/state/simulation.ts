import { keptNumbersProblem, type Shown, type Simulation, type Summary, simulate, simulationProblem } from '../../analysis/simulate.js';
import { DEFAULT_SAMPLES, DEFAULT_SEED, type SimulationSettings } from '../../analysis/simulation-settings.js';
import { checkTarget } from '../../analysis/target.js';
import type { Model, Sheet, Unit } from '../../engine/index.js';
import type { State } from './types.js';

/** The scenario being edited simulated; or why it cannot be. */
export type ScenarioSimulation = { readonly ok: true; readonly simulation: Simulation } | { readonly ok: false; readonly problem: string };

/** The file's `simulation:` settings, else the command line's defaults: the figures equal `nhs-whatif simulate FILE`. */
export function simulationSettingsOf(state: State): SimulationSettings {
  const { simulation } = state.scenario;
  return { samples: simulation?.samples ?? DEFAULT_SAMPLES, seed: simulation?.seed ?? DEFAULT_SEED };
}

/** `10,000 samples, seed 1`: said wherever simulated figures show, so they can be drawn again with `simulate`. */
export const samplesText = (samples: number, seed: number): string => `${samples.toLocaleString('en-GB')} samples, seed ${seed}`;

/** Simulates `sheet` showing `show`. Pure: views derive it from the state, memoised on the sheet. */
export function simulateShown(sheet: Sheet, settings: SimulationSettings, show: readonly Shown[]): ScenarioSimulation {
  const problem = simulationProblem(sheet);
  if (problem) return { ok: false, problem };
  const tooMany = keptNumbersProblem(sheet, show, [], settings.samples);
  if (tooMany) return { ok: false, problem: tooMany };
  return { ok: true, simulation: simulate(sheet, { ...settings, show, conditions: [] }) };
}

/**
 * What the grid shows of each formula cell: the value column's year, so a cell with a value per year is shown as
 * `last(cell)` (the same draws give the same figures as `simulate --show cell` in its last year, at a fifth of the
 * percentiles to find). Made once per model: an edit of a value keeps the model.
 */
const gridShownOf = new WeakMap<Model, { readonly show: readonly Shown[]; readonly series: ReadonlySet<string> }>();

function gridShown(sheet: Sheet) {
  let known = gridShownOf.get(sheet.model);
  if (!known) {
    const series = new Set<string>();
    const show = [...sheet.model.cells.values()].flatMap(({ cell, series: perYear }): Shown[] => {
      if (cell.kind !== 'formula') return [];
      if (!perYear) return [{ kind: 'cell', name: cell.name, unit: cell.unit }];
      const last = checkTarget(sheet, `last(${cell.name})`, 'p5–p95');
      if (!last.ok) return [];
      series.add(cell.name);
      return [{ kind: 'measure', measure: last.measure }];
    });
    known = { show, series };
    gridShownOf.set(sheet.model, known);
  }
  return known;
}

type Memo = { readonly settings: SimulationSettings; readonly result: ScenarioSimulation };
const sameSettings = (a: SimulationSettings, b: SimulationSettings) => a.samples === b.samples && a.seed === b.seed;

// One simulation per sheet: an edit makes a new sheet, so each edit simulates once however many views read it.
const gridMemo = new WeakMap<Sheet, Memo>();

/** The scenario being edited, as it is now, simulated with the file's settings for the grid; once per sheet. */
export function simulationOf(state: State): ScenarioSimulation {
  return gridSimulation(state.sheet, simulationSettingsOf(state));
}

/** `sheet` simulated with `settings` for the grid, every formula cell in its Value column's year; once per sheet. */
export function gridSimulation(sheet: Sheet, settings: SimulationSettings): ScenarioSimulation {
  const known = gridMemo.get(sheet);
  if (known && sameSettings(known.settings, settings)) return known.result;
  const result = simulateShown(sheet, settings, gridShown(sheet).show);
  gridMemo.set(sheet, { settings, result });
  return result;
}

/** The grid's simulation as it was last made: of which sheet, with which settings. */
export interface GridSimulated {
  readonly sheet: Sheet;
  readonly settings: SimulationSettings;
  readonly result: ScenarioSimulation;
}

/** The simulation was made of another sheet (an edit came after it) or with other settings: its figures are being recomputed. */
export const isStale = (simulated: GridSimulated, state: State): boolean =>
  simulated.sheet !== state.sheet || !sameSettings(simulated.settings, simulationSettingsOf(state));

const cellMemo = new WeakMap<Sheet, Map<string, Memo>>();

/** One cell of the scenario being edited simulated year by year (for the chart's band), as `simulate --show CELL`. */
export function cellSimulationOf(state: State, name: string): ScenarioSimulation | undefined {
  const cell = state.sheet.model.cells.get(name)?.cell;
  if (!cell) return undefined;
  const settings = simulationSettingsOf(state);
  let byCell = cellMemo.get(state.sheet);
  if (!byCell) {
    byCell = new Map();
    cellMemo.set(state.sheet, byCell);
  }
  const known = byCell.get(name);
  if (known && sameSettings(known.settings, settings)) return known.result;
  const result = simulateShown(state.sheet, settings, [{ kind: 'cell', name, unit: cell.unit }]);
  byCell.set(name, { settings, result });
  return result;
}

/** What the simulation gives for a cell in its Value column's year (a series' last): its summary, and the year. */
export interface CellSpread {
  readonly unit: Unit;
  readonly summary: Summary;
  /** The year summarised, for a cell with a value per year. */
  readonly year?: string;
  /** Samples in which the cell could not be computed (its own failure or one of a cell it reads). */
  readonly failed: number;
}

const spreadsByName = new WeakMap<Simulation, ReadonlyMap<string, CellSpread>>();

/** Each formula cell's spread in the grid's simulation of `sheet`, by name. */
export function spreadsOf(sheet: Sheet, simulation: Simulation): ReadonlyMap<string, CellSpread> {
  let spreads = spreadsByName.get(simulation);
  if (!spreads) {
    const { series } = gridShown(sheet);
    const year = simulation.years.at(-1);
    const byText = new Map(simulation.outputs.map((output) => [output.text, output]));
    const made = new Map<string, CellSpread>();
    for (const { cell } of sheet.model.cells.values()) {
      const output = byText.get(series.has(cell.name) ? `last(${cell.name})` : cell.name);
      const summary = output?.summaries[0];
      if (!output || !summary) continue;
      made.set(cell.name, { unit: output.unit, summary, ...(series.has(cell.name) && year ? { year } : {}), failed: simulation.samples - summary.succeeded });
    }
    spreads = made;
    spreadsByName.set(simulation, spreads);
  }
  return spreads;
}
