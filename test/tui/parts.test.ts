import { describe, expect, it } from 'vitest';
import type { Key } from 'ink';
import { commandFor, footerHints, KEYMAP } from '../../src/tui/keymap.js';
import { keysOf } from '../../src/tui/keys.js';
import { sample, screenLayout, scrollTop } from '../../src/tui/layout.js';
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
  it('names special keys', () => {
    expect(keysOf('', { ...noKey, downArrow: true })).toEqual(['down']);
    expect(keysOf('', { ...noKey, delete: true })).toEqual(['backspace']);
    expect(keysOf('r', { ...noKey, ctrl: true })).toEqual(['ctrl-r']);
    expect(keysOf('c', { ...noKey, ctrl: true })).toEqual(['ctrl-c']);
    expect(keysOf('', { ...noKey, escape: true, meta: true })).toEqual(['escape']);
  });
});

describe('keymap', () => {
  it('gives every key one command', () => {
    const keys = KEYMAP.flatMap((binding) => binding.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(commandFor('j')).toBe('down');
    expect(commandFor('ctrl-r')).toBe('redo');
  });
  it('footer hints come from the table', () => {
    const hints = footerHints().map((hint) => hint.hint);
    expect(hints).toEqual(KEYMAP.filter((binding) => binding.hint).map((binding) => binding.hint));
    expect(hints).toContain('quit');
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

describe('layout without series', () => {
  it('shows no year columns when no cell has one value per year', () => {
    expect(screenLayout(120, 40, 10, 5, false).yearColumns).toBe(0);
  });
});
