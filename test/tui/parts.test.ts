import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { scrollTop } from '../../src/tui/cursor.js';
import { bindingFor, bindingsFor, fittingHints, footerHintsFor } from '../../src/tui/keymap.js';
import { keysOf } from '../../src/tui/keys.js';
import { hiddenColumnsHint } from '../../src/tui/layout.js';
import { answerFor } from '../../src/tui/overlays/question.js';
import { SCREEN_IDS, type ScreenId } from '../../src/tui/registry.js';
import { helpSections } from '../../src/tui/screen-keys.js';
import { direction } from '../../src/tui/screens/compare/comparison-marks.js';
import { compareLayout } from '../../src/tui/screens/compare/layout.js';
import { detailRows } from '../../src/tui/screens/grid/detail.js';
import { gridLayout, sample } from '../../src/tui/screens/grid/layout.js';
import { sparkline } from '../../src/tui/screens/grid/sparkline.js';
import { scenarioFiles } from '../../src/tui/screens/picker/scenario-files.js';
import { restoreQuestion } from '../../src/tui/state/restoring.js';
import { overwriteQuestion, QUIT_QUESTION } from '../../src/tui/state/saving.js';
import type { State } from '../../src/tui/state/types.js';
import { messageArea } from '../../src/tui/status.js';
import { titleText } from '../../src/tui/title.js';

const noKey: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

describe('sparkline', () => {
  it('scales between the minimum and maximum', () => {
    expect(sparkline([1, 2, 3, 4, 5, 6, 7, 8])).toBe('▁▂▃▄▅▆▇█');
    expect(sparkline([3, 1, 2])).toBe('█▁▅');
  });
  it('draws a flat series as a flat line and handles empty input', () => {
    expect(sparkline([2, 2, 2])).toBe('▄▄▄');
    expect(sparkline([])).toBe('');
  });
  it('samples long series evenly, keeping both ends', () => {
    const values = Array.from({ length: 30 }, (_, i) => i);
    expect(sample(values, 4)).toEqual([0, 10, 19, 29]);
  });
});

describe('keys', () => {
  it('splits characters that arrive together', () => {
    expect(keysOf('jj+', noKey)).toEqual(['j', 'j', '+']);
    expect(keysOf('0.03\r', noKey)).toEqual(['0', '.', '0', '3', 'enter']);
  });
  it('keeps every control key in a batch, in order', () => {
    expect(keysOf('\r\x150.05\r', noKey)).toEqual(['enter', 'ctrl-u', '0', '.', '0', '5', 'enter']);
    expect(keysOf('u\x12u\x12u', noKey)).toEqual(['u', 'ctrl-r', 'u', 'ctrl-r', 'u']);
    expect(keysOf('j\x03', noKey)).toEqual(['j', 'ctrl-c']);
    expect(keysOf('\x01x\x05y\x04', noKey)).toEqual(['ctrl-a', 'x', 'ctrl-e', 'y', 'ctrl-d']);
    expect(keysOf('12\x7f\x7f\b3', noKey)).toEqual(['1', '2', 'backspace', 'backspace', 'backspace', '3']);
    expect(keysOf('a\tb\n', noKey)).toEqual(['a', 'tab', 'b', 'enter']);
    expect(keysOf('a\x00\x1cb', noKey)).toEqual(['a', 'b']);
  });
  it('names special keys', () => {
    expect(keysOf('', { ...noKey, downArrow: true })).toEqual(['down']);
    expect(keysOf('', { ...noKey, delete: true })).toEqual(['backspace']);
    expect(keysOf('r', { ...noKey, ctrl: true })).toEqual(['ctrl-r']);
    expect(keysOf('c', { ...noKey, ctrl: true })).toEqual(['ctrl-c']);
    expect(keysOf('', { ...noKey, escape: true, meta: true })).toEqual(['escape']);
  });
});

