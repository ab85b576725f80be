import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { simulate } from '../../src/analysis/simulate.js';
import { DEFAULT_SAMPLES, DEFAULT_SEED } from '../../src/analysis/simulation-settings.js';
import { formatNumber } from '../../src/engine/index.js';
import { compute, type Scenario } from '../../src/scenario/index.js';
import { PENDING_MARK } from '../../src/tui/screens/grid/spread.js';
import { baseline } from './helpers.js';
import { closeApps, lineOf, onPrivateShare, open, type Rendered, screenHas, show, type, until } from './ink-helpers.js';

afterEach(closeApps);

const FIXTURES = new URL('../fixtures/simulate/', import.meta.url).pathname;

function privateShareSummary(scenario: Scenario = baseline()) {
  const simulation = simulate(compute(scenario), {
    samples: DEFAULT_SAMPLES,
    seed: DEFAULT_SEED,
    show: [{ kind: 'cell', name: 'private_share', unit: 'percent' }],
    conditions: [],
  });
  return simulation.outputs[0]!.summaries.at(-1)!;
}

/** The baseline with budget_growth nudged `nudges` times by its step, as the file would be saved; and that value. */
function growthNudged(nudges: number): { scenario: Scenario; value: number } {
  const file = baseline();
  let value = Number.NaN;
  const cells = file.cells.map((cell) => {
    if (cell.name !== 'budget_growth' || cell.kind !== 'input' || cell.step === undefined) return cell;
    value = cell.value + nudges * cell.step;
    return { ...cell, value };
  });
  return { scenario: { ...file, cells }, value };
}

const rangeOf = (summary: ReturnType<typeof privateShareSummary>) => `${formatNumber(summary.p5, 'percent')}–${formatNumber(summary.p95, 'percent')}`;

/** With p5–p95 shown and budget_growth selected. */
async function spreadOnGrowth(app: Rendered) {
  await screenHas(app, 'cumulative_extra_to_nhs');
  await type(app, 'p');
  await screenHas(app, rangeOf(privateShareSummary()));
  for (let i = 0; i < 10 && !lineOf(app.lastFrame() ?? '', 'budget_growth').startsWith('›'); i++) {
    const before = app.lastFrame();
    await type(app, 'j');
    await until(app, (frame) => frame !== before, 'the cursor to move');
  }
  expect(lineOf(app.lastFrame() ?? '', 'budget_growth').startsWith('›')).toBe(true);
}

describe('p5–p95 while typing', () => {
  it('shows the new value in the frame of the +, the old figures marked, then the figures simulate gives for the edited file', async () => {
    const app = open(160, 40);
    await spreadOnGrowth(app);
    const before = rangeOf(privateShareSummary());
    const seen = app.frames.length;
    const { scenario, value } = growthNudged(1);
    const shown = formatNumber(value, 'percent');
    await type(app, '+');
    const after = rangeOf(privateShareSummary(scenario));
    expect(after).not.toBe(before);
    const frame = await until(app, (f) => lineOf(f, 'private_share').includes(after), "the edited file's figures");
    expect(lineOf(frame, 'budget_growth')).toContain(shown);
    // The first frame with the new value came before the simulation: the figures before the edit, marked.
    const first = app.frames.slice(seen).find((f) => lineOf(f, 'budget_growth').includes(shown))!;
    expect(lineOf(first, 'private_share')).toContain(`${before}${PENDING_MARK}`);
    expect(lineOf(frame, 'private_share')).not.toContain(PENDING_MARK);
  });

  it('ends a burst of keys with the figures of the last edit', async () => {
    const app = open(160, 40);
    await spreadOnGrowth(app);
    app.stdin.write('+');
    app.stdin.write('+');
    app.stdin.write('+');
    const { scenario, value } = growthNudged(3);
    const range = rangeOf(privateShareSummary(scenario));
    const frame = await until(
      app,
      (f) => lineOf(f, 'private_share').includes(range) && !lineOf(f, 'private_share').includes(PENDING_MARK),
      "the last edit's figures",
    );
    expect(lineOf(frame, 'budget_growth')).toContain(formatNumber(value, 'percent'));
  });
});

describe('p5–p95 in the terminal UI', () => {
  it("shows p beside private_share's value the figures simulate gives, and the panel its mean and percentiles", async () => {
    const app = open(160, 40);
    await onPrivateShare(app);
    await type(app, 'p');
    const summary = privateShareSummary();
    const range = `${formatNumber(summary.p5, 'percent')}–${formatNumber(summary.p95, 'percent')}`;
    const frame = await screenHas(app, range);
    expect(frame).toContain('p5–p95 2020/21');
    expect(lineOf(frame, 'private_share')).toContain(range);
    expect(frame).toContain(`p5 ${formatNumber(summary.p5, 'percent')}, p50 ${formatNumber(summary.p50, 'percent')}`);
    expect(frame).toContain('10,000 samples, seed 1');
    await type(app, 'p');
    await until(app, (f) => !lineOf(f, 'private_share').includes(range), 'the column to go');
  });

  it('says in the status line that no input has a low and a high', async () => {
    const app = show(join(FIXTURES, 'no-ranges.yaml'));
    await screenHas(app, 'twice');
    await type(app, 'p');
    await screenHas(app, 'no input has a low and a high');
  });
});
