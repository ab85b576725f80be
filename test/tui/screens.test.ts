import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inView, moved, scrollPositions } from '../../src/tui/cursor.js';
import { hintsFor } from '../../src/tui/keymap.js';
import { scenariosListed } from '../../src/tui/screens/picker/effects.js';
import { scenarioFile } from '../../src/tui/screens/picker/scenario-files.js';
import { initialState, reducer } from '../../src/tui/state/reducer.js';
import type { SaveEffect, State } from '../../src/tui/state/types.js';
import { BASELINE, baseline, press, promptOf, questionOf, SCENARIOS, select, shownAs } from './helpers.js';

const start = (): State => initialState(baseline());
const files = () => ['average-split.yaml', 'higher-growth.yaml'].map((name) => scenarioFile(join(SCENARIOS, name), BASELINE, name));
/** The picker open, with the files beside the baseline listed. */
const picking = (state: State = start()): State => reducer(press(state, 'c'), { type: 'result', apply: (s) => scenariosListed(s, files()) });
const comparing = (state: State = start()): State => press(picking(state), ['enter']);
const edited = (): State => press(select(start(), 'budget_growth'), '+');

describe('screens stack', () => {
  it('opening pushes, back pops to the screen under, and the grid stays at the bottom', () => {
    const picker = picking();
    expect(picker.stack).toEqual(['grid', 'picker']);
    const help = press(picker, '?');
    expect(help.stack).toEqual(['grid', 'picker', 'help']);
    const closed = press(help, ['escape']);
    expect(closed.stack).toEqual(['grid', 'picker']);
    expect(closed.message).toBeUndefined();
    const back = press(closed, ['escape']);
    expect(back.stack).toEqual(['grid']);
    expect(back.message?.text).toBe('back to the grid; edits kept');
    expect(press(back, ['escape']).stack).toEqual(['grid']);
  });

  it('the comparison takes the picker’s place, so back from it is the grid, and p puts the picker back', () => {
    const compare = comparing();
    expect(compare.stack).toEqual(['grid', 'compare']);
    expect(press(compare, 'p').stack).toEqual(['grid', 'picker']);
    expect(press(compare, ['escape']).stack).toEqual(['grid']);
  });

  it('keeps each screen’s state while it is closed: the file under the cursor and the choices', () => {
    const chosen = press(picking(), 'j', ' ');
    const reopened = press(press(chosen, ['escape']), 'c');
    expect(reopened.screens.picker.selected).toBe(1);
    expect(reopened.screens.picker.chosen).toEqual(chosen.screens.picker.chosen);
  });
});

describe('prompts and questions are overlays', () => {
  it('a prompt over the picker returns to the picker, on Esc and on Enter', () => {
    const asked = press(picking(), 'o');
    expect(shownAs(asked)).toBe('prompt');
    expect(asked.stack).toEqual(['grid', 'picker']);
    expect(shownAs(press(asked, ['escape']))).toBe('picker');
    expect(shownAs(press(asked, 'x.yaml', ['enter']))).toBe('picker');
  });

  it('cancelling the quit question returns to the screen it was asked over', () => {
    const asked = press(comparing(edited()), 'q');
    expect(questionOf(asked)?.kind).toBe('quit');
    const cancelled = press(asked, 'c');
    expect(shownAs(cancelled)).toBe('compare');
    expect(cancelled.message?.text).toBe('still here: nothing was discarded');
    // ^C, from the help shown over the comparison, asks too, and keeps what is open.
    const fromHelp = press(press(comparing(edited()), '?'), ['ctrl-c']);
    expect(questionOf(fromHelp)?.kind).toBe('quit');
    expect(fromHelp.stack).toEqual(['grid', 'compare', 'help']);
  });

  it('keys go to the overlay: the screen under a prompt does not move', () => {
    const typing = press(picking(), 'o', 'jj');
    expect(promptOf(typing)?.text).toBe('jj');
    expect(typing.screens.picker.selected).toBe(0);
  });
});

describe('a file that became a symbolic link', () => {
  const save: SaveEffect = { kind: 'save', file: 'scenarios/baseline.yaml', force: false, newFile: false, afterSave: 'stay' };
  const linked = (target = '/elsewhere/shared.yaml') => reducer(edited(), { type: 'became-link', save, target });

  it('asks its own question, naming where the link goes, distinct from "changed on disk"', () => {
    const asked = linked();
    expect(questionOf(asked)?.kind).toBe('became-link');
    expect(questionOf(asked)?.text).toBe(
      'scenarios/baseline.yaml is now a symbolic link to /elsewhere/shared.yaml: save into /elsewhere/shared.yaml through the link? y/n',
    );
    expect(hintsFor(asked).map(({ keys, hint }) => `${keys} ${hint}`)).toEqual(['y save into /elsewhere/shared.yaml', 'n Esc do not save']);
  });

  it('writes through the link only on y; n and Esc leave the file and keep the edits', () => {
    expect(press(linked(), 'y').effects).toEqual([{ ...save, throughLink: true }]);
    for (const key of ['n', 'escape']) {
      const declined = press(linked(), [key]);
      expect(declined.effects).toEqual([]);
      expect(declined.message?.text).toBe('not saved; scenarios/baseline.yaml links to /elsewhere/shared.yaml and was left as it is');
      expect(declined.undo).toHaveLength(1);
    }
    // The overwrite question's y never writes through a link.
    const overwrite = press(reducer(edited(), { type: 'changed-on-disk', file: save.file, afterSave: 'stay' }), 'y');
    expect(overwrite.effects).toEqual([{ ...save, force: true }]);
  });

  it('shows a link target holding control characters escaped', () => {
    expect(questionOf(linked('/tmp/\u001b]0;x\u0007.yaml'))?.text).toContain('symbolic link to /tmp/\\x1b]0;x\\x07.yaml:');
  });
});

describe('the cursor helper', () => {
  it('moves a line, a page (one line kept), or to either end, within the list', () => {
    // 30 lines, 10 showing: a page is 9.
    expect([moved(5, 'up', 30, 10), moved(5, 'down', 30, 10), moved(5, 'page-down', 30, 10), moved(5, 'page-up', 30, 10)]).toEqual([4, 6, 14, 0]);
    expect([moved(5, 'first', 30, 10), moved(5, 'last', 30, 10), moved(29, 'down', 30, 10), moved(0, 'up', 0, 10)]).toEqual([0, 29, 29, 0]);
  });

  it('keeps the selection in the list and on screen, moving the window as little as possible', () => {
    const view = { selected: 12, top: 0 };
    expect(inView(view, 30, 10)).toEqual({ selected: 12, top: 3 });
    expect(inView({ selected: 40, top: 25 }, 30, 10)).toEqual({ selected: 29, top: 20 });
    const still = { selected: 4, top: 2 };
    expect(inView(still, 30, 10)).toBe(still);
  });

  it('scrolls a view without a selection so that its last screen is full', () => {
    // 55 lines, 20 showing: it can start at lines 0 to 35.
    expect(scrollPositions(55, 20)).toBe(36);
    expect(moved(30, 'page-down', scrollPositions(55, 20), 20)).toBe(35);
    expect(scrollPositions(10, 20)).toBe(1);
  });
});
