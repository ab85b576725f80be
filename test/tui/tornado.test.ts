import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/engine/index.js';
import { bodyRows } from '../../src/tui/layout.js';
import { layOutTornado } from '../../src/tui/screens/tornado/layout.js';
import { type PictureBar, type TornadoPictureInput, tornadoPicture } from '../../src/tui/screens/tornado/picture.js';
import { initialState } from '../../src/tui/state/reducer.js';
import { selectedName } from '../../src/tui/state/selectors.js';
import type { State } from '../../src/tui/state/types.js';
import { baseline, press, promptOf, select, shownAs } from './helpers.js';
import { expectedBars, shareIn2020, withoutRanges } from './tornado-figures.js';

const bar = (input: string, low: number, high: number, atLow: number, atHigh: number, side: PictureBar['side'] = 'across'): PictureBar => ({
  input,
  unit: 'number',
  low,
  high,
  atLow,
  atHigh,
  side,
});

const picture = (bars: PictureBar[], base = 10, unit: TornadoPictureInput['unit'] = 'number'): TornadoPictureInput => ({
  output: 'y',
  unit,
  base,
  bars,
  notVaried: ['z'],
  failures: [],
});

/** The bar strips of a picture, each cut to the characters of its bar: from the first mark to the last. */
const barLines = (lines: ReturnType<typeof tornadoPicture>) => lines.filter((line) => line.tone === 'bar' && line.text.includes('│'));
const baseColumn = (text: string) => [...text].indexOf('│');
const count = (text: string, mark: string) => [...text].filter((char) => char === mark).length;

describe('the tornado picture', () => {
  it('draws bars either side of the base on one scale, with the input and the output at each end', () => {
    // Base 10; a: 8 at its low, 14 at its high (reach 4); b: 9 and 11.
    const lines = tornadoPicture(picture([bar('a', 1, 4, 8, 14), bar('b', 0.5, 1.5, 9, 11)]), 120);
    const [a, b] = barLines(lines) as [(typeof lines)[number], (typeof lines)[number]];
    expect(a.text).toMatch(/^a +░ 1 → 8 +░+│█+ +█ 4 → 14$/);
    expect(b.text).toMatch(/^b +░ 0\.5 → 9 +░+│█+ +█ 1\.5 → 11$/);
    // One base line for every bar; the high end of a reaches the whole half, 4 from the base.
    expect(baseColumn(a.text)).toBe(baseColumn(b.text));
    const half = count(a.text.replace(/^.*?░ 1 → 8 +/, '').replace(/ +█ 4.*$/, ''), '█');
    expect(count(a.text, '░') - 1).toBe(Math.round(half / 2)); // 2 of 4 below: half the reach (the mark in "░ 1" aside)
    expect(count(b.text, '█') - 1).toBe(Math.round(half / 4));
    expect(count(b.text, '░') - 1).toBe(Math.round(half / 4));
    expect(lines[0]?.text).toBe('Tornado of y: 10 with every input at its value');
    expect(lines.some((line) => line.text === 'Not varied (no low and high): z.')).toBe(true);
    // The scale: the base under the base line, and base ± the reach at the ends.
    const axis = lines.find((line) => line.tone === 'axis')!.text;
    expect(baseColumn(axis)).toBe(baseColumn(a.text));
    expect(axis).toMatch(/^ +6 +│ 10 +14$/);
  });

  it('puts the smaller output on the left, so an input that lowers the output shows its high end on the left', () => {
    const [line] = barLines(tornadoPicture(picture([bar('falls', 0, 1, 12, 7)]), 120));
    expect(line?.text).toMatch(/^falls +█ 1 → 7 +█+│░+ +░ 0 → 12$/);
  });

  it('draws both ends on one side of the base as such, and says so', () => {
    // y = (x - 1)^2 around x = 1: 1 at both 0 and 2; and one with ends 12 and 11, both above 10.
    const lines = tornadoPicture(picture([bar('p', 0, 2, 12, 11, 'above'), bar('q', 0, 2, 8, 9, 'below')]), 120);
    const [p, q] = barLines(lines).map((line) => line.text) as [string, string];
    // Nothing left of the base for p, the nearer end (its high, 11) drawn over the further (its low, 12).
    expect(p).toMatch(/^p +█ 2 → 11 +│█+░+ +░ 0 → 12$/);
    expect(q).toMatch(/^q +░ 0 → 8 +░+█+│ +█ 2 → 9$/);
    expect(lines.map((line) => line.text)).toContain('Both ends above the base: p.');
    expect(lines.map((line) => line.text)).toContain('Both ends below the base: q.');
  });

  it('draws negative values in the output’s unit around a negative base', () => {
    const money = (input: string, atLow: number, atHigh: number): PictureBar => ({ ...bar(input, 0.01, 0.04, atLow, atHigh), unit: 'percent' });
    const lines = tornadoPicture(picture([money('growth', -5, 1), money('share', -2.5, -1.5)], -2, '£bn'), 120);
    const [growth, share] = barLines(lines).map((line) => line.text) as [string, string];
    expect(growth).toMatch(/^growth +░ 1\.00% → -£5\.00bn +░+│█+ +█ 4\.00% → £1\.00bn$/);
    expect(share).toMatch(/^share +░ 1\.00% → -£2\.50bn +░+│█+ +█ 4\.00% → -£1\.50bn$/);
    expect(lines[0]?.text).toBe('Tornado of y, in £bn: -£2.00bn with every input at its value');
    expect(lines.find((line) => line.tone === 'axis')?.text).toMatch(/-£5\.00bn +│ -£2\.00bn +£1\.00bn$/);
  });

  it('fits every line from 40 to 200 columns, one line an input when wide, the name above when narrower', () => {
    const bars = [bar('marginal_private_share', 0.3, 0.7, 0.0971, 0.1348), bar('budget_growth', 0.01, 0.04, 0.098, 0.1567)].map((each) => ({
      ...each,
      unit: 'percent' as const,
    }));
    const input = picture(bars, 0.1187, 'percent');
    for (let width = 40; width <= 200; width++) {
      const lines = tornadoPicture(input, width);
      for (const line of lines) expect([...line.text].length, `${width}: ${line.text}`).toBeLessThanOrEqual(width);
      const strips = barLines(lines);
      expect(strips).toHaveLength(2);
      expect(new Set(strips.map((line) => baseColumn(line.text))).size).toBe(1);
      const texts = lines.map((line) => line.text).join('\n');
      for (const end of ['░ 30.00% → 9.71%', '█ 70.00% → 13.48%', '░ 1.00% → 9.80%', '█ 4.00% → 15.67%']) expect(texts).toContain(end);
      const oneLine = strips.every((line) => line.text.startsWith('marginal_private_share') || line.text.startsWith('budget_growth'));
      expect(oneLine).toBe(width >= 22 + 2 * 17 + 3 + 31);
    }
  });

  it('says when no input has a low and a high', () => {
    const lines = tornadoPicture({ ...picture([]), notVaried: ['a', 'b'] }, 200).map((line) => line.text);
    expect(lines).toContain('No input has a low and a high, so nothing is varied: give inputs a low and a high in the scenario file.');
    expect(lines).toContain('Not varied (no low and high): a, b.');
  });
});

