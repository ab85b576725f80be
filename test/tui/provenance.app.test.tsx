import { afterEach, describe, expect, it } from 'vitest';
import { CTRL_U, closeApps, ENTER, lineOf, open, screenHas, type, until } from './ink-helpers.js';

afterEach(closeApps);

describe('provenance in the terminal UI at 80x24', () => {
  it('marks an input changed from its source with ≠, and keeps the checks in view', async () => {
    const app = open(80, 24);
    await screenHas(app, 'marginal_private_share');
    await type(app, 'jj', ENTER, CTRL_U, '20%', ENTER);
    const frame = await screenHas(app, '≠ 52.94% per hf-ft; here 20.00%');
    expect(lineOf(frame, 'marginal_private_share')).toMatch(/^› \* marginal_private_share +20\.00% ≠$/);
    expect(lineOf(frame, 'private_share_base')).not.toContain('≠');
    expect(frame).toMatch(/^Checks {3}✓ 2 of 5 hold; ✗ new_money_split, ✗ roughly_half, ✗/m);
    for (const line of frame.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    // Back at the record's value: no mark, the check holds again.
    await type(app, ENTER, CTRL_U, '900/1700', ENTER);
    const back = await until(app, (shown) => !shown.includes('≠'), 'the ≠ mark to go');
    expect(back).toMatch(/^Checks {3}✓ 4 of 5 hold; ✗ share_more_than_double/m);
  });

  it('lists ≠ and ✓ ✗ among the marks on the help screen', async () => {
    const app = open(120, 40);
    await screenHas(app, 'budget_growth');
    await type(app, '?');
    let frame = await screenHas(app, 'Keys (press ? or Esc to go back)');
    let seen = frame;
    for (let page = 0; page < 40 && !frame.includes('✓ ✗           in the panel'); page++) {
      const before = frame;
      await type(app, '\u001B[6~');
      frame = await until(app, (shown) => shown !== before, 'the help to scroll');
      seen += frame;
    }
    expect(seen).toContain("≠             after an input's value: it differs from what");
    expect(seen).toContain('✓ ✗           in the panel');
  });
});
