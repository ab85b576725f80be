import { type ObservedSheet, observedSheetOf } from '../../../analysis/observed.js';
import { rangedInputs } from '../../../analysis/tornado.js';
import type { Band, ChartInput, ChartSeries, ObservedPoints } from '../../../charts/index.js';
import { formatNumber, isSeries, type Unit } from '../../../engine/index.js';
import { shortCitationOf } from '../../../scenario/index.js';
import { currentName, selectedName } from '../../state/selectors.js';
import { cellSimulationOf, type ScenarioSimulation, samplesText } from '../../state/simulation.js';
import { sliceOf } from '../../state/stack.js';
import type { State } from '../../state/types.js';
import { referenceOf } from './state.js';

/**
 * Observed values of `cell` that a scenario's file records (under observed:), to draw beside its line, with their
 * sources as the legend names them (`Full Fact, 2019; The King's Fund, 2021`). Observations never change the model.
 */
export function observedPointsOf(scenario: ObservedSheet, cell: string): ObservedPoints | undefined {
  const observation = scenario.observed?.get(cell);
  if (!observation || observation.values.length === 0) return undefined;
  const sources = [...new Set(observation.values.map((value) => value.source))].map((id) => {
    const record = scenario.sources?.get(id);
    return record ? shortCitationOf(record) : id;
  });
  return { source: sources.join('; '), points: observation.values.map(({ year, value }) => ({ year, value })) };
}

/**
 * The p5–p95 band of a cell of the scenario being edited, from its simulation (cellSimulationOf: as `simulate --show
 * CELL` draws it with the file's samples and seed, the draws of the grid's p5–p95 column); the legend says how it was drawn.
 */
function bandOf(simulated: ScenarioSimulation | undefined): Band | undefined {
  if (!simulated?.ok) return undefined;
  const { simulation } = simulated;
  const output = simulation.outputs[0];
  if (!output?.perYear) return undefined;
  const points = output.summaries.flatMap((summary, i) =>
    summary.succeeded === 0 ? [] : [{ year: simulation.years[i]!, low: summary.p5, high: summary.p95 }],
  );
  return { label: `p5–p95, ${samplesText(simulation.samples, simulation.seed)}`, points };
}

/** What the chart screen shows: a chart with notes about scenarios left out of it, or why there is no chart. */
export type ChartSubject =
  | {
      readonly kind: 'chart';
      readonly input: ChartInput;
      readonly description?: string;
      /** Compared scenarios that could not be drawn, and why. */
      readonly left: readonly string[];
      /** How many scenarios are compared beside the current one. */
      readonly compared: number;
      /** Why the inputs' ranges give no p5–p95 band now (an edit took a value outside its range, say). */
      readonly bandProblem?: string;
    }
  | { readonly kind: 'message'; readonly cell?: string; readonly text: string };

/**
 * The scenario being edited, as it is now, and each scenario compared with it (the comparison's chosen files); in
 * cash, as compared scenarios are and observed figures were published.
 */
export function chartedScenarios(state: State): ObservedSheet[] {
  return [observedSheetOf(currentName(state), state.sheet, state.scenario), ...sliceOf(state, 'compare').scenarios.slice(1)];
}

type Drawn = { readonly ok: true; readonly series: ChartSeries; readonly unit: Unit } | { readonly ok: false; readonly why: string };

function seriesOf(scenario: ObservedSheet, cell: string, band?: Band): Drawn {
  const compiled = scenario.model.cells.get(cell);
  const result = scenario.evaluation.results.get(cell);
  if (!compiled || !result) return { ok: false, why: `${scenario.name} has no cell ${cell}` };
  const { unit } = compiled.cell;
  if (!result.ok) return { ok: false, why: `${cell} fails in ${scenario.name}: ${result.error}` };
  if (!isSeries(result.value))
    return { ok: false, why: `${cell} is a single number (${formatNumber(result.value, unit)}) in ${scenario.name}, not a value for each year` };
  const observed = observedPointsOf(scenario, cell);
  const series: ChartSeries = {
    name: scenario.name,
    years: scenario.evaluation.years,
    values: result.value,
    ...(observed ? { observed } : {}),
    ...(band ? { band } : {}),
  };
  return { ok: true, series, unit };
}

const SERIES_HINT = '↑↓ jk go to the cells that have a value for each year';

/** The chart of the grid's selected cell across the scenarios charted, or why it cannot be drawn. */
export function chartSubject(state: State): ChartSubject {
  const cell = selectedName(state);
  if (cell === undefined) return { kind: 'message', text: 'no cell is selected; Esc goes back to the grid' };
  const [current, ...others] = chartedScenarios(state);
  const simulated = rangedInputs(state.sheet).length > 0 ? cellSimulationOf(state, cell) : undefined;
  const own = seriesOf(current!, cell, bandOf(simulated));
  if (!own.ok) return { kind: 'message', cell, text: `${own.why}, so there is no line to draw. ${SERIES_HINT}.` };
  const series = [own.series];
  const left: string[] = [];
  for (const other of others) {
    const drawn = seriesOf(other, cell);
    if (!drawn.ok) left.push(drawn.why);
    else if (drawn.unit !== own.unit) left.push(`${other.name} gives ${cell} in ${drawn.unit}, not ${own.unit}`);
    else series.push(drawn.series);
  }
  const reference = referenceOf(state, cell)?.value;
  const input: ChartInput = { quantity: cell, unit: own.unit, series, ...(reference !== undefined ? { reference } : {}) };
  const description = state.sheet.model.cells.get(cell)?.cell.description;
  const bandProblem = simulated && !simulated.ok ? simulated.problem : undefined;
  return { kind: 'chart', input, ...(description ? { description } : {}), left, compared: others.length, ...(bandProblem ? { bandProblem } : {}) };
}
