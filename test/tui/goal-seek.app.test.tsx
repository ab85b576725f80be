import { afterEach, describe, expect, it } from 'vitest';
import { closeApps, ENTER, ESC, lineOf, onPrivateShare, open, plain, screenHas, type, until } from './ink-helpers.js';

afterEach(closeApps);

const BASE = 8.7 / 0.076;
const BUDGET_5 = BASE * 1.02 ** 5;
/** m with (8.7 + m · extra_5) / budget_5 = 10%, by hand. */
const CLOSED_FORM = (0.1 * BUDGET_5 - 8.7) / (BUDGET_5 - BASE);

describe('goal seek in the terminal UI', () => {
  it('answers “what marginal share keeps the private share at 10% by 2020/21?” with w, shows what it changes, applies it and undoes it', async () => {
    const app = open();
    await onPrivateShare(app);
    expect(lineOf(app.lastFrame() ?? '', 'private_share')).toContain('11.87%');
    await type(app, 'w');
    await screenHas(app, 'goal seek: make last(private_share)');
    await type(app, ENTER);
    await screenHas(app, 'goal seek: make last(private_share) equal');
    await type(app, '10%', ENTER);
    let frame = plain(await screenHas(app, 'by changing which input?'));
    expect(frame).toMatch(/› private_spend_base +£8\.70bn +£0\.00bn to £50\.00bn/);
    await type(app, 'j', 'j');
    await until(app, (f) => plain(f).includes('› marginal_private_share'), 'marginal_private_share to be chosen');
    await type(app, ENTER);
    const solved = `${Number((CLOSED_FORM * 100).toPrecision(8))}%`;
    frame = plain(await screenHas(app, `Apply marginal_private_share = ${solved}?`));
    expect(frame).toMatch(/private_share in 2020\/21 +11\.87% +10\.00%/);
    expect(frame).toContain('What it changes');
    expect(frame).toContain('Enter y apply');
    expect(frame).toContain('Esc n discard');
    await type(app, ENTER);
    frame = plain(await screenHas(app, 'marginal_private_share = 33.06% (goal seek: last(private_share) = 10.00%)'));
    expect(lineOf(frame, 'private_share')).toContain('10.00%');
    expect(lineOf(frame, 'marginal_private_share')).toContain('33.06%');
    await type(app, 'u');
    frame = plain(await screenHas(app, 'undid: marginal_private_share = 33.06%'));
    expect(lineOf(frame, 'private_share')).toContain('11.87%');
    expect(lineOf(frame, 'marginal_private_share')).toContain('52.94%');
  });

  it('says what is within reach when 30% is not, and goes back with Esc with nothing changed', async () => {
    const app = open();
    await onPrivateShare(app);
    await type(app, 'w', ENTER);
    await screenHas(app, 'equal');
    await type(app, '30%', ENTER);
    await screenHas(app, 'by changing which input?');
    await type(app, 'j', 'j', ENTER);
    const frame = plain(await screenHas(app, '30.00% is out of reach'));
    expect(frame.replace(/\s+/g, ' ')).toContain(
      'private_share in 2020/21 goes from 6.88% (at 0.00%) to 16.31% (at 100.00%) as marginal_private_share goes from 0.00% to 100.00%: 30.00% is out of reach',
    );
    await type(app, ESC);
    const grid = plain(await screenHas(app, 'back to the grid'));
    expect(lineOf(grid, 'private_share')).toContain('11.87%');
    expect(grid).not.toContain('unsaved changes');
  });
});
