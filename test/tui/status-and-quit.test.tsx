import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { recoveryPath } from '../../src/tui/recovery.js';
import { initialState } from '../../src/tui/state/reducer.js';
import { baseline, press, questionOf, select } from './helpers.js';
import { CTRL_C, closeApps, open, screenHas, type, until } from './ink-helpers.js';

afterEach(closeApps);

describe('the status line tells successes from notes', () => {
  it('marks a note with · and a success with ✓', async () => {
    const app = open();
    await screenHas(app, 'budget_growth');
    await type(app, 'u');
    let frame = await screenHas(app, '· nothing to undo');
    expect(frame).not.toContain('✓ nothing to undo');
    await type(app, 'jjj', '+');
    frame = await screenHas(app, '✓ budget_growth = 2.50%');
    await type(app, 'u', 'u');
    frame = await screenHas(app, '· nothing to undo');
    await type(app, 'e', '\u001B');
    frame = await screenHas(app, '· cancelled');
  });

  it('gives notes their own tone in the state, so views can tell them apart', () => {
    const state = initialState(baseline());
    expect(press(state, 'u').message).toEqual({ tone: 'note', text: 'nothing to undo' });
    expect(press(state, ['ctrl-r']).message).toEqual({ tone: 'note', text: 'nothing to redo' });
    expect(press(select(state, 'budget_growth'), '+').message).toEqual({ tone: 'info', text: 'budget_growth = 2.50%' });
  });
});

describe('a second ^C at the quit question', () => {
  it('quits at once, asking the app to keep the edits for the next open', () => {
    const edited = press(select(initialState(baseline()), 'budget_growth'), '+');
    const asked = press(edited, ['ctrl-c']);
    expect(questionOf(asked)?.kind).toBe('quit');
    const again = press(asked, ['ctrl-c']);
    expect(questionOf(again)).toBeUndefined();
    expect(again.effects).toEqual([{ kind: 'exit-keeping-edits' }]);
    // Without unsaved changes ^C quits at once, as before.
    expect(press(initialState(baseline()), ['ctrl-c']).effects).toEqual([{ kind: 'exit' }]);
  });

  it('writes the unsaved edits to the recovery file and shows ^C among the answers', async () => {
    const app = open();
    await screenHas(app, 'budget_growth');
    await type(app, 'jjj', '+', '+', CTRL_C);
    const asked = await screenHas(app, '[s]ave, [d]iscard or [c]ancel');
    expect(asked.split('\n').at(-1)).toContain('^C quit, keep edits for later');
    await type(app, CTRL_C);
    await until(app, () => existsSync(recoveryPath(app.file)), 'the recovery file to be written');
    const kept = JSON.parse(readFileSync(recoveryPath(app.file), 'utf8'));
    expect(kept.edits.values).toEqual({ budget_growth: 0.03 });
    expect(readFileSync(app.file, 'utf8')).toContain('value: 0.02');
  });
});
