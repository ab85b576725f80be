import { describe, expect, it } from 'vitest';
import { cli } from './cli.js';

/**
 * The baseline's cumulative extra to private providers in closed form: m · (s / share) · Σ ((1 + g)^t − 1) over five
 * years, the sum of the geometric series being (1 + g) ((1 + g)^5 − 1) / g − 5.
 */
function cumulative({ s = 8.7, share = 0.076, m = 900 / 1700, g = 0.02 } = {}): number {
  return m * (s / share) * (((1 + g) * ((1 + g) ** 5 - 1)) / g - 5);
}

describe('tornado on the shipped baseline’s ranges', () => {
  it('sorts growth, the marginal share, then the two rounded base figures, with each end as the closed form gives it', async () => {
    const ran = await cli('tornado', 'scenarios/baseline.yaml', '--show', 'cumulative_extra_to_private', '--format', 'json');
    expect(ran.code).toBe(0);
    const [tornado] = JSON.parse(ran.stdout).tornadoes;
    expect(tornado.base).toBeCloseTo(cumulative(), 10);
    const expected = [
      { input: 'budget_growth', low: 0.01, high: 0.04, atLow: cumulative({ g: 0.01 }), atHigh: cumulative({ g: 0.04 }) },
      { input: 'marginal_private_share', low: 0.3, high: 0.7, atLow: cumulative({ m: 0.3 }), atHigh: cumulative({ m: 0.7 }) },
      // A smaller share of the same spending means a larger total, so more extra money.
      { input: 'private_share_base', low: 0.0755, high: 0.0765, atLow: cumulative({ share: 0.0755 }), atHigh: cumulative({ share: 0.0765 }) },
      { input: 'private_spend_base', low: 8.65, high: 8.75, atLow: cumulative({ s: 8.65 }), atHigh: cumulative({ s: 8.75 }) },
    ];
    expect(tornado.bars.map((bar: { input: string }) => bar.input)).toEqual(expected.map((bar) => bar.input));
    tornado.bars.forEach((bar: (typeof expected)[number] & { swing: number }, i: number) => {
      const want = expected[i]!;
      expect(bar.low).toBe(want.low);
      expect(bar.high).toBe(want.high);
      expect(bar.atLow).toBeCloseTo(want.atLow, 10);
      expect(bar.atHigh).toBeCloseTo(want.atHigh, 10);
      expect(bar.swing).toBeCloseTo(Math.abs(want.atHigh - want.atLow), 10);
    });
    expect(tornado.notVaried).toEqual(['horizon_years']);
    const text = await cli('tornado', 'scenarios/baseline.yaml', '--show', 'cumulative_extra_to_private');
    expect(text.stdout).toMatch(/^budget_growth +1\.00% +4\.00% +£9\.21bn +£38\.36bn +£29\.15bn/m);
    expect(text.stdout).toContain('Not varied (no low and high): horizon_years.');
  });
});
