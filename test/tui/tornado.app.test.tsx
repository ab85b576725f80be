import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/engine/index.js';
import { loadScenario } from '../../src/scenario/index.js';
import { App } from '../../src/tui/app.js';
import { scenarioCopy } from './helpers.js';
import { ESC, lineOf, type Rendered, screenHas, type, until } from './ink-helpers.js';
import { expectedBars, rangedBaseline, shareIn2020 } from './tornado-figures.js';

const shownApps: Rendered[] = [];
afterEach(() => {
  for (const app of shownApps.splice(0)) app.unmount();
});

const plain = (frame: string) => frame.replace(/\u001B\[[0-9;]*m/g, '');

async function onPrivateShare(app: Rendered) {
  await screenHas(app, 'cumulative_extra_to_nhs');
  await type(app, 'G', 'k', 'k');
  await until(app, (frame) => lineOf(frame, 'private_share').startsWith('›'), 'private_share to be selected');
}

/** A fresh copy of the baseline with ranges on three inputs, as a file with low and high gives them. */
const copiedBaseline = () => rangedBaseline(loadScenario(join(scenarioCopy(), 'scenarios', 'baseline.yaml')));

describe('the tornado in the terminal UI', () => {
  it('opens with T on private_share, the largest swing first, each end as the formulas give it, and goes back with Esc', async () => {
    const app = render(<App scenario={copiedBaseline()} size={{ columns: 120, rows: 40 }} />);
    shownApps.push(app);
    await onPrivateShare(app);
    await type(app, 'T');
    const frame = plain(await screenHas(app, 'Tornado of private_share in 2020/21'));
    expect(frame).toContain(`in percent: ${formatNumber(shareIn2020(), 'percent')} with every input at its value`);
    const rows = frame.split('\n').filter((line) => /^\w+ .*│/.test(line));
    expect(rows.map((line) => line.split(' ')[0])).toEqual(expectedBars().map((bar) => bar.input));
    for (const [i, bar] of expectedBars().entries()) {
      expect(rows[i]).toContain(`░ ${bar.low} → ${formatNumber(bar.atLow, 'percent')}`);
      expect(rows[i]).toContain(`█ ${bar.high} → ${formatNumber(bar.atHigh, 'percent')}`);
    }
    expect(frame).toContain('Not varied (no low and high): private_spend_base, horizon_years.');
    expect(frame).toContain('Esc back');
    await type(app, ESC);
    await screenHas(app, 'back to the grid');
  });
});