describe('keymap', () => {
  const commandFor = (key: string, screen: ScreenId = 'grid') => bindingFor(screen, key)?.command;
  it('gives every key one command on each screen', () => {
    for (const screen of SCREEN_IDS) {
      const keys = bindingsFor(screen).flatMap((binding) => binding.keys);
      expect(new Set(keys).size).toBe(keys.length);
    }
    expect(commandFor('j')).toBe('grid.down');
    expect(commandFor('ctrl-r')).toBe('grid.redo');
    expect(commandFor('c')).toBe('picker.open');
    expect(commandFor('c', 'compare')).toBe('compare.back');
    expect(commandFor('enter', 'picker')).toBe('picker.show-comparison');
    expect(commandFor(' ', 'picker')).toBe('picker.toggle');
    expect(commandFor('t', 'compare')).toBe('compare.series-rows');
    expect(commandFor('G', 'compare')).toBe('compare.last');
    expect(commandFor('+', 'compare')).toBeUndefined();
  });
  it('footer hints come from the table', () => {
    for (const view of ['grid', 'picker', 'compare'] as const) {
      const hints = footerHintsFor(view).map((hint) => hint.hint);
      expect(hints).toEqual(
        bindingsFor(view)
          .filter((binding) => binding.hint)
          .map((binding) => binding.hint),
      );
      expect(hints).toContain('quit');
    }
    expect(footerHintsFor('grid').map((hint) => hint.hint)).toContain('compare');
    expect(footerHintsFor('compare').map((hint) => hint.keys)).toContain('Esc');
  });
  it('keeps ? help and q quit in the footer at any width, dropping the least used hints first', () => {
    const line = (width: number) =>
      fittingHints(footerHintsFor('grid'), width)
        .map(({ keys, hint }) => `${keys} ${hint}`)
        .join('  ');
    expect(line(120)).toBe('↑↓←→ hjkl move  Enter edit  +/- nudge  a add  u undo  ^R redo  s save  S save as  c compare  w goal seek  ? help  q quit');
    expect(line(80)).toBe('↑↓←→ hjkl move  Enter edit  +/- nudge  u undo  s save  c compare  ? help  q quit');
    expect(line(60)).toBe('Enter edit  +/- nudge  u undo  s save  ? help  q quit');
    expect(line(40)).toBe('Enter edit  s save  ? help  q quit');
    expect(line(10)).toBe('? help  q quit');
    for (const width of [120, 80, 60, 40]) expect([...line(width)].length).toBeLessThanOrEqual(width);
  });
  it('answers questions from one table, letters in either case', () => {
    const restore = restoreQuestion({ savedAt: '2025-01-02T03:04:05.000Z', edits: { values: {}, formulas: {}, added: [] }, fileChanged: false });
    expect(answerFor(QUIT_QUESTION, 's')?.answer).toBe('save');
    expect(answerFor(QUIT_QUESTION, 'S')?.answer).toBe('save');
    expect(answerFor(QUIT_QUESTION, 'escape')?.answer).toBe('cancel');
    expect(answerFor(overwriteQuestion('scenarios/baseline.yaml', 'stay'), 'Y')?.answer).toBe('yes');
    expect(answerFor(restore, 'escape')).toBeUndefined();
    expect(answerFor(restore, 'j')).toBeUndefined();
  });
  it('reaches every binding of a screen by its keys, each named after a screen or the app', () => {
    const owner = new RegExp(`^(${[...SCREEN_IDS, 'app'].join('|')})\\.`);
    for (const screen of SCREEN_IDS) {
      for (const binding of bindingsFor(screen)) {
        expect(binding.command).toMatch(owner);
        for (const key of binding.keys) expect(bindingFor(screen, key)).toBe(binding);
      }
    }
  });
});

