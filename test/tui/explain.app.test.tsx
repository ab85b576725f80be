import { afterEach, describe, expect, it } from 'vitest';
import { cumulativePrivate } from './brief-figures.js';
import { closeApps, compareWith, ESC, open, plain, screenHas, type, until } from './ink-helpers.js';

afterEach(closeApps);
const selectedLine = (frame: string) => frame.split('\n').find((line) => line.startsWith('› ')) ?? '';

describe('explain in the comparison in the terminal UI', () => {
  it('shows the gap of cumulative_extra_to_private between the baseline and higher growth as one bar of budget_growth', async () => {
    const app = open(100, 30);
    let frame = await compareWith(app, ['higher-growth.yaml'], 'Compare: Baseline vs Higher growth');
    expect(frame).toContain('e explain');
    for (let i = 0; i < 40 && !selectedLine(frame).includes('cumulative_extra_to_private '); i++) {
      const before = frame;
      await type(app, 'j');
      frame = await until(app, (f) => f !== before, 'the selection to move');
    }
    await type(app, 'e');
    frame = plain(await screenHas(app, 'Why Higher growth differs from Baseline: cumulative_extra_to_private'));
    const gap = `+£${(cumulativePrivate(0.036) - cumulativePrivate(0.02)).toFixed(2)}bn`;
    expect(gap).toBe('+£15.67bn');
    expect(frame).toMatch(new RegExp(`budget_growth +\\${gap} ▲  █+`));
    expect(frame).toMatch(new RegExp(`sum = gap +\\${gap} ▲  ═+`));
    expect(frame).toContain('One thing differs, so it accounts for the whole gap.');
    await type(app, ESC);
    frame = await screenHas(app, 'Compare: Baseline vs Higher growth');
    expect(selectedLine(frame)).toContain('cumulative_extra_to_private');
  });
});
