import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.js';
import { App } from '../../src/tui/app.js';
import { referenceBaseline } from '../engine/baseline-cells.js';
import { closeApps, ENTER, ESC, lineOf, type Opened, onPrivateShare, open, plain, screenHas, type, until } from './ink-helpers.js';

afterEach(closeApps);

const YEARS = ['2016/17', '2017/18', '2018/19', '2019/20', '2020/21'];
/** The first year the baseline's private share, (8.7 + 900/1700 · extra_t) / budget_t, is at or over 10%. */
const CROSSING_YEAR = YEARS[referenceBaseline(0.02, YEARS.length).privateShare.findIndex((share) => share >= 0.1)];

/** Compares the open scenario with the average split, by its path, and goes back to the grid. */
async function compareWithAverageSplit(app: Opened) {
  await type(app, 'c');
  await screenHas(app, 'average-split.yaml');
  await type(app, 'o', join(app.dir, 'scenarios', 'average-split.yaml'), ENTER);
  await screenHas(app, 'added ');
  await type(app, ENTER);
  await screenHas(app, 'Compare: Baseline vs Average split');
  await type(app, ESC);
  await screenHas(app, 'back to the grid');
}

describe('the chart in the terminal UI', () => {
  it('charts private_share with v, sets a 10% line with r and names the year the baseline crosses it', async () => {
    const app = open();
    await onPrivateShare(app);
    await type(app, 'v');
    let frame = plain(await screenHas(app, 'Chart of private_share (percent) by fiscal year'));
    expect(frame).toContain('● Baseline');
    expect(frame).toMatch(/^12%┤/m);
    expect(frame).toContain('2016/17');
    expect(frame).toContain('2020/21');
    expect(frame).toContain('r reference line');
    await type(app, 'r');
    await screenHas(app, 'reference line for private_share:');
    await type(app, '10%', ENTER);
    frame = plain(await screenHas(app, `private_share crosses 10.00% in ${CROSSING_YEAR} (Baseline)`));
    expect(CROSSING_YEAR).toBe('2018/19');
    expect(frame).toMatch(/10\.00%┤┈+/);
    expect(frame).toContain('┈ 10.00%');
    await type(app, ESC);
    frame = await screenHas(app, 'back to the grid');
    expect(lineOf(frame, 'private_share')).toMatch(/^›/);
  });

  it('draws every compared scenario as its own line with its own mark, and the crossing of each', async () => {
    const app = open();
    await onPrivateShare(app);
    await compareWithAverageSplit(app);
    await type(app, 'v', 'r', '10%', ENTER);
    const frame = plain(await screenHas(app, 'never within 2016/17–2020/21 (Average split)'));
    expect(frame).toContain(`private_share crosses 10.00% in ${CROSSING_YEAR} (Baseline); never within 2016/17–2020/21 (Average split)`);
    expect(frame).toContain('● Baseline  ■ Average split  ░ p5–p95, 10,000 samples, seed 1 (Baseline)  ┈ 10.00%');
    const plot = frame.split('\n').filter((line) => /┤|│/.test(line));
    // Without colour the lines tell apart by their marks: five years of each.
    expect(plot.join('').split('●').length - 1).toBe(5);
    expect(plot.join('').split('■').length - 1).toBe(5);
    // The average split's marks all on one row (7.6% each year), under the 10% line.
    const flatRows = plot.flatMap((line, row) => (line.includes('■') ? [row] : []));
    expect(flatRows).toHaveLength(1);
    expect(flatRows[0]).toBeGreaterThan(plot.findIndex((line) => line.startsWith('10.00%')));
  });

  it('says why there is no chart on a single number, and moves to a series with k', async () => {
    const app = open();
    await screenHas(app, 'cumulative_extra_to_private');
    await type(app, 'G', 'k');
    await until(app, (frame) => lineOf(frame, 'cumulative_extra_to_private').startsWith('›'), 'cumulative_extra_to_private to be selected');
    await type(app, 'v');
    // The message wraps between words.
    const said = 'cumulative_extra_to_private is a single number (£18.67bn) in Baseline, not a value for each year, so there is no line to draw.';
    await until(app, (frame) => frame.replace(/\s+/g, ' ').includes(said), said);
    await type(app, 'k');
    await screenHas(app, 'Chart of private_share');
  });

  it('lays the chart out again when the terminal is resized, from 200x60 down to 40x12', async () => {
    const app = open(200, 60);
    await onPrivateShare(app);
    await type(app, 'v', 'r', '10%', ENTER);
    await screenHas(app, 'crosses 10.00% in');
    for (const [columns, rows] of [
      [200, 60],
      [40, 12],
      [80, 24],
    ] as const) {
      app.rerender(<App scenario={loadScenario(app.file)} size={{ columns, rows }} />);
      const frame = plain(
        await until(
          app,
          (f) =>
            plain(f).split('\n').length <= rows - 1 &&
            Math.max(
              ...plain(f)
                .split('\n')
                .map((line) => [...line].length),
            ) <= columns &&
            f.includes('Chart of'),
          `the chart at ${columns}x${rows}`,
        ),
      );
      expect(frame).toContain('crosses 10.00% in 2018/19');
      expect(frame).toContain('● Baseline');
      expect(frame).toContain('2016/17');
      expect(frame).toContain('? help');
    }
  });
});