const text = (state: State, columns = 120, rows = 40) =>
  layOutTornado({ columns, rows, messageRows: 2 }, state)
    .view.lines.map((line) => line.text)
    .join('\n');

describe('the tornado screen', () => {
  const onShare = () => select(initialState(baseline()), 'private_share');

  it('opens with T on the selected series’ last year, the shipped ranges sorted by swing, each end as the formulas written out give it', () => {
    const state = press(onShare(), 'T');
    expect(shownAs(state)).toBe('tornado');
    const shown = text(state);
    expect(shown).toContain(
      `Tornado of private_share in 2020/21 (last(private_share)), in percent: ${formatNumber(shareIn2020(), 'percent')} with every input at its value`,
    );
    const order = shown
      .split('\n')
      .filter((line) => line.includes('│') && /^\w/.test(line))
      .map((line) => line.split(' ')[0]);
    const expected = expectedBars();
    expect(order).toEqual(expected.map((each) => each.input));
    expect(order).toEqual(['budget_growth', 'marginal_private_share', 'private_share_base', 'private_spend_base']);
    for (const each of expected) {
      const line = shown.split('\n').find((row) => row.startsWith(`${each.input} `))!;
      expect(line).toContain(`░ ${each.low} → ${formatNumber(each.atLow, 'percent')}`);
      expect(line).toContain(`█ ${each.high} → ${formatNumber(each.atHigh, 'percent')}`);
    }
    expect(shown).toContain('Not varied (no low and high): horizon_years.');
    // The base spend cancels out of the share: no change at either end, rounding aside.
    expect(shown).toContain('No change at either end: private_spend_base.');
  });

  it('types another output with e, moves to other formula cells with j and k, and goes back with Esc', () => {
    let state = press(onShare(), 'T', 'e');
    expect(promptOf(state)?.text).toBe('last(private_share)');
    state = press(state, ['ctrl-u'], 'cumulative_extra_to_private', ['enter']);
    expect(text(state)).toContain('Tornado of cumulative_extra_to_private, in £bn: £18.67bn with every input at its value');
    const refused = press(state, 'e', ['ctrl-u'], 'private_share', ['enter']);
    expect(promptOf(refused)?.problem).toContain('private_share gives one value per year');
    state = press(state, 'j');
    expect(selectedName(state)).toBe('cumulative_extra_to_private');
    expect(text(state)).toContain('Tornado of cumulative_extra_to_private, in £bn');
    // Back on private_share, what was typed there is kept; empty text goes back to its last year.
    state = press(state, 'k');
    expect(text(state)).toContain('Tornado of cumulative_extra_to_private, in £bn');
    state = press(state, 'e', ['ctrl-u'], ['enter']);
    expect(text(state)).toContain('Tornado of private_share in 2020/21');
    const back = press(state, ['escape']);
    expect(shownAs(back)).toBe('grid');
    expect(selectedName(back)).toBe('private_share');
  });

  it('lists every input as not varied on a scenario without ranges', () => {
    const shown = text(press(select(initialState(withoutRanges(baseline())), 'private_share'), 'T'), 80, 24).replace(/\n/g, ' ');
    expect(shown).toContain('No input has a low and a high');
    expect(shown).toContain('private_spend_base, private_share_base, marginal_private_share, budget_growth, horizon_years.');
  });

  it('fits the screen from 40x12 to 200x60, the largest swing always shown', () => {
    const state = press(onShare(), 'T');
    for (const [columns, rows] of [
      [40, 12],
      [80, 24],
      [120, 40],
      [200, 60],
    ] as const) {
      const lines = text(state, columns, rows).split('\n');
      expect(lines.length).toBeLessThanOrEqual(bodyRows(rows, 2));
      for (const line of lines) expect([...line].length).toBeLessThanOrEqual(columns);
      expect(lines.some((line) => line.startsWith('budget_growth'))).toBe(true);
    }
  });

  it('leaves out the smallest swings on a short terminal, saying how many', () => {
    const shown = text(press(onShare(), 'T'), 60, 14);
    expect(shown.split('\n').length).toBeLessThanOrEqual(bodyRows(14, 2));
    expect(shown).toMatch(/… \d more inputs? with smaller swings/);
    expect(shown).toContain('budget_growth');
  });
});
