import { lstatSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.js';
import { bindingsFor } from '../../src/tui/keymap.js';
import { TYPING_KEYS } from '../../src/tui/overlays/prompt.js';
import { SCREEN_IDS } from '../../src/tui/registry.js';
import { CTRL_C, CTRL_U, closeApps, DOWN, ENTER, ESC, lineOf, open, screenHas, type, until } from './ink-helpers.js';

afterEach(closeApps);

describe('the terminal UI', () => {
  it('shows inputs, outputs per fiscal year with sparklines, the selection, the detail panel and key hints', async () => {
    const app = open();
    const frame = await screenHas(app, 'cumulative_extra_to_private');
    expect(frame).toContain('baseline.yaml');
    expect(frame).toContain('2016/17');
    expect(frame).toContain('2020/21');
    expect(lineOf(frame, 'cumulative_extra_to_private')).toContain('£18.67bn');
    expect(lineOf(frame, 'budget')).toMatch(/[▁▂▃▄▅▆▇█]{5}/);
    expect(lineOf(frame, 'private_spend_base')).toMatch(/^› /);
    expect(frame).toContain('Used by  total_budget_base, private_spend');
    expect(frame).toContain('? help');
  });

  it('moves with j and arrows, also when keys arrive together', async () => {
    const app = open();
    await screenHas(app, 'budget_growth');
    await type(app, 'jj', DOWN);
    const frame = await until(app, (f) => lineOf(f, 'budget_growth').startsWith('›'), 'budget_growth selected');
    expect(frame).toContain('budget_growth (input)');
  });

  it('nudges an input, recomputes, marks the change, and undoes it', async () => {
    const app = open();
    await screenHas(app, 'budget_growth');
    await type(app, 'jjj', '+', '+');
    let frame = await screenHas(app, '£28.39bn');
    expect(lineOf(frame, 'budget_growth')).toMatch(/\* budget_growth +3\.00%/);
    expect(lineOf(frame, 'cumulative_extra_to_private')).toMatch(/~ cumulative_extra_to_private/);
    expect(frame).toContain('[+] unsaved changes');
    await type(app, 'u', 'u');
    frame = await screenHas(app, '£18.67bn');
    expect(frame).toContain('(saved)');
    expect(frame).toContain('undid: budget_growth = 2.50%');
  });

  it('+ then - on 900/1700 leaves the scenario saved, with nothing marked changed', async () => {
    const app = open();
    await screenHas(app, 'marginal_private_share');
    await type(app, 'jj', '+');
    let frame = await screenHas(app, '[+] unsaved changes');
    expect(lineOf(frame, 'marginal_private_share')).toMatch(/\* marginal_private_share +53\.94%/);
    await type(app, '-');
    frame = await screenHas(app, '(saved)');
    expect(lineOf(frame, 'marginal_private_share')).toMatch(/^› {3}marginal_private_share +52\.94%/);
    expect(frame).not.toContain('Changed  was');
  });

  it('edits a value by typing, and refuses a bad one with a message', async () => {
    const app = open();
    await screenHas(app, 'budget_growth');
    await type(app, 'jjj', ENTER, CTRL_U, 'x', ENTER);
    await screenHas(app, '"x" is not a number');
    await type(app, CTRL_U, '0', '.', '0', '3', ENTER);
    const frame = await screenHas(app, '£28.39bn');
    expect(frame).toContain('budget_growth = 3.00%');
  });

  it('shows an error cell, with its message in the panel, while the rest keeps working', async () => {
    const app = open();
    await screenHas(app, 'total_budget_base');
    await type(app, 'jjjjj', ENTER, CTRL_U, 'private_spend_base / 0', ENTER);
    let frame = await until(app, (f) => lineOf(f, 'total_budget_base').includes('error'), 'an error cell');
    expect(lineOf(frame, 'total_budget_base')).toMatch(/^› ! total_budget_base +error/);
    expect(lineOf(frame, 'budget')).toMatch(/! budget +error/);
    expect(frame).toMatch(/Error +result is Infinity/);
    await type(app, 'g', '+');
    frame = await screenHas(app, 'private_spend_base = £8.80bn');
    expect(lineOf(frame, 'private_spend_base')).toContain('£8.80bn');
  });

  it('acts on control keys that arrive in one batch with other keys', async () => {
    const app = open();
    await screenHas(app, 'budget_growth');
    await type(app, 'jjj', `${ENTER + CTRL_U}0.05${ENTER}`);
    let frame = await screenHas(app, 'budget_growth = 5.00%');
    expect(lineOf(frame, 'budget_growth')).toMatch(/\* budget_growth +5\.00%/);
    await type(app, '+', 'u\x12u\x12u');
    frame = await screenHas(app, 'undid: budget_growth = 5.50%');
    expect(lineOf(frame, 'budget_growth')).toContain('5.00%');
    await type(app, `j${CTRL_C}`);
    await screenHas(app, '[s]ave, [d]iscard or [c]ancel');
  });

  it('keeps Used by and the error in the panel when a cell has much to say (120x40)', async () => {
    const app = open(120, 40);
    await screenHas(app, 'total_budget_base');
    await type(app, 'jjjjj', ENTER, CTRL_U, '1/0', ENTER);
    const frame = await until(app, (f) => lineOf(f, 'total_budget_base').includes('error'), 'an error cell');
    expect(frame).toContain('Error    result is Infinity (division by zero or a number out of range)');
    expect(frame).toContain('Changed  was private_spend_base / private_share_base');
    expect(frame).toContain('Used by  budget, extra_money');
    expect(frame).toContain('Reads    nothing');
    expect(frame.split('\n')).toHaveLength(39);
  });

  it('shows every word of a long refusal, wrapped under the prompt (80x24)', async () => {
    const app = open(80, 24);
    await screenHas(app, 'total_budget_base');
    await type(app, 'jjjjj', ENTER, CTRL_U, 'cumulative_extra_to_nhs + private_spend_base / private_share_base', ENTER);
    const frame = await screenHas(app, 'circular reference');
    const lines = frame.split('\n');
    expect(lines.length).toBeLessThanOrEqual(23);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
    const message = lines.slice(lines.findIndex((line) => line.startsWith('✗'))).join(' ');
    expect(message).toBe(
      '✗ total_budget_base: circular reference: total_budget_base → cumulative_extra_to_nhs → extra_to_nhs → extra_money → budget → total_budget_base',
    );
    expect(frame).toContain('Used by  budget, extra_money');
  });

  it('adds a cell and shows it in the grid', async () => {
    const app = open();
    await screenHas(app, 'budget_growth');
    await type(app, 'a', 'total_extra', ENTER, 'sum(extra_money)', ENTER);
    const frame = await screenHas(app, 'total_extra');
    expect(lineOf(frame, 'total_extra')).toMatch(/^› \+ total_extra +£35\.27bn/);
  });

  it('asks before quitting with unsaved changes; Save writes the file keeping its comments', async () => {
    const app = open();
    await screenHas(app, 'budget_growth');
    await type(app, 'jjj', '+', 'q');
    const asked = await screenHas(app, '[s]ave, [d]iscard or [c]ancel');
    // The footer shows the question's keys, not the grid's.
    expect(asked.split('\n').at(-1)).toBe('s save and quit  d discard and quit  c Esc cancel  ^C quit, keep edits for later');
    await type(app, 'c');
    await screenHas(app, 'nothing was discarded');
    await type(app, CTRL_C);
    await screenHas(app, '[s]ave, [d]iscard or [c]ancel');
    await type(app, 's');
    await until(app, () => readFileSync(app.file, 'utf8').includes('value: 0.025'), 'the file to be saved');
    const text = readFileSync(app.file, 'utf8');
    expect(text).toContain('# Baseline: new NHS money split');
    expect(text).toContain('# = 900 / 1700');
  });

  it('asks before overwriting a file changed on disk', async () => {
    const app = open();
    await screenHas(app, 'budget_growth');
    writeFileSync(app.file, `${readFileSync(app.file, 'utf8')}\n# edited elsewhere\n`);
    await type(app, 'jjj', '+', 's');
    const asked = await screenHas(app, 'changed on disk: overwrite? y/n');
    expect(asked.split('\n').at(-1)).toBe('y overwrite the file  n Esc do not save');
    await type(app, 'n');
    await screenHas(app, 'not saved');
    expect(readFileSync(app.file, 'utf8')).toContain('# edited elsewhere');
    await type(app, 's');
    await screenHas(app, 'overwrite? y/n');
    await type(app, 'y');
    await screenHas(app, '(saved)');
    expect(readFileSync(app.file, 'utf8')).toContain('value: 0.025');
  });

  it('asks, separately, before saving through a file that has become a symbolic link', async () => {
    const app = open();
    await screenHas(app, 'budget_growth');
    // Someone replaces the scenario with a link to another file after it was opened.
    const elsewhere = join(app.dir, 'elsewhere.yaml');
    const original = readFileSync(app.file, 'utf8');
    writeFileSync(elsewhere, original);
    rmSync(app.file);
    symlinkSync(elsewhere, app.file);
    await type(app, 'jjj', '+', 's');
    await screenHas(app, `is now a symbolic link to ${elsewhere}`);
    await type(app, 'n');
    await screenHas(app, 'budget_growth');
    expect(readFileSync(elsewhere, 'utf8')).toBe(original);
    expect(lstatSync(app.file).isSymbolicLink()).toBe(true);
    await type(app, 's');
    await screenHas(app, `is now a symbolic link to ${elsewhere}`);
    await type(app, 'y');
    await screenHas(app, '(saved)');
    expect(readFileSync(elsewhere, 'utf8')).toContain('value: 0.025');
    expect(lstatSync(app.file).isSymbolicLink()).toBe(true);
  });

  it('saves as a new file and refuses to overwrite an existing one', async () => {
    const app = open();
    await screenHas(app, 'budget_growth');
    await type(app, 'jjj', '+', 'S', 'higher-growth', ENTER);
    const frame = await screenHas(app, 'higher-growth.yaml already exists; type another name or press Esc');
    expect(frame).toMatch(/save as \(in .+\): higher-growth/);
    expect(loadScenario(join(app.dir, 'scenarios', 'higher-growth.yaml')).name).toBe('Higher growth');
    const original = readFileSync(app.file, 'utf8');
    await type(app, CTRL_U, 'mine', ENTER);
    const saved = await screenHas(app, 'mine.yaml (saved)');
    // The copy is named after its file, in the file and the title; the original keeps its name and text.
    expect(saved.split('\n')[0]).toMatch(/^nhs-whatif · mine · .*mine\.yaml \(saved\)$/);
    expect(loadScenario(join(app.dir, 'scenarios', 'mine.yaml')).name).toBe('mine');
    expect(readFileSync(join(app.dir, 'scenarios', 'mine.yaml'), 'utf8')).toContain('# Baseline: new NHS money split');
    expect(readFileSync(app.file, 'utf8')).toBe(original);
    expect(loadScenario(join(app.dir, 'scenarios', 'mine.yaml')).cells.find((c) => c.name === 'budget_growth')).toMatchObject({ value: 0.025 });
  });

  it('shows every key on the help screen and returns with Esc', async () => {
    const app = open();
    await screenHas(app, 'budget_growth');
    await type(app, '?');
    const frame = await screenHas(app, 'Keys (press ? or Esc to go back)');
    expect(frame).toContain('redo what was undone');
    await type(app, ESC);
    await screenHas(app, 'cumulative_extra_to_nhs');
  });

  it.each([
    [80, 24],
    [100, 40],
    [40, 10],
  ])('shows every key on the help screen at %ix%i, scrolling with PgDn, nothing cut or drawn over', async (columns, rows) => {
    const app = open(columns, rows);
    await screenHas(app, 'private_spend_base');
    await type(app, '?');
    let frame = await screenHas(app, 'Keys (press ? or Esc to go back)');
    const seen: string[] = [];
    for (let page = 0; page < 200; page++) {
      const lines = frame.split('\n');
      expect(lines.length).toBeLessThanOrEqual(rows - 1);
      for (const line of lines) expect([...line].length).toBeLessThanOrEqual(columns);
      seen.push(...lines);
      if (!frame.includes('more ↓')) break;
      const before = frame;
      await type(app, '\u001B[6~'); // PgDn
      frame = await until(app, (f) => f !== before, 'the help to scroll');
    }
    expect(frame).toContain('more ↑');
    // Each key's label and the start of its description, as written in the screens' keys (the help screen's own aside).
    const rowsWanted = [...SCREEN_IDS.filter((screen) => screen !== 'help').flatMap((screen) => bindingsFor(screen)), ...TYPING_KEYS.rows];
    for (const { label, description } of rowsWanted) {
      const start = `${label.padEnd(14)}${description.split(' ')[0]}`;
      expect(
        seen.some((line) => line.includes(start)),
        `${start} on the help screen`,
      ).toBe(true);
    }
    await type(app, ESC);
    await screenHas(app, 'private_spend_base');
  });

  it.each([80, 60])('keeps the unsaved mark and ? help  q quit visible at %i columns', async (columns) => {
    const app = open(columns, 24, 'capacity-constrained.yaml');
    await screenHas(app, 'private_spend_base');
    await type(app, 'jjj', '+');
    const frame = await screenHas(app, '[+] unsaved changes');
    const lines = frame.split('\n');
    expect(lines[0]).toMatch(/^(nhs-whatif · )?Capacity-constrained NHS · .*capacity-con.* \[\+\] unsaved changes$/);
    expect(lines.at(-1)).toMatch(/ {2}\? help {2}q quit$/);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(columns);
  });

  it('shows how many years are hidden on each side, in full, with a 30-year horizon (80x24)', async () => {
    const app = open(80, 24);
    await screenHas(app, 'horizon_years');
    await type(app, 'jjjj', ENTER, CTRL_U, '30', ENTER);
    let frame = await screenHas(app, '2016/17 29→');
    await type(app, 'l', 'l', 'l');
    frame = await screenHas(app, '2019/20 ←3 26→');
    for (const line of frame.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    await type(app, 'l'.repeat(40));
    frame = await screenHas(app, '2045/46 ←29');
    expect(frame.split('\n')[1]).toMatch(/2045\/46 ←29$/);
  });

  it('drops year columns that do not fit and scrolls rows on a small terminal', async () => {
    const app = open(70, 16);
    // The first frame is drawn before the grid has measured what fits: wait for the one laid out for 70 columns.
    const frame = await until(app, (shown) => shown.includes('private_spend_base') && /2016\/17 4→/.test(shown), 'the grid laid out for 70 columns');
    // The Value column's header names the year it shows; the year columns after the trend leave 2020/21 out.
    expect(frame.split('\n')[1]).toContain('Value 2020/21');
    expect(frame.split('\n')[1]!.split('Trend')[1]).not.toContain('2020/21');
    expect(frame).toMatch(/2016\/17 4→/);
    for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(70);
    await type(app, 'l');
    await screenHas(app, '2017/18 ←1 3→');
    await type(app, 'G');
    await screenHas(app, 'cumulative_extra_to_nhs');
    expect(app.lastFrame()).not.toContain('private_spend_base ');
  });
});
