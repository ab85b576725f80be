import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/analysis/simulate.js';
import { DEFAULT_SAMPLES, DEFAULT_SEED } from '../../src/analysis/simulation-settings.js';
import { rowText } from '../../src/charts/index.js';
import { dotColumn, dotRow } from '../../src/charts/layout.js';
import { compute, loadScenario } from '../../src/scenario/index.js';
import { layOutChart } from '../../src/tui/screens/chart/layout.js';
import { initialState } from '../../src/tui/state/reducer.js';
import type { State } from '../../src/tui/state/types.js';
import { baseline, press, select } from './helpers.js';

const FIXTURES = new URL('../fixtures/simulate/', import.meta.url).pathname;
const frame = { columns: 100, rows: 30, messageRows: 2 };
const chartOf = (state: State, cell: string) => layOutChart(frame, press(select(state, cell), 'v')).view;

describe("the chart's p5–p95 band", () => {
  it("shades private_share's last year from simulate's p95 down to its p5, and the legend says how it was drawn", () => {
    const { picture } = chartOf(initialState(baseline()), 'private_share');
    if (!picture) throw new Error('no chart');
    const simulation = simulate(compute(baseline()), {
      samples: DEFAULT_SAMPLES,
      seed: DEFAULT_SEED,
      show: [{ kind: 'cell', name: 'private_share', unit: 'percent' }],
      conditions: [],
    });
    const last = simulation.outputs[0]!.summaries.at(-1)!;
    const { layout } = picture;
    const column = layout.plot.left + Math.floor(dotColumn(layout, layout.years.length - 1) / 2);
    const shaded = picture.rows.flatMap((row, r) => ([...rowText(row)][column] === '░' ? [r] : []));
    expect(shaded[0]).toBe(layout.plot.top + Math.floor(dotRow(layout, last.p95)! / 4));
    expect(shaded.at(-1)).toBe(layout.plot.top + Math.floor(dotRow(layout, last.p5)! / 4));
    expect(picture.rows.map(rowText).join('\n')).toContain('░ p5–p95, 10,000 samples, seed 1');
  });

  it('is left out, saying why, after an edit takes an input outside its range', () => {
    const edited = press(select(initialState(baseline()), 'marginal_private_share'), ['enter', 'ctrl-u'], '20%', ['enter']);
    const { picture, notes } = chartOf(edited, 'private_share');
    if (!picture) throw new Error('no chart');
    expect(picture.rows.map(rowText).join('\n')).not.toContain('p5–p95');
    // The notes are wrapped to the width: read them as one text.
    expect(notes.map((note) => note.text).join(' ')).toContain(
      'No p5–p95 band: marginal_private_share: value 20.00% must be between low 30.00% and high 70.00% for a triangular distribution.',
    );
  });

  it('is left out for a scenario whose inputs have no ranges', () => {
    const scenario = loadScenario(join(FIXTURES, 'no-ranges.yaml'));
    const { picture } = chartOf(initialState(scenario), 'growing');
    if (!picture) throw new Error('no chart');
    const text = picture.rows.map(rowText).join('\n');
    expect(text).toContain('No ranges');
    expect(text).not.toContain('░');
    expect(text).not.toContain('p5–p95');
    expect(
      chartOf(initialState(scenario), 'growing')
        .notes.map((note) => note.text)
        .join(' '),
    ).not.toContain('No p5–p95 band');
  });
});
