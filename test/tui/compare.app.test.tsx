import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeApps, compareWith, ENTER, ESC, lineOf, open, pick, plain, screenHas, type, until } from './ink-helpers.js';

afterEach(closeApps);

const lineStarting = (frame: string, label: string) => frame.split('\n').find((line) => line.slice(2).startsWith(`${label} `)) ?? '';

describe('comparing scenarios in the terminal UI', () => {
  it('compares the baseline with higher growth, with real numbers and marked differences', async () => {
    const app = open();
    await screenHas(app, 'budget_growth');
    await type(app, 'c');
    await screenHas(app, 'higher-growth.yaml');
    await pick(app, 'higher-growth.yaml');
    await screenHas(app, '[x] ');
    await type(app, ENTER);
    const frame = await screenHas(app, 'Compare: Baseline vs Higher growth');
    const row = lineStarting(frame, 'cumulative_extra_to_private');
    expect(row).toMatch(/£18\.67bn +£34\.34bn +\+£15\.67bn ▲ +\+83\.9%/);
    expect(lineStarting(frame, 'budget_growth')).toMatch(/2\.00% +3\.60% +\+1\.60 pp ▲/);
    expect(lineStarting(frame, 'private_spend_base')).not.toMatch(/[▲▼]/);
    expect(frame).toContain('t every year');
  });

  it('shows what a compared file records as observed, with each projection minus it, as compare prints them', async () => {
    const app = open(120, 90);
    let frame = await compareWith(app, ['what-happened.yaml'], 'Compare: Baseline vs What happened to 2019/20');
    // Published as £9.70bn for 2019/20; the baseline projects £13.70bn that year, What happened £9.70bn exactly.
    expect(lineStarting(frame, "private_spend observed 2019/20 (The King's Fund, 2021)")).toMatch(/£9\.70bn +£9\.70bn *$/);
    expect(lineStarting(frame, 'private_spend 2019/20 projected − observed')).toMatch(/\+£4\.00bn +±£0\.00bn +-£4\.00bn ▼ *$/);
    // 2022/23 is past both horizons.
    expect(lineStarting(frame, 'private_spend 2022/23 projected − observed')).toMatch(/— +— *$/);
    expect(frame.replace(/\s+/g, ' ')).toContain("Observed: published later (a file's observed:), with each projection minus it; never changes the model.");
    // Only the rows that differ: an observed value stays with its row of differences when that differs.
    await type(app, 'f');
    frame = await screenHas(app, 'rows that differ');
    expect(lineStarting(frame, "private_spend observed 2019/20 (The King's Fund, 2021)")).not.toBe('');
    expect(lineStarting(frame, 'private_spend 2019/20 projected − observed')).not.toBe('');
  });

  it('keeps an unsaved edit through a round trip to the comparison, which shows the edited values', async () => {
    const app = open();
    await screenHas(app, 'budget_growth');
    await type(app, 'jjj', '+', '+');
    await screenHas(app, '£28.39bn');
    await type(app, 'c');
    await screenHas(app, 'Baseline (current, unsaved)');
    await pick(app, 'baseline.yaml');
    await type(app, ENTER);
    let frame = await screenHas(app, 'Compare: Baseline (current, unsaved) vs Baseline (as saved)');
    expect(lineStarting(frame, 'cumulative_extra_to_private')).toMatch(/£28\.39bn +£18\.67bn +-£9\.71bn ▼/);
    await type(app, 't');
    frame = await screenHas(app, 'budget 2016/17');
    await type(app, ESC);
    frame = await screenHas(app, 'back to the grid; edits kept');
    expect(lineOf(frame, 'budget_growth')).toMatch(/\* budget_growth +3\.00%/);
    expect(lineOf(frame, 'cumulative_extra_to_private')).toContain('£28.39bn');
    expect(frame).toContain('[+] unsaved changes');
    await type(app, 'u');
    await screenHas(app, 'undid: budget_growth = 3.00%');
  });

  it('shows a file that fails to load with its error, refuses to choose it, and opens a file by path', async () => {
    const app = open();
    writeFileSync(join(app.dir, 'scenarios', 'broken.yaml'), 'name: Broken\ninputs:\n  x: [1\n');
    await screenHas(app, 'budget_growth');
    await type(app, 'c');
    let frame = await screenHas(app, 'broken.yaml');
    expect(frame.split('\n').find((line) => line.includes('broken.yaml'))).toContain('✗');
    await pick(app, 'broken.yaml');
    await screenHas(app, 'cannot compare');
    await type(app, 'o', join(app.dir, 'scenarios', 'average-split.yaml'), ENTER);
    await screenHas(app, 'added ');
    await type(app, ENTER);
    frame = await screenHas(app, 'vs Average split');
    expect(lineStarting(frame, 'cumulative_extra_to_private')).toContain('£2.68bn');
    await type(app, 'c');
    await screenHas(app, 'cumulative_extra_to_nhs');
  });

  it('marks the selected line with › in the grid, the file picker and the comparison, so it shows without colour', async () => {
    // Without colour (NO_COLOR) reverse video is gone too: the › at the start of the line is what shows the selection.
    const marked = (frame: string) =>
      plain(frame)
        .split('\n')
        .filter((line) => line.startsWith('›'));
    const app = open(80, 24);
    let frame = await screenHas(app, 'budget_growth');
    await type(app, 'jjj');
    frame = await until(app, (f) => lineOf(f, 'budget_growth').startsWith('›'), 'budget_growth selected');
    expect(marked(frame)).toHaveLength(1);
    await type(app, 'c');
    frame = await screenHas(app, 'higher-growth.yaml');
    expect(marked(frame)).toHaveLength(1);
    expect(marked(frame)[0]).toMatch(/^› \[ \] average-split\.yaml +Average split/);
    await pick(app, 'higher-growth.yaml');
    await type(app, ENTER);
    frame = await screenHas(app, 'Compare: Baseline vs Higher growth');
    await type(app, 'jjj');
    frame = await until(app, (f) => marked(f)[0]?.includes('budget_growth') === true, 'budget_growth selected in the comparison');
    expect(marked(frame)).toHaveLength(1);
    expect(marked(frame)[0]).toMatch(/^› budget_growth +2\.00% +3\.60%/);
  });

  it('shows every note and error under the comparison, wrapped, and how many scenarios are hidden on each side', async () => {
    // Tall enough for every row: what-happened.yaml's observed values add two rows each.
    const app = open(100, 80);
    writeFileSync(
      join(app.dir, 'scenarios', 'collapse.yaml'),
      'extends: baseline.yaml\nname: Collapse\ninputs:\n  budget_growth: -0.1\nformulas:\n  halved: extra_money / (horizon_years - 5)\n',
    );
    const files = ['what-happened.yaml', 'collapse.yaml', 'higher-growth.yaml'];
    let frame = await compareWith(app, files, 'Compare: Baseline vs Collapse vs Higher growth vs What happened to 2019/20');
    let lines = frame.split('\n');
    expect(lines.find((line) => line.includes('Cell'))).toMatch(/ 2→$/);
    expect(frame.replace(/\s+/g, ' ')).toContain(
      'Changes against Baseline (r: another reference): ▲ up, ▼ down; shares in percentage points (pp). Series: final year and total. Horizons differ: totals and sums over the years are not subtracted. —: no such cell or year in that scenario.',
    );
    expect(frame.replace(/\s+/g, ' ')).toContain('✗ 1 error: Collapse: halved: 2016/17: result is -Infinity (division by zero or a number out of range)');
    expect(lines.every((line) => line.length <= 100)).toBe(true);
    const header = (f: string) => f.split('\n').find((line) => line.includes('Cell')) ?? '';
    await type(app, 'l');
    await until(app, (f) => header(f).endsWith('←1 1→'), 'the columns to scroll');
    await type(app, 'l');
    frame = await until(app, (f) => header(f).endsWith('←2'), 'the last column');
    lines = frame.split('\n');
    // The cumulative figure covers four years in one scenario and five in the other: not subtracted.
    expect(lineStarting(frame, 'cumulative_extra_to_private')).toMatch(/£18\.67bn +£2\.45bn *$/);
  });
});
