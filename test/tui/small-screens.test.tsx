import { afterEach, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/engine/index.js';
import { pinnedLine } from '../../src/tui/screens/grid/Grid.js';
import { gridLayout } from '../../src/tui/screens/grid/layout.js';
import { changedBy, gridWindow } from '../../src/tui/screens/grid/pinned.js';
import { initialState } from '../../src/tui/state/reducer.js';
import { briefOutputs } from './brief-figures.js';
import { baseline } from './helpers.js';
import { closeApps, lineOf, open, screenHas, type, until } from './ink-helpers.js';

afterEach(closeApps);

const outputs = (growth: number) => briefOutputs(growth);

const BASELINE_ROWS = { longestName: 27, years: 5, hasSeries: true, cells: 14 };

describe('the panel gives way while an input is selected on a short screen', () => {
  it('at 80x24 the grid takes every row of the baseline and the panel keeps a title and three lines', () => {
    // 19 rows for the cells and the panel: usually 10 and 9, too few for 14 cells.
    expect(gridLayout(80, 24, BASELINE_ROWS)).toMatchObject({ gridRows: 10, panelHeight: 9 });
    expect(gridLayout(80, 24, { ...BASELINE_ROWS, focus: true })).toMatchObject({ gridRows: 14, panelHeight: 5 });
    // Where every row fits anyway, nothing changes.
    expect(gridLayout(120, 40, { ...BASELINE_ROWS, focus: true })).toEqual(gridLayout(120, 40, BASELINE_ROWS));
    // Never below its title and one line.
    expect(gridLayout(80, 18, { ...BASELINE_ROWS, focus: true })).toMatchObject({ gridRows: 10, panelHeight: 3 });
  });

  it('shows the outputs change as budget_growth is nudged at 80x24, with what it was in the file', async () => {
    const app = open(80, 24);
    await screenHas(app, 'budget_growth');
    await type(app, 'jjj', '+');
    const frame = await screenHas(app, 'budget_growth = 2.50%');
    const expected = outputs(0.025);
    expect(lineOf(frame, 'private_share')).toMatch(new RegExp(`~ private_share +${formatNumber(expected.share, 'percent').replace('.', '\\.')}`));
    expect(lineOf(frame, 'cumulative_extra_to_private')).toContain(formatNumber(expected.cumulativePrivate, '£bn'));
    expect(lineOf(frame, 'cumulative_extra_to_nhs')).toContain(formatNumber(expected.cumulativeNhs, '£bn'));
    expect(frame).toMatch(/Changed +was 2\.00% in the file/);
    expect(frame.split('\n')).toHaveLength(23);
    // A formula selected: the panel is whole again.
    await type(app, 'jj');
    const formula = await until(app, (f) => f.includes('total_budget_base (formula)'), 'the formula explained');
    expect(formula).toMatch(/Reads +private_spend_base, private_share_base/);
  });
});

describe('pinning what the selected input changes under the rows shown', () => {
  it('pins the hidden cells it changes, outputs first, in at most half the rows', () => {
    const { model } = initialState(baseline()).sheet;
    const { changed, outputs: ends } = changedBy(model, 'budget_growth');
    const names = [...model.cells.keys()];
    expect(changed.map((i) => names[i])).toEqual([
      'budget',
      'extra_money',
      'extra_to_private',
      'extra_to_nhs',
      'private_spend',
      'private_share',
      'cumulative_extra_to_private',
      'cumulative_extra_to_nhs',
    ]);
    expect([...ends].map((i) => names[i]).sort()).toEqual(['cumulative_extra_to_nhs', 'cumulative_extra_to_private', 'private_share']);
    // 12 rows: the 6 first rows (the inputs and total_budget_base), a line, then 5 of the 8 cells it changes: the
    // three outputs and the two listed last; budget, extra_money and extra_to_private are left out.
    const window = gridWindow(14, 12, 3, 0, changed, ends);
    expect(window).toMatchObject({ top: 0, rows: 6, more: 3 });
    expect(window.pinned.map((i) => names[i])).toEqual([
      'extra_to_nhs',
      'private_spend',
      'private_share',
      'cumulative_extra_to_private',
      'cumulative_extra_to_nhs',
    ]);
    // Everything in view: nothing pinned.
    expect(gridWindow(14, 14, 3, 0, changed, ends)).toEqual({ top: 0, rows: 14, pinned: [], more: 0 });
    // A formula, or a cell nothing reads: nothing to pin.
    expect(gridWindow(14, 8, 3, 0, [], new Set())).toEqual({ top: 0, rows: 8, pinned: [], more: 0 });
    expect(pinnedLine('budget_growth', 2)).toBe('  ⋮ further down, changed by budget_growth (and 2 more):');
  });

  it('keeps the key outputs on screen at 80x20 while nudging, marked as they move', async () => {
    const app = open(80, 20);
    await screenHas(app, 'budget_growth');
    await type(app, 'jjj', '+', '+');
    const frame = await screenHas(app, 'budget_growth = 3.00%');
    const lines = frame.split('\n');
    const at = lines.findIndex((line) => line.includes('⋮ further down, changed by budget_growth'));
    expect(at).toBeGreaterThan(lines.findIndex((line) => line.includes('budget_growth ')));
    const pinned = lines.slice(at + 1).join('\n');
    const expected = outputs(0.03);
    expect(lineOf(pinned, 'private_share')).toMatch(/^ {2}~ private_share/);
    expect(lineOf(pinned, 'private_share')).toContain(formatNumber(expected.share, 'percent'));
    expect(lineOf(pinned, 'cumulative_extra_to_private')).toContain(formatNumber(expected.cumulativePrivate, '£bn'));
    expect(lineOf(pinned, 'cumulative_extra_to_nhs')).toContain(formatNumber(expected.cumulativeNhs, '£bn'));
    expect(lines).toHaveLength(19);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
    // Undo brings them back, still in view; moving to a formula lets the grid scroll as usual.
    await type(app, 'u', 'u');
    const undone = await screenHas(app, 'undid: budget_growth = 2.50%');
    expect(lineOf(undone, 'cumulative_extra_to_private')).toContain('£18.67bn');
    await type(app, 'G');
    const last = await until(app, (f) => lineOf(f, 'cumulative_extra_to_nhs').startsWith('›'), 'the last cell selected');
    expect(last).not.toContain('⋮ further down');
  });

  it('pins beside a side panel too, on a wide but short terminal', async () => {
    const app = open(160, 16);
    await screenHas(app, 'budget_growth');
    await type(app, 'jjj', '+');
    const frame = await screenHas(app, 'budget_growth = 2.50%');
    expect(frame).toContain('⋮ further down, changed by budget_growth');
    expect(lineOf(frame, 'cumulative_extra_to_private')).toContain(formatNumber(outputs(0.025).cumulativePrivate, '£bn'));
  });
});
