import { afterEach, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/engine/index.js';
import { closeApps, ESC, onPrivateShare, open, plain, screenHas, type } from './ink-helpers.js';
import { expectedBars, shareIn2020 } from './tornado-figures.js';

afterEach(closeApps);

describe('the tornado in the terminal UI', () => {
  it('opens with T on private_share, the largest swing first, each end as the formulas give it, and goes back with Esc', async () => {
    const app = open();
    await onPrivateShare(app);
    await type(app, 'T');
    const frame = plain(await screenHas(app, 'Tornado of private_share in 2020/21'));
    expect(frame).toContain(`in percent: ${formatNumber(shareIn2020(), 'percent')} with every input at its value`);
    const rows = frame.split('\n').filter((line) => /^\w+ .*│/.test(line));
    const expected = expectedBars();
    expect(rows.map((line) => line.split(' ')[0])).toEqual(expected.map((bar) => bar.input));
    for (const [i, bar] of expected.entries()) {
      expect(rows[i]).toContain(`░ ${bar.low} → ${formatNumber(bar.atLow, 'percent')}`);
      expect(rows[i]).toContain(`█ ${bar.high} → ${formatNumber(bar.atHigh, 'percent')}`);
    }
    expect(frame).toContain('Not varied (no low and high): horizon_years.');
    expect(frame).toContain('Esc back');
    await type(app, ESC);
    await screenHas(app, 'back to the grid');
  });

  it('draws the tornado for 80 columns with each name above its bar, still in order', async () => {
    const app = open(80, 24);
    await onPrivateShare(app);
    await type(app, 'T');
    const frame = plain(await screenHas(app, 'Tornado of private_share'));
    for (const line of frame.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    const inputs = new Set(expectedBars().map((bar) => bar.input));
    const names = frame.split('\n').filter((line) => inputs.has(line.trim()));
    expect(names).toEqual(expectedBars().map((bar) => bar.input));
  });
});
