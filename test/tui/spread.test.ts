import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { simulate } from '../../src/analysis/simulate.js';
import { DEFAULT_SAMPLES, DEFAULT_SEED } from '../../src/analysis/simulation-settings.js';
import { formatNumber, isSeries } from '../../src/engine/index.js';
import { compute, loadScenario, type Scenario } from '../../src/scenario/index.js';
import { spreadHeaderOf } from '../../src/tui/screens/grid/Grid.js';
import { layOutGrid } from '../../src/tui/screens/grid/layout.js';
import { PENDING_MARK, runSpread, type SpreadEffect, spreadLine, spreadSimulated } from '../../src/tui/screens/grid/spread.js';
import { initialState, reducer } from '../../src/tui/state/reducer.js';
import { gridSimulation, simulationOf, simulationSettingsOf, spreadsOf } from '../../src/tui/state/simulation.js';
import type { Action, State } from '../../src/tui/state/types.js';
import { baseline, press, select } from './helpers.js';

const FIXTURES = new URL('../fixtures/simulate/', import.meta.url).pathname;
const frame = { columns: 160, rows: 40, messageRows: 2 };
const shownSpreads = (state: State) => layOutGrid(frame, state).view.spreads;

/** The state once the simulations the edits asked for have run (their runners, with time passed), and the results they dispatched. */
function settled(state: State): { readonly state: State; readonly results: number } {
  let now = state;
  let results = 0;
  const dispatch = (action: Action) => {
    results += action.type === 'result' ? 1 : 0;
    now = reducer(now, action);
  };
  vi.useFakeTimers();
  try {
    for (const effect of state.effects) if (effect.kind === 'grid-spread') runSpread(effect, { state: () => now, dispatch, exit: () => {} });
    vi.runAllTimers();
  } finally {
    vi.useRealTimers();
  }
  return { state: now, results };
}

const growthOf = (state: State): number => {
  const cell = state.sheet.model.cells.get('budget_growth')!.cell;
  return cell.kind === 'input' ? cell.value : Number.NaN;
};
/** budget_growth in the baseline file after `nudges` presses of + by its step. */
const growthNudged = (nudges: number): number => {
  const cell = baseline().cells.find((c) => c.name === 'budget_growth');
  return cell?.kind === 'input' && cell.step !== undefined ? cell.value + nudges * cell.step : Number.NaN;
};

/** The baseline with budget_growth as in `state`'s sheet: the file as edited. */
const editedFile = (state: State): Scenario => {
  const growth = state.sheet.model.cells.get('budget_growth')!.cell;
  return { ...baseline(), cells: baseline().cells.map((cell) => (cell.name === growth.name ? growth : cell)) };
};

const privateShareRange = (scenario: Scenario): string => {
  const simulation = simulate(compute(scenario), {
    samples: DEFAULT_SAMPLES,
    seed: DEFAULT_SEED,
    show: [{ kind: 'cell', name: 'private_share', unit: 'percent' }],
    conditions: [],
  });
  const summary = simulation.outputs[0]!.summaries.at(-1)!;
  return `${formatNumber(summary.p5, 'percent')}–${formatNumber(summary.p95, 'percent')}`;
};
const lastYear = (scenario: Scenario, name: string): number => {
  const result = compute(scenario).evaluation.results.get(name);
  if (!result?.ok || !isSeries(result.value)) throw new Error(`${name} is not a series`);
  return result.value.at(-1)!;
};

/** The baseline with only marginal_private_share keeping its low and high (30%, 52.9%, 70%, triangular). */
function onlyMarginalRanged(): Scenario {
  const scenario = baseline();
  const cells = scenario.cells.map((cell) => {
    if (cell.kind !== 'input' || cell.name === 'marginal_private_share') return cell;
    const { low: _low, high: _high, distribution: _distribution, ...rest } = cell;
    return rest;
  });
  return { ...scenario, cells };
}

const withMarginal = (scenario: Scenario, value: number): Scenario => ({
  ...scenario,
  cells: scenario.cells.map((cell) => (cell.name === 'marginal_private_share' && cell.kind === 'input' ? { ...cell, value } : cell)),
});

/** The triangular distribution's quantile below its mode, in closed form: a + sqrt(p (b − a)(c − a)). */
const triangularQuantile = (p: number, a: number, c: number, b: number) => a + Math.sqrt(p * (b - a) * (c - a));

