import type { SimulationSettings } from '../../../analysis/simulation-settings.js';
import { formatNumber, type Sheet } from '../../../engine/index.js';
import type { EffectIo } from '../../screen.js';
import { type CellSpread, type GridSimulated, gridSimulation, isStale, samplesText, simulationSettingsOf, spreadsOf } from '../../state/simulation.js';
import { sliceOf, withSlice } from '../../state/stack.js';
import type { State } from '../../state/types.js';
import { error, info } from '../../state/update.js';
import { textWidth } from '../../wrap.js';
import type { DetailLine } from './detail.js';

const count = (n: number) => n.toLocaleString('en-GB');

/** After an edit, the grid's p5–p95 of the edited sheet: asked for by the reducer, made after the edit's frame is drawn. */
export interface SpreadEffect {
  readonly kind: 'grid-spread';
  readonly sheet: Sheet;
  readonly settings: SimulationSettings;
}

/** Marks figures of an older sheet while the edited one is simulated. */
export const PENDING_MARK = '…';

/**
 * How long the simulation waits after the edit that asked for it: longer than Ink's frame interval (30 frames a
 * second), so the edit's frame is written before the simulation holds the process, and keys typed within it are
 * simulated once, for the last of them.
 */
export const SETTLE_MS = 40;

/** The p5–p95 column beside each formula cell's value: on, or off; off with the reason when no input has a range. */
export function toggleSpread(state: State): State {
  const on = !sliceOf(state, 'grid').spread;
  if (!on) return info(withSlice(state, 'grid', { spread: false }), 'p5–p95 hidden');
  const settings = simulationSettingsOf(state);
  const result = gridSimulation(state.sheet, settings);
  if (!result.ok) return error(state, result.problem);
  const { samples, seed, failures } = result.simulation;
  // The cells that fail themselves; a `last(cell)` the grid summarises fails with its cell.
  const own = failures.filter((failure) => state.sheet.model.cells.has(failure.name));
  const failing = own.length === 0 ? '' : `; ${own.map((f) => `${f.name} fails in ${count(f.count)} samples`).join(', ')}`;
  const simulated: GridSimulated = { sheet: state.sheet, settings, result };
  return info(
    withSlice(state, 'grid', { spread: true, simulated, asked: state.sheet }),
    `p5–p95 beside each formula's value: ${samplesText(samples, seed)}${failing}`,
  );
}

/** After every action: while the column is on and the sheet has changed since its figures, asks once for the new sheet's. */
export function askForSpread(state: State): State {
  const { spread, simulated, asked } = sliceOf(state, 'grid');
  if (!spread || !simulated || asked === state.sheet || !isStale(simulated, state)) return state;
  const effect: SpreadEffect = { kind: 'grid-spread', sheet: state.sheet, settings: simulationSettingsOf(state) };
  return { ...withSlice(state, 'grid', { asked: state.sheet }), effects: [...state.effects, effect] };
}

/** The figures of `effect`'s sheet, kept if that sheet is still the one edited and the column still on; else dropped. */
export function spreadSimulated(state: State, effect: SpreadEffect, result: GridSimulated['result']): State {
  if (state.sheet !== effect.sheet || !sliceOf(state, 'grid').spread) return state;
  const simulated = withSlice(state, 'grid', { simulated: { sheet: effect.sheet, settings: effect.settings, result } });
  // The column cannot be drawn for this sheet: say why rather than let it go without a word.
  return result.ok ? simulated : error(simulated, `p5–p95 cannot be drawn now: ${result.problem}`);
}

/** Simulates the sheet once the edit's frame is out, unless another edit has come since (its own effect follows). */
export function runSpread(effect: SpreadEffect, io: EffectIo): void {
  setTimeout(() => {
    const now = io.state();
    if (now.sheet !== effect.sheet || !sliceOf(now, 'grid').spread) return;
    const result = gridSimulation(effect.sheet, effect.settings);
    io.dispatch({ type: 'result', apply: (state) => spreadSimulated(state, effect, result) });
  }, SETTLE_MS);
}

/** The grid's figures while the column is on: the last simulation that could be made, and whether an edit came after it. */
function shownSimulation(state: State) {
  const { spread, simulated } = sliceOf(state, 'grid');
  if (!spread || !simulated?.result.ok) return undefined;
  return { sheet: simulated.sheet, simulation: simulated.result.simulation, pending: isStale(simulated, state) };
}

/** The grid's spreads while the column is on and the scenario can be simulated, and whether they are being recomputed. */
export function shownSpreads(state: State): { readonly spreadOf: (name: string) => CellSpread | undefined; readonly pending: boolean } | undefined {
  const shown = shownSimulation(state);
  if (!shown) return undefined;
  const spreads = spreadsOf(shown.sheet, shown.simulation);
  return { spreadOf: (name) => spreads.get(name), pending: shown.pending };
}

/** `10.9%–13.0%`, in the cell's unit; `fails` when no sample could compute it. */
export function spreadText(spread: CellSpread): string {
  const { summary, unit } = spread;
  if (summary.succeeded === 0) return 'fails';
  return `${formatNumber(summary.p5, unit)}–${formatNumber(summary.p95, unit)}`;
}

/** The detail panel's line for a formula cell while the column is on: mean and percentiles, samples and seed, failures. */
export function spreadLine(state: State, name: string): DetailLine | undefined {
  const shown = shownSpreads(state);
  const spread = shown?.spreadOf(name);
  if (!shown || !spread) return undefined;
  const { summary, unit, year, failed } = spread;
  const { samples, seed } = simulationSettingsOf(state);
  const figures =
    summary.succeeded === 0
      ? 'no sample could compute it'
      : ['mean', 'p5', 'p50', 'p95'].map((key) => `${key} ${formatNumber(summary[key as 'mean' | 'p5' | 'p50' | 'p95'], unit)}`).join(', ');
  const failing = failed > 0 ? `; fails in ${count(failed)} of them` : '';
  return {
    label: 'Spread',
    text: `${shown.pending ? `recomputing${PENDING_MARK} before this edit: ` : ''}${figures}${year ? ` in ${year}` : ''} (${samplesText(samples, seed)}${failing})`,
    ...(failed > 0 ? { tone: 'error' as const } : {}),
  };
}

/** Each formula cell's p5–p95 text, and the widest of them without the mark, while the column is on. */
export interface SpreadColumn {
  readonly texts: ReadonlyMap<string, string>;
  readonly widest: number;
}

const textsOf = new WeakMap<object, { readonly current: SpreadColumn; readonly pending: SpreadColumn }>();

/** Each formula cell's p5–p95 text while the column is on, marked `…` while being recomputed: made once per simulation. */
export function spreadColumn(state: State): SpreadColumn | undefined {
  const shown = shownSimulation(state);
  if (!shown) return undefined;
  const { simulation } = shown;
  let made = textsOf.get(simulation);
  if (!made) {
    const texts = new Map([...spreadsOf(shown.sheet, simulation)].map(([name, spread]) => [name, spreadText(spread)] as const));
    const widest = Math.max(0, ...[...texts.values()].map(textWidth));
    const pending = new Map([...texts].map(([name, text]) => [name, `${text}${PENDING_MARK}`] as const));
    made = { current: { texts, widest }, pending: { texts: pending, widest } };
    textsOf.set(simulation, made);
  }
  return shown.pending ? made.pending : made.current;
}
