import { formatNumber } from '../../../engine/index.js';
import { type CellSpread, samplesText, simulationOf, simulationSettingsOf, spreadsOf } from '../../state/simulation.js';
import { sliceOf, withSlice } from '../../state/stack.js';
import type { State } from '../../state/types.js';
import { error, info } from '../../state/update.js';
import type { DetailLine } from './detail.js';

const count = (n: number) => n.toLocaleString('en-GB');

/** The p5–p95 column beside each formula cell's value: on, or off; off with the reason when no input has a range. */
export function toggleSpread(state: State): State {
  const on = !sliceOf(state, 'grid').spread;
  if (!on) return info(withSlice(state, 'grid', { spread: false }), 'p5–p95 hidden');
  const simulated = simulationOf(state);
  if (!simulated.ok) return error(state, simulated.problem);
  const { samples, seed, failures } = simulated.simulation;
  // The cells that fail themselves; a `last(cell)` the grid summarises fails with its cell.
  const own = failures.filter((failure) => state.sheet.model.cells.has(failure.name));
  const failing = own.length === 0 ? '' : `; ${own.map((f) => `${f.name} fails in ${count(f.count)} samples`).join(', ')}`;
  return info(withSlice(state, 'grid', { spread: true }), `p5–p95 beside each formula's value: ${samplesText(samples, seed)}${failing}`);
}

/** The grid's spreads while the column is on and the scenario can be simulated; recomputed once per edit. */
export function shownSpreads(state: State): ((name: string) => CellSpread | undefined) | undefined {
  if (!sliceOf(state, 'grid').spread) return undefined;
  const simulated = simulationOf(state);
  if (!simulated.ok) return undefined;
  const spreads = spreadsOf(state, simulated.simulation);
  return (name) => spreads.get(name);
}

/** `10.9%–13.0%`, in the cell's unit; `fails` when no sample could compute it. */
export function spreadText(spread: CellSpread): string {
  const { summary, unit } = spread;
  if (summary.succeeded === 0) return 'fails';
  return `${formatNumber(summary.p5, unit)}–${formatNumber(summary.p95, unit)}`;
}

/** The detail panel's line for a formula cell while the column is on: mean and percentiles, samples and seed, failures. */
export function spreadLine(state: State, name: string): DetailLine | undefined {
  const spread = shownSpreads(state)?.(name);
  if (!spread) return undefined;
  const { summary, unit, year, failed } = spread;
  const { samples, seed } = simulationSettingsOf(state);
  const figures =
    summary.succeeded === 0
      ? 'no sample could compute it'
      : ['mean', 'p5', 'p50', 'p95'].map((key) => `${key} ${formatNumber(summary[key as 'mean' | 'p5' | 'p50' | 'p95'], unit)}`).join(', ');
  const failing = failed > 0 ? `; fails in ${count(failed)} of them` : '';
  return {
    label: 'Spread',
    text: `${figures}${year ? ` in ${year}` : ''} (${samplesText(samples, seed)}${failing})`,
    ...(failed > 0 ? { tone: 'error' as const } : {}),
  };
}

const textsOf = new WeakMap<object, ReadonlyMap<string, string>>();

/** Each formula cell's p5–p95 text while the column is on: made once per simulation. */
export function spreadTexts(state: State): ReadonlyMap<string, string> | undefined {
  if (!sliceOf(state, 'grid').spread) return undefined;
  const simulated = simulationOf(state);
  if (!simulated.ok) return undefined;
  const { simulation } = simulated;
  let texts = textsOf.get(simulation);
  if (!texts) {
    texts = new Map([...spreadsOf(state, simulation)].map(([name, spread]) => [name, spreadText(spread)] as const));
    textsOf.set(simulation, texts);
  }
  return texts;
}
