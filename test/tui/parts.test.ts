import { describe, expect, it } from 'vitest';
import type { Key } from 'ink';
import { bindingsFor, commandFor, fittingHints, footerHints, KEYMAP } from '../../src/tui/keymap.js';
import { titleText } from '../../src/tui/title.js';
import { keysOf } from '../../src/tui/keys.js';
import { compareLayout, sample, screenLayout, scrollTop } from '../../src/tui/layout.js';
import { direction } from '../../src/tui/comparison-marks.js';
import { sparkline } from '../../src/tui/sparkline.js';

const noKey: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
  super: false, hyper: false, capsLock: false, numLock: false,
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
  it('gives every key one command in each view', () => {
    for (const view of ['grid', 'picker', 'compare'] as const) {
      const keys = bindingsFor(view).flatMap((binding) => binding.keys);
      expect(new Set(keys).size).toBe(keys.length);
    }
    expect(commandFor('j')).toBe('down');
    expect(commandFor('ctrl-r')).toBe('redo');
    expect(commandFor('c')).toBe('compare');
    expect(commandFor('c', 'compare')).toBe('back');
    expect(commandFor('enter', 'picker')).toBe('show-comparison');
    expect(commandFor(' ', 'picker')).toBe('toggle');
    expect(commandFor('t', 'compare')).toBe('series-rows');
    expect(commandFor('G', 'compare')).toBe('last');
    expect(commandFor('+', 'compare')).toBeUndefined();
  });
  it('footer hints come from the table', () => {
    for (const view of ['grid', 'picker', 'compare'] as const) {
      const hints = footerHints(view).map((hint) => hint.hint);
      expect(hints).toEqual(bindingsFor(view).filter((binding) => binding.hint).map((binding) => binding.hint));
      expect(hints).toContain('quit');
    }
    expect(footerHints('grid').map((hint) => hint.hint)).toContain('compare');
    expect(footerHints('compare').map((hint) => hint.keys)).toContain('Esc');
  });
  it('keeps ? help and q quit in the footer at any width, dropping the least used hints first', () => {
    const line = (width: number) => fittingHints(footerHints('grid'), width).map(({ keys, hint }) => `${keys} ${hint}`).join('  ');
    expect(line(120)).toBe('↑↓←→ hjkl move  Enter edit  +/- nudge  a add  d delete  u undo  ^R redo  s save  S save as  c compare  ? help  q quit');
    expect(line(80)).toBe('↑↓←→ hjkl move  Enter edit  +/- nudge  u undo  s save  c compare  ? help  q quit');
    expect(line(60)).toBe('Enter edit  +/- nudge  u undo  s save  ? help  q quit');
    expect(line(40)).toBe('Enter edit  s save  ? help  q quit');
    expect(line(10)).toBe('? help  q quit');
    for (const width of [120, 80, 60, 40]) expect([...line(width)].length).toBeLessThanOrEqual(width);
  });
  it('lists every binding in some view', () => {
    expect(KEYMAP.every((binding) => binding.views.length > 0)).toBe(true);
  });
});

describe('layout', () => {
  it('puts the detail panel beside the grid on wide terminals and below on narrow ones', () => {
    expect(screenLayout(200, 40, 27, 5, true).panel).toBe('side');
    expect(screenLayout(120, 40, 27, 5, true).panel).toBe('bottom');
  });
  it('shows as many year columns as fit', () => {
    expect(screenLayout(120, 40, 27, 5, true).yearColumns).toBe(5);
    expect(screenLayout(80, 40, 27, 5, true).yearColumns).toBe(2); // 80 - 4 gutter - 27 name - 12 value - 7 trend = 30
    expect(screenLayout(120, 40, 27, 30, true).yearColumns).toBeLessThan(30);
  });
  it('keeps the output a row shorter than the terminal', () => {
    const layout = screenLayout(120, 30, 27, 5, true);
    expect(1 + layout.gridRows + 1 + layout.panelHeight + 2).toBe(29);
  });
  it('scrolls just enough to keep the selection visible', () => {
    expect(scrollTop(0, 5, 10, 30)).toBe(0);
    expect(scrollTop(0, 12, 10, 30)).toBe(3);
    expect(scrollTop(3, 2, 10, 30)).toBe(2);
    expect(scrollTop(25, 29, 10, 30)).toBe(20);
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
    expect(screenLayout(120, 40, 10, 5, false).yearColumns).toBe(0);
  });
});

describe('comparison layout and marks', () => {
  it('fits as many compared scenarios as the width allows, at least one', () => {
    const labels = ['cumulative_extra_to_private', 'extra_to_private total 2016/17–2020/21'];
    expect(compareLayout(120, 40, labels, ['Baseline', 'Higher growth']).groups).toBe(1);
    expect(compareLayout(200, 40, labels, ['Baseline', 'A', 'B', 'C']).groups).toBe(3);
    expect(compareLayout(60, 40, labels, ['Baseline', 'A', 'B']).groups).toBe(1);
    expect(compareLayout(120, 30, labels, ['Baseline', 'A']).rows).toBe(22);
  });
  it('marks a change by its sign as shown; one that rounds to zero is no change', () => {
    expect(direction('+£15.67bn')).toBe('up');
    expect(direction('-1.60 pp')).toBe('down');
    expect(direction('±£0.00bn')).toBe('same');
    expect(direction('+£0.00bn')).toBe('same');
    expect(direction('')).toBe('none');
  });
});