describe('help sections', () => {
  const key = (label: string) => ({ command: `x.${label}`, keys: [label], label, description: `does ${label}`, run: (state: State) => state });
  it('list each key once: where the last screen of a section lists it, and not again after an earlier section', () => {
    const sections = helpSections({
      first: { help: { title: 'First' }, bindings: [key('a'), key('b')], appKeys: false },
      second: { help: { title: 'Shared' }, bindings: [key('b'), key('s'), key('c')], appKeys: false },
      third: { help: { title: 'Shared', notes: [{ label: 'note', description: 'a note' }] }, bindings: [key('s'), key('d')], appKeys: false },
      fourth: { help: { title: 'Nothing new' }, bindings: [key('a')], appKeys: false },
    });
    expect(sections.map((section) => [section.title, section.rows.map((row) => row.label)])).toEqual([
      ['First', ['a', 'b']],
      ['Shared', ['c', 's', 'd', 'note']],
      ['While typing', ['Enter', 'Esc', '← → Home End', 'Backspace', '^U', '^C']],
    ]);
  });
});

describe('layout', () => {
  it('puts the detail panel beside the grid on wide terminals and below on narrow ones', () => {
    expect(gridLayout(200, 40, { longestName: 27, years: 5, hasSeries: true, cells: 40 }).panel).toBe('side');
    expect(gridLayout(120, 40, { longestName: 27, years: 5, hasSeries: true, cells: 40 }).panel).toBe('bottom');
  });
  it('shows as many year columns as fit', () => {
    expect(gridLayout(120, 40, { longestName: 27, years: 5, hasSeries: true, cells: 40 }).yearColumns).toBe(5);
    expect(gridLayout(80, 40, { longestName: 27, years: 5, hasSeries: true, cells: 40 }).yearColumns).toBe(2); // 80 - 4 gutter - 27 name - 12 value - 7 trend = 30
    expect(gridLayout(120, 40, { longestName: 27, years: 30, hasSeries: true, cells: 40 }).yearColumns).toBeLessThan(30);
  });
  it('keeps room for the hidden-years hint, narrowing names and then leaving out the trend', () => {
    expect(hiddenColumnsHint(0, 5, 5)).toBe('');
    expect(hiddenColumnsHint(0, 1, 30)).toBe(' 29→');
    expect(hiddenColumnsHint(3, 1, 30)).toBe(' ←3 26→');
    expect(hiddenColumnsHint(29, 1, 30)).toBe(' ←29');
    const headerWidth = (layout: ReturnType<typeof gridLayout>, years: number) =>
      4 + layout.nameWidth + 12 + layout.sparkWidth + layout.yearColumns * 11 + (layout.yearColumns < years ? ' ←30 30→'.length : 0);
    for (const columns of [120, 100, 80, 60, 40]) {
      const layout = gridLayout(columns, 24, { longestName: 27, years: 30, hasSeries: true, cells: 14 });
      expect(headerWidth(layout, 30), `${columns} columns`).toBeLessThanOrEqual(columns);
    }
    expect(gridLayout(80, 24, { longestName: 27, years: 30, hasSeries: true, cells: 14 })).toMatchObject({ nameWidth: 27, sparkWidth: 18, yearColumns: 1 });
    expect(gridLayout(60, 24, { longestName: 27, years: 30, hasSeries: true, cells: 14 })).toMatchObject({ nameWidth: 27, sparkWidth: 0, yearColumns: 0 });
    expect(gridLayout(40, 24, { longestName: 27, years: 30, hasSeries: true, cells: 14 })).toMatchObject({ nameWidth: 16, sparkWidth: 0, yearColumns: 0 });
  });
  it('keeps the output a row shorter than the terminal, also when a message takes more rows', () => {
    for (const [cells, messageRows] of [
      [40, 2],
      [14, 2],
      [40, 4],
      [14, 5],
    ] as const) {
      const layout = gridLayout(120, 30, { longestName: 27, years: 5, hasSeries: true, cells, messageRows });
      expect(1 + layout.gridRows + 1 + layout.panelHeight + messageRows).toBe(29);
    }
  });
  it('gives the detail panel the rows the cells do not need', () => {
    // 120x40: 35 rows for the grid and panel. 14 cells need 14 of them; the panel gets the other 21.
    expect(gridLayout(120, 40, { longestName: 27, years: 5, hasSeries: true, cells: 14 })).toMatchObject({ gridRows: 14, panelHeight: 21 });
    // 40 cells: the panel keeps its usual 9 rows and the grid scrolls.
    expect(gridLayout(120, 40, { longestName: 27, years: 5, hasSeries: true, cells: 40 })).toMatchObject({ gridRows: 26, panelHeight: 9 });
    // A three-line message: rows come from the grid and panel.
    expect(gridLayout(120, 40, { longestName: 27, years: 5, hasSeries: true, cells: 40, messageRows: 4 })).toMatchObject({ gridRows: 24, panelHeight: 9 });
  });
  it('leaves out a panel too short to show a line of detail', () => {
    expect(gridLayout(40, 10, { longestName: 27, years: 5, hasSeries: true, cells: 14 })).toMatchObject({ gridRows: 5, panelHeight: 0 });
  });
  it('scrolls just enough to keep the selection visible', () => {
    expect(scrollTop(0, 5, 10, 30)).toBe(0);
    expect(scrollTop(0, 12, 10, 30)).toBe(3);
    expect(scrollTop(3, 2, 10, 30)).toBe(2);
    expect(scrollTop(25, 29, 10, 30)).toBe(20);
  });
});

