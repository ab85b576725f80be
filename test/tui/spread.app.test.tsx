import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { simulate } from '../../src/analysis/simulate.js';
import { DEFAULT_SAMPLES, DEFAULT_SEED } from '../../src/analysis/simulation-settings.js';
import { formatNumber } from '../../src/engine/index.js';
import { compute } from '../../src/scenario/index.js';
import { baseline } from './helpers.js';
import { closeApps, lineOf, open, type Rendered, screenHas, show, type, until } from './ink-helpers.js';

afterEach(closeApps);

const FIXTURES = new URL('../fixtures/simulate/', import.meta.url).pathname;

function privateShareSummary() {
  const simulation = simulate(compute(baseline()), {
    samples: DEFAULT_SAMPLES,
    seed: DEFAULT_SEED,
    show: [{ kind: 'cell', name: 'private_share', unit: 'percent' }],
    conditions: [],
  });
  return simulation.outputs[0]!.summaries.at(-1)!;
}

async function onPrivateShare(app: Rendered) {
  await screenHas(app, 'cumulative_extra_to_nhs');
  await type(app, 'G', 'k', 'k');
  await until(app, (frame) => lineOf(frame, 'private_share').startsWith('›'), 'private_share to be selected');
}

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