describe('p5–p95 in the grid', () => {
  it('shows for private_share the figures simulate gives for the same samples and seed, with the value inside them', () => {
    const state = press(initialState(baseline()), 'p');
    const sheet = compute(baseline());
    const simulation = simulate(sheet, {
      samples: DEFAULT_SAMPLES,
      seed: DEFAULT_SEED,
      show: [{ kind: 'cell', name: 'private_share', unit: 'percent' }],
      conditions: [],
    });
    const summary = simulation.outputs[0]!.summaries.at(-1)!;
    expect(shownSpreads(state)?.get('private_share')).toBe(`${formatNumber(summary.p5, 'percent')}–${formatNumber(summary.p95, 'percent')}`);
    const value = lastYear(baseline(), 'private_share');
    expect(summary.p5).toBeLessThanOrEqual(value);
    expect(value).toBeLessThanOrEqual(summary.p95);
    expect(state.message).toEqual({ tone: 'info', text: "p5–p95 beside each formula's value: 10,000 samples, seed 1" });

    const line = spreadLine(select(state, 'private_share'), 'private_share');
    const figures = (['mean', 'p5', 'p50', 'p95'] as const).map((key) => `${key} ${formatNumber(summary[key], 'percent')}`).join(', ');
    expect(line?.text).toBe(`${figures} in ${sheet.evaluation.years.at(-1)} (10,000 samples, seed 1)`);
  });

  it("with one ranged input that raises the output, the output's p5 is the output at that input's 5th percentile, within sampling error", () => {
    const scenario = onlyMarginalRanged();
    const state = press(initialState(scenario), 'p');
    const simulated = simulationOf(state);
    if (!simulated.ok) throw new Error(simulated.problem);
    const p5 = spreadsOf(state.sheet, simulated.simulation).get('private_share')!.summary.p5;
    // The empirical 5th percentile of 10,000 draws lies, in probability, within about 3 standard errors of 0.05.
    const error = 3 * Math.sqrt((0.05 * 0.95) / DEFAULT_SAMPLES);
    const at = (p: number) => lastYear(withMarginal(scenario, triangularQuantile(p, 0.3, 0.5294117647058824, 0.7)), 'private_share');
    const [below, exact, above] = [at(0.05 - error), at(0.05), at(0.05 + error)];
    expect(below).toBeLessThan(exact);
    expect(exact).toBeLessThan(above);
    expect(p5).toBeGreaterThanOrEqual(below);
    expect(p5).toBeLessThanOrEqual(above);
    expect(
      shownSpreads(state)
        ?.get('private_share')
        ?.startsWith(`${formatNumber(p5, 'percent')}–`),
    ).toBe(true);
  });

  it('follows each edit: the edit shows at once with the old figures marked, and the figures simulate gives for the edited file follow', () => {
    const on = press(initialState(baseline()), 'p');
    const before = shownSpreads(on)?.get('private_share');
    const nudged = press(select(on, 'budget_growth'), '+');
    // The new value is there with the edit; the column keeps the figures before it, marked as being recomputed.
    expect(growthOf(nudged)).toBeCloseTo(growthNudged(1), 12);
    expect(shownSpreads(nudged)?.get('private_share')).toBe(`${before}${PENDING_MARK}`);
    expect(spreadLine(select(nudged, 'private_share'), 'private_share')?.text).toMatch(/^recomputing… before this edit: mean /);
    expect(nudged.effects.filter((effect) => effect.kind === 'grid-spread')).toHaveLength(1);

    const { state: after, results } = settled(nudged);
    expect(results).toBe(1);
    const range = privateShareRange(editedFile(nudged));
    expect(range).not.toBe(before);
    expect(shownSpreads(after)?.get('private_share')).toBe(range);
    expect(shownSpreads(press(after, 'p'))).toBeUndefined();
  });

  it('simulates a burst of keys once, for the last sheet', () => {
    const on = press(select(press(initialState(baseline()), 'p'), 'budget_growth'), '+');
    const burst = press(on, '+', '+');
    expect(growthOf(burst)).toBeCloseTo(growthNudged(3), 12);
    // Each edit asked; the runners of the sheets edited since drop their work before simulating.
    expect(burst.effects.filter((effect) => effect.kind === 'grid-spread')).toHaveLength(3);
    const { state: after, results } = settled(burst);
    expect(results).toBe(1);
    expect(shownSpreads(after)?.get('private_share')).toBe(privateShareRange(editedFile(burst)));
  });

  it('drops the simulation of a sheet edited before it starts, and figures that arrive for a sheet edited since', () => {
    const nudged = press(select(press(initialState(baseline()), 'p'), 'budget_growth'), '+');
    const effect = nudged.effects.find((asked) => asked.kind === 'grid-spread')!;
    let now = nudged;
    vi.useFakeTimers();
    try {
      runSpread(effect as SpreadEffect, { state: () => now, dispatch: (action) => (now = reducer(now, action)), exit: () => {} });
      vi.advanceTimersByTime(0);
      // A key comes before the simulation starts: nothing arrives for the sheet it replaced.
      now = press(now, '+');
      vi.runAllTimers();
    } finally {
      vi.useRealTimers();
    }
    expect(shownSpreads(now)?.get('private_share')?.endsWith(PENDING_MARK)).toBe(true);
    // Figures made for the first edit's sheet, arriving after the second edit, are not shown as the second's.
    const late = spreadSimulated(now, effect as SpreadEffect, gridSimulation(nudged.sheet, simulationSettingsOf(nudged)));
    expect(late).toBe(now);
  });

  it('says the samples a cell fails in', () => {
    const state = press(initialState(loadScenario(join(FIXTURES, 'failing-root.yaml'))), 'p');
    expect(state.message?.text).toMatch(/^p5–p95 beside each formula's value: 10,000 samples, seed 1; root fails in [\d,]+ samples$/);
    const failed = Number(state.message!.text.match(/root fails in ([\d,]+)/)![1]!.replace(/,/g, ''));
    // x is uniform on -1 to 3: sqrt fails for the quarter of the draws below zero.
    expect(Math.abs(failed / DEFAULT_SAMPLES - 0.25)).toBeLessThan(3 * Math.sqrt((0.25 * 0.75) / DEFAULT_SAMPLES));
    const line = spreadLine(select(state, 'twice'), 'twice');
    expect(line?.text).toContain(`fails in ${failed.toLocaleString('en-GB')} of them`);
    expect(line?.tone).toBe('error');
  });

  it('says why the column goes when an edit takes an input out of its low–high range, in the input’s unit', () => {
    const on = press(select(initialState(baseline()), 'marginal_private_share'), 'p');
    expect(shownSpreads(on)).toBeDefined();
    const { state } = settled(press(on, ['enter', 'ctrl-u'], '20%', ['enter']));
    expect(shownSpreads(state)).toBeUndefined();
    expect(state.message).toEqual({
      tone: 'error',
      text: 'p5–p95 cannot be drawn now: marginal_private_share: value 20.00% must be between low 30.00% and high 70.00% for a triangular distribution',
    });
  });

  it('without ranges, p says that no input has a low and a high and shows nothing', () => {
    const state = press(initialState(loadScenario(join(FIXTURES, 'no-ranges.yaml'))), 'p');
    expect(state.message?.tone).toBe('error');
    expect(state.message?.text).toContain('no input has a low and a high');
    expect(shownSpreads(state)).toBeUndefined();
  });
});

describe('p5–p95 on a narrow terminal', () => {
  it('leaves the column out at 40 columns, where it would cut the names, and keeps the figures in the panel', () => {
    const state = select(press(initialState(baseline()), 'p'), 'private_share');
    const narrow = layOutGrid({ columns: 40, rows: 12, messageRows: 2 }, state).view;
    expect(narrow.spreadWidth).toBe(0);
    expect(narrow.nameWidth).toBeGreaterThanOrEqual(8);
    expect(layOutGrid({ columns: 80, rows: 24, messageRows: 2 }, state).view.spreadWidth).toBeGreaterThan(0);
    expect(spreadLine(state, 'private_share')?.text).toMatch(/^mean /);
  });
});

describe('p5–p95 with money in real terms', () => {
  it("heads the column as cash, since the simulation's figures are simulate's, in cash", () => {
    expect(spreadHeaderOf(true, ['2016/17', '2020/21'], true)).toBe('p5–p95 2020/21 cash');
    expect(spreadHeaderOf(true, ['2016/17', '2020/21'])).toBe('p5–p95 2020/21');
  });
});

describe("p5–p95 with the file's simulation settings", () => {
  it('draws as many samples from the seed as simulation: says, as simulate does for that file', () => {
    const scenario = { ...baseline(), simulation: { samples: 2000, seed: 7 } };
    const state = press(initialState(scenario), 'p');
    const simulation = simulate(compute(scenario), {
      samples: 2000,
      seed: 7,
      show: [{ kind: 'cell', name: 'private_share', unit: 'percent' }],
      conditions: [],
    });
    const summary = simulation.outputs[0]!.summaries.at(-1)!;
    expect(state.message?.text).toBe("p5–p95 beside each formula's value: 2,000 samples, seed 7");
    expect(shownSpreads(state)?.get('private_share')).toBe(`${formatNumber(summary.p5, 'percent')}–${formatNumber(summary.p95, 'percent')}`);
    // Another seed draws other samples: the figures are the seed's, not the default one's.
    const byDefault = shownSpreads(press(initialState(baseline()), 'p'))?.get('private_share');
    expect(shownSpreads(state)?.get('private_share')).not.toBe(byDefault);
  });
});