describe('detail panel rows', () => {
  const lines = [
    { label: 'About', text: 'Total NHS spending in the base year implied by the private spend and its share (8.7 / 0.076 = £114.5bn)' },
    { label: 'Error', text: 'result is Infinity (division by zero or a number out of range)', tone: 'error' as const },
    { label: 'Changed', text: 'was private_spend_base / private_share_base', tone: 'changed' as const },
    { label: 'Formula', text: '1/0' },
    { label: 'Unit', text: '£ billion' },
    { label: 'Source', text: 'computed from the cells it reads' },
    { label: 'Reads', text: 'nothing' },
    { label: 'Used by', text: 'budget, extra_money' },
  ];
  const labels = (rows: number, width: number) => detailRows(lines, rows, width).map((row) => row.label);
  it('shows every line, long ones wrapped, when there is room', () => {
    const rows = detailRows(lines, 20, 40);
    expect(rows.map((row) => row.label)).toEqual(['About', '', '', 'Error', '', 'Changed', '', 'Formula', 'Unit', 'Source', 'Reads', 'Used by']);
    expect(
      rows
        .slice(0, 3)
        .map((row) => row.text)
        .join(' '),
    ).toBe(lines[0]!.text);
    expect(
      rows
        .slice(3, 5)
        .map((row) => row.text)
        .join(' '),
    ).toBe(lines[1]!.text);
  });
  it('gives up Unit, Source, About and Changed before Reads, Used by and the error', () => {
    expect(labels(7, 111)).toEqual(['About', 'Error', 'Changed', 'Formula', 'Source', 'Reads', 'Used by']);
    expect(labels(4, 111)).toEqual(['Error', 'Formula', 'Reads', 'Used by']);
    expect(labels(2, 111)).toEqual(['Error', 'Used by']);
  });
  it('cuts long lines to one row before leaving any line out', () => {
    // 12 rows wrapped at 40 columns; in 8, About and Changed are cut to a row each and Unit goes.
    const rows = detailRows(lines, 8, 40);
    expect(rows.map((row) => row.label)).toEqual(['About', 'Error', '', 'Changed', 'Formula', 'Source', 'Reads', 'Used by']);
    expect(rows[0]!.text).toBe('Total NHS spending in the base year…');
    expect(
      rows
        .slice(1, 3)
        .map((row) => row.text)
        .join(' '),
    ).toBe(lines[1]!.text);
  });
});

