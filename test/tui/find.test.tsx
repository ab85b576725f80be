import { afterEach, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/engine/index.js';
import { matchingCells } from '../../src/tui/screens/find/matches.js';
import { initialState } from '../../src/tui/state/reducer.js';
import { selectedName } from '../../src/tui/state/selectors.js';
import type { State } from '../../src/tui/state/types.js';
import { cumulativePrivate } from './brief-figures.js';
import { baseline, press, promptOf, select, shownAs } from './helpers.js';
import { closeApps, DOWN, ENTER, ESC, lineOf, open, screenHas, type, until } from './ink-helpers.js';

afterEach(closeApps);

const start = (): State => initialState(baseline());

describe('finding a cell by name', () => {
  it('matches every word typed, in any order and any case, in the grid’s order', () => {
    const { model } = start().sheet;
    expect(matchingCells(model, 'cumul')).toEqual(['cumulative_extra_to_private', 'cumulative_extra_to_nhs']);
    expect(matchingCells(model, 'PRIV cumul')).toEqual(['cumulative_extra_to_private']);
    expect(matchingCells(model, 'share base')).toEqual(['private_share_base']);
    expect(matchingCells(model, 'nothing-like-it')).toEqual([]);
    expect(matchingCells(model, '  ')).toHaveLength(14);
  });

  it('/ opens the search over the grid; the matches follow each key, and Enter goes to the first', () => {
    let state = press(start(), '/');
    expect(state.stack).toEqual(['grid', 'find']);
    expect(promptOf(state)?.purpose).toBe('find');
    state = press(state, 'cumulative_extra_to_p');
    expect(state.screens.find.matches).toEqual(['cumulative_extra_to_private']);
    state = press(state, ['enter']);
    expect(state.stack).toEqual(['grid']);
    expect(selectedName(state)).toBe('cumulative_extra_to_private');
    expect(state.message).toEqual({ tone: 'note', text: 'cumulative_extra_to_private (1 of 1 matching "cumulative_extra_to_p"; n next, N previous)' });
  });

  it('↓ while typing chooses another match; a search with no match is refused and stays to be corrected', () => {
    let state = press(start(), '/', 'cumul', ['down']);
    expect(state.screens.find.selected).toBe(1);
    expect(shownAs(state)).toBe('prompt');
    state = press(state, ['enter']);
    expect(selectedName(state)).toBe('cumulative_extra_to_nhs');
    const none = press(start(), '/', 'xyz', ['enter']);
    expect(promptOf(none)?.problem).toBe('no cell name holds "xyz"');
    expect(promptOf(none)?.text).toBe('xyz');
    expect(none.stack).toEqual(['grid', 'find']);
    // Esc leaves the search and the find screen: back in the grid, where it was.
    const left = press(none, ['escape']);
    expect(left.stack).toEqual(['grid']);
    expect(selectedName(left)).toBe('private_spend_base');
  });

  it('n and N go to the next and previous match of the last search, going round at the ends', () => {
    const found = press(start(), '/', 'extra', ['enter']);
    expect(selectedName(found)).toBe('extra_money');
    const order = ['extra_to_private', 'extra_to_nhs', 'cumulative_extra_to_private', 'cumulative_extra_to_nhs'];
    let state = found;
    for (const name of order) {
      state = press(state, 'n');
      expect(selectedName(state)).toBe(name);
    }
    state = press(state, 'n');
    expect(selectedName(state)).toBe('extra_money');
    expect(state.message?.text).toBe('extra_money (1 of 5 matching "extra"; n next, N previous) · went round to the top');
    expect(selectedName(press(state, 'N'))).toBe('cumulative_extra_to_nhs');
    // From a cell that does not match, n goes to the next one below it.
    expect(selectedName(press(select(found, 'total_budget_base'), 'n'))).toBe('extra_money');
    expect(selectedName(press(select(found, 'total_budget_base'), 'N'))).toBe('cumulative_extra_to_nhs');
    expect(press(start(), 'n').message).toEqual({ tone: 'note', text: 'nothing searched yet: / finds a cell by name' });
  });

  it('keeps the last search for the next /, and the find screen has its own keys when the prompt is left by ^C', () => {
    const found = press(start(), '/', 'cumul', ['enter']);
    const again = press(found, '/');
    expect(promptOf(again)?.text).toBe('cumul');
    expect(promptOf(again)?.hint).toBe('part of its name; words in any order; ^U clears the last search');
    expect(promptOf(press(start(), '/'))?.hint).toBe('part of its name; words in any order');
    expect(again.screens.find.matches).toHaveLength(2);
    // ^C asks nothing when there is nothing unsaved: it quits. With an edit, cancelling the question leaves the find screen.
    const edited = press(select(start(), 'budget_growth'), '+', '/', 'cumul');
    const asked = press(edited, ['ctrl-c'], 'c');
    expect(shownAs(asked)).toBe('find');
    expect(selectedName(press(asked, 'j', ['enter']))).toBe('cumulative_extra_to_nhs');
    expect(press(asked, ['escape']).stack).toEqual(['grid']);
  });

  it('finds cumulative_extra_to_private on screen: the list while typing, then the grid on it', async () => {
    const app = open(80, 24);
    await screenHas(app, 'budget_growth');
    await type(app, '/', 'cumul');
    let frame = await screenHas(app, 'Find a cell: 2 of 14 match "cumul"');
    expect(frame).toContain('find cell: cumul');
    expect(lineOf(frame, 'cumulative_extra_to_private')).toMatch(/^› cumulative_extra_to_private +£18\.67bn/);
    await type(app, DOWN);
    await until(app, (f) => lineOf(f, 'cumulative_extra_to_nhs').startsWith('›'), 'the second match chosen');
    await type(app, '\u001B[A', ENTER);
    await until(app, (f) => lineOf(f, 'cumulative_extra_to_private').startsWith('›'), 'the grid on cumulative_extra_to_private');
    frame = app.lastFrame() ?? '';
    expect(lineOf(frame, 'cumulative_extra_to_private')).toContain(formatNumber(cumulativePrivate(), '£bn'));
    expect(frame).toContain('cumulative_extra_to_private (formula)');
    await type(app, 'n');
    await until(app, (f) => lineOf(f, 'cumulative_extra_to_nhs').startsWith('›'), 'n to the next match');
    await type(app, '/', ESC);
    await screenHas(app, '· cancelled');
  });
});