describe('status line', () => {
  it('wraps a long message so every word shows, within the rows the terminal can spare', () => {
    const text = 'budget is part of /home/someone/shared/work/scenarios/capacity-constrained.yaml; only cells added here can be deleted';
    const area = messageArea(undefined, { tone: 'error', text }, 60, 24);
    expect(area.rows).toBe(3);
    expect('lines' in area.status && area.status.lines).toEqual([
      '✗ budget is part of /home/someone/shared/work/scenarios/capa',
      'city-constrained.yaml; only cells added here can be deleted',
    ]);
    expect(area.below).toBe('footer');
    // On a 10-row terminal the message may take 5 of them (with the footer, 6); what does not fit ends in "…".
    const tiny = messageArea(undefined, { tone: 'error', text: text.repeat(4) }, 40, 10);
    expect(tiny.rows).toBe(6);
    expect('lines' in tiny.status && tiny.status.lines.at(-1)).toMatch(/…$/);
  });
});

describe('title', () => {
  const file = '/home/someone/shared/work/scenarios/capacity-constrained.yaml';
  const title = (width: number, dirty = true) => titleText('Capacity-constrained NHS', file, dirty, width) + (dirty ? ' [+] unsaved changes' : ' (saved)');
  it('shortens the path, then drops the program name, then cuts; the unsaved mark always shows', () => {
    expect(title(140)).toBe(`nhs-whatif · Capacity-constrained NHS · ${file} [+] unsaved changes`);
    expect(title(100)).toBe('nhs-whatif · Capacity-constrained NHS · …/scenarios/capacity-constrained.yaml [+] unsaved changes');
    expect(title(90)).toBe('nhs-whatif · Capacity-constrained NHS · capacity-constrained.yaml [+] unsaved changes');
    expect(title(80)).toBe('Capacity-constrained NHS · capacity-constrained.yaml [+] unsaved changes');
    expect(title(60)).toBe('Capacity-constrained NHS · capacity-con… [+] unsaved changes');
    expect(title(60, false)).toBe('Capacity-constrained NHS · capacity-constrained.yaml (saved)');
    for (const width of [140, 100, 90, 80, 60, 40]) expect([...title(width)].length).toBeLessThanOrEqual(width);
  });
});

describe('layout without series', () => {
  it('shows no year columns when no cell has one value per year', () => {
    expect(gridLayout(120, 40, { longestName: 10, years: 5, hasSeries: false, cells: 40 }).yearColumns).toBe(0);
  });
});

describe('comparison layout and marks', () => {
  it('fits as many compared scenarios as the width allows, at least one', () => {
    const labels = ['cumulative_extra_to_private', 'extra_to_private total 2016/17–2020/21'];
    expect(compareLayout(120, 40, { labels, scenarios: ['Baseline', 'Higher growth'] }).groups).toBe(1);
    expect(compareLayout(200, 40, { labels, scenarios: ['Baseline', 'A', 'B', 'C'] }).groups).toBe(3);
    expect(compareLayout(60, 40, { labels, scenarios: ['Baseline', 'A', 'B'] }).groups).toBe(1);
    expect(compareLayout(120, 30, { labels, scenarios: ['Baseline', 'A'] }).rows).toBe(22);
  });
  it('marks a change by its sign as shown; one that rounds to zero is no change', () => {
    expect(direction('+£15.67bn')).toBe('up');
    expect(direction('-1.60 pp')).toBe('down');
    expect(direction('±£0.00bn')).toBe('same');
    expect(direction('+£0.00bn')).toBe('same');
    expect(direction('')).toBe('none');
  });
});

describe('file names that hold control characters', () => {
  // Scenario files refuse control characters, but a file's own name can hold them (and names a scenario without name:).
  const hostile = 'a\u001b]52;c;aGk=\u0007.yaml';

  it('are shown escaped in the title and the file picker, never sent to the terminal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nhs-whatif-names-'));
    writeFileSync(join(dir, hostile), 'base_year: "2015/16"\ninputs:\n  spend: 1\n');
    const [listed] = scenarioFiles(dir, join(dir, 'other.yaml'));
    expect(listed).toMatchObject({ file: 'a\\x1b]52;c;aGk=\\x07.yaml', result: { name: 'a\\x1b]52;c;aGk=\\x07' } });
    expect(titleText('Baseline', join(dir, hostile), false, 200)).toContain('a\\x1b]52;c;aGk=\\x07.yaml');
  });
});
