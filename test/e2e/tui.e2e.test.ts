import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMAND, lineOf, ROOT, requireBuiltCommand, tmuxServer } from './tmux.js';

// The built command in a real terminal (tmux), driven one key at a time, as a person would.
const terminal = tmuxServer('nhs-whatif-e2e');
const SESSION = 'tui';
const key = (name: string) => terminal.key(SESSION, name);
const waitFor = (what: string, check: (text: string) => boolean) => terminal.waitFor(SESSION, what, check);
const waitForText = (text: string) => terminal.waitForText(SESSION, text);

async function keys(...names: string[]) {
  for (const name of names) key(name);
}

let dir = '';
// Ink draws only the final frame when CI is set, so it is unset for the UI; the exit code is echoed for the test.
const APP = `env -u CI node '${COMMAND}' scenarios/baseline.yaml; echo "exit code $?"; sleep 60`;

beforeAll(() => {
  requireBuiltCommand();
  dir = mkdtempSync(join(tmpdir(), 'nhs-whatif-e2e-'));
  cpSync(join(ROOT, 'scenarios'), join(dir, 'scenarios'), { recursive: true });
  terminal.tmux('new-session', '-d', '-s', SESSION, '-x', '120', '-y', '40', '-c', dir, APP);
});

/** Starts the UI on the baseline again in a 120x40 window, whatever the test before left running. */
function restartApp(): void {
  terminal.tmux('resize-window', '-t', SESSION, '-x', '120', '-y', '40');
  terminal.tmux('respawn-pane', '-k', '-t', SESSION, '-c', dir, APP);
}

const YEARS = ['2016/17', '2017/18', '2018/19', '2019/20', '2020/21'];
/** The first year the baseline's private share, (8.7 + 900/1700 · extra_t) / budget_t, is at or over 10%. */
const CROSSING_YEAR = YEARS.find((_, i) => {
  const base = 8.7 / 0.076;
  const budget = base * 1.02 ** (i + 1);
  return (8.7 + (900 / 1700) * (budget - base)) / budget >= 0.1;
});

afterAll(() => {
  terminal.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('nhs-whatif in a real terminal', () => {
  it('changes budget growth, shows the recomputed figure, saves as a new file and quits', async () => {
    let text = await waitForText('cumulative_extra_to_private');
    expect(lineOf(text, 'cumulative_extra_to_private')).toContain('£18.67bn');
    expect(lineOf(text, 'budget_growth')).toContain('2.00%');

    await keys('j', 'j', 'j');
    await waitFor('budget_growth to be selected', (screenText) => lineOf(screenText, 'budget_growth').startsWith('›'));
    await keys('Enter');
    await waitForText('budget_growth = 2%'); // the prompt starts with the value in its unit
    await keys('C-u', '0', '.', '0', '3', 'Enter');
    text = await waitForText('£28.39bn');
    expect(lineOf(text, 'cumulative_extra_to_private')).toContain('£28.39bn');
    expect(lineOf(text, 'budget_growth')).toContain('3.00%');
    expect(text).toContain('[+] unsaved changes');

    await keys('S');
    await waitForText('save as');
    for (const char of 'growth-3') key(char);
    await keys('Enter');
    text = await waitForText('growth-3.yaml (saved)');
    expect(text).toContain('nhs-whatif · growth-3 · scenarios/growth-3.yaml (saved)');

    const saved = readFileSync(join(dir, 'scenarios', 'growth-3.yaml'), 'utf8');
    expect(parse(saved).inputs.budget_growth.value).toBe(0.03);
    expect(parse(saved).name).toBe('growth-3');
    expect(saved).toContain('# Baseline: new NHS money split the way the extra money from 2015/16 was split.');
    expect(saved).toContain('# = 900 / 1700');
    expect(readFileSync(join(dir, 'scenarios', 'baseline.yaml'), 'utf8')).toContain('value: 0.02');
    expect(parse(readFileSync(join(dir, 'scenarios', 'baseline.yaml'), 'utf8')).name).toBe('Baseline');

    await keys('q');
    await waitForText('exit code 0');
  }, 60_000);

  it('charts private_share with v, sets a 10% line, names the year it is crossed, and redraws when resized', async () => {
    restartApp();
    await waitForText('cumulative_extra_to_nhs');
    await keys('G', 'k', 'k');
    await waitFor('private_share to be selected', (screenText) => lineOf(screenText, 'private_share').startsWith('›'));
    await keys('v');
    let text = await waitForText('Chart of private_share (percent) by fiscal year');
    expect(text).toContain('● Baseline');
    expect(text).toContain('2020/21');
    await keys('r');
    await waitForText('reference line for private_share:');
    await keys('1', '0', '%', 'Enter');
    expect(CROSSING_YEAR).toBe('2018/19');
    text = await waitForText(`private_share crosses 10.00% in ${CROSSING_YEAR} (Baseline)`);
    expect(text).toMatch(/10\.00%┤┈+/);

    terminal.tmux('resize-window', '-t', SESSION, '-x', '60', '-y', '20');
    // Drawn again for 60 columns: the first and the last year's labels both on the one line under the axis.
    const yearLine = (screenText: string) => screenText.split('\n').find((line) => line.includes('2016/17')) ?? '';
    text = await waitFor('the chart drawn 60 wide', (screenText) => yearLine(screenText).includes('2020/21') && screenText.includes('q quit'));
    expect(text).toContain('crosses 10.00% in');
    expect(text).toContain('● Baseline');

    await keys('Escape');
    await waitForText('back to the grid');
    await keys('q');
    await waitForText('exit code 0');
  }, 60_000);

  it('opens the chart and goes back, then answers the 10% question with a goal seek, applies it and undoes it', async () => {
    restartApp();
    await waitForText('cumulative_extra_to_nhs');
    await keys('G', 'k', 'k');
    let text = await waitFor('private_share to be selected', (screenText) => lineOf(screenText, 'private_share').startsWith('›'));
    expect(lineOf(text, 'private_share')).toContain('11.87%');
    await keys('v');
    await waitForText('Chart of private_share (percent) by fiscal year');
    await keys('Escape');
    await waitForText('back to the grid');

    await keys('w');
    await waitForText('goal seek: make last(private_share)');
    await keys('Enter');
    await waitForText('goal seek: make last(private_share) equal');
    await keys('1', '0', '%', 'Enter');
    await waitForText('by changing which input?');
    await keys('j', 'j');
    await waitFor('marginal_private_share to be chosen', (screenText) => screenText.includes('› marginal_private_share'));
    await keys('Enter');
    // m with (8.7 + m · extra_5) / budget_5 = 10%, by hand, to the eight digits shown.
    const base = 8.7 / 0.076;
    const budget = base * 1.02 ** 5;
    const solved = Number((((0.1 * budget - 8.7) / (budget - base)) * 100).toPrecision(8));
    text = await waitForText(`Apply marginal_private_share = ${solved}%?`);
    expect(text).toMatch(/private_share in 2020\/21 +11\.87% +10\.00%/);
    await keys('Enter');
    text = await waitForText('(goal seek: last(private_share) = 10.00%)');
    expect(lineOf(text, 'private_share')).toContain('10.00%');
    expect(lineOf(text, 'marginal_private_share')).toContain('33.06%');
    expect(text).toContain('[+] unsaved changes');

    await keys('u');
    text = await waitForText('undid: marginal_private_share = 33.06%');
    expect(lineOf(text, 'private_share')).toContain('11.87%');
    expect(lineOf(text, 'marginal_private_share')).toContain('52.94%');

    // Which input matters most: growth, from the file's 1% to 4%, each end written out by hand.
    const shareAt = (growth: number) => {
      const grown = base * (1 + growth) ** 5;
      return `${(((8.7 + (900 / 1700) * (grown - base)) / grown) * 100).toFixed(2)}%`;
    };
    await keys('T');
    text = await waitForText('Tornado of private_share in 2020/21');
    const growthLine = text.split('\n').find((line) => line.startsWith('budget_growth')) ?? '';
    expect(growthLine).toContain(`░ 1.00% → ${shareAt(0.01)}`);
    expect(growthLine).toContain(`█ 4.00% → ${shareAt(0.04)}`);
    await keys('Escape');
    await waitForText('back to the grid');
    await keys('q');
    await waitForText('exit code 0');
  }, 60_000);

  it('leaves a clean screen when quitting after the terminal grew from 80x24 to 120x40', async () => {
    const session = 'resized';
    const shell = `printf 'before the app\\n'; env -u CI node '${COMMAND}' scenarios/baseline.yaml; echo "exit code $?"; sleep 60`;
    terminal.tmux('new-session', '-d', '-s', session, '-x', '80', '-y', '24', '-c', dir, shell);
    await terminal.waitForText(session, 'private_spend_base');
    terminal.tmux('resize-window', '-t', session, '-x', '120', '-y', '40');
    await terminal.waitFor(session, 'the grid at 120 columns', (text) => lineOf(text, 'budget').includes('2020/21') || text.includes('2020/21'));
    terminal.key(session, 'j');
    await terminal.waitFor(session, 'private_share_base selected', (text) => lineOf(text, 'private_share_base').startsWith('›'));
    terminal.key(session, 'q');
    const text = await terminal.waitForText(session, 'exit code 0');
    // The shell's own line, then the exit code: nothing of the UI is left behind.
    expect(text.split('\n').filter((line) => line.trim() !== '')).toEqual(['before the app', 'exit code 0']);
  }, 60_000);

  it('exports the grid with X as a Markdown table carrying units and sources, beside the scenario', async () => {
    restartApp();
    await waitForText('cumulative_extra_to_nhs');
    await keys('X');
    let text = await waitForText('export the grid to (in scenarios/):');
    expect(text).toContain('baseline.md');
    await keys('Enter');
    text = await waitForText('exported the grid to scenarios/baseline.md (Markdown)');
    const markdown = readFileSync(join(dir, 'scenarios', 'baseline.md'), 'utf8');
    const row = (cell: string) => markdown.split('\n').find((line) => line.startsWith(`| ${cell} |`)) ?? '';
    expect(row('cumulative_extra_to_private')).toMatch(/^\| cumulative_extra_to_private \| £bn \| £18\.67bn \|/);
    expect(row('private_share')).toContain('| 11.87% |');
    expect(markdown).toContain('Scenario Baseline, file scenarios/baseline.yaml');
    expect(markdown).toContain(
      "| marginal_private_share | Share of each year's extra money spent with private providers | percent | HuffPost UK, reporting a Health Foundation analysis for the Financial Times, 27 March 2017 |",
    );
    // A second export to the same name asks first, and n leaves the file as it is.
    await keys('X', 'Enter');
    await waitForText('scenarios/baseline.md exists: overwrite it? y/n');
    await keys('n');
    await waitForText('was left as it is');
    await keys('Escape', 'q');
    await waitForText('exit code 0');
    expect(readFileSync(join(dir, 'scenarios', 'baseline.md'), 'utf8')).toBe(markdown);
  }, 60_000);

  it('finds cumulative_extra_to_private with /, at 80x24 where it starts off screen', async () => {
    const session = 'find';
    const shell = `env -u CI node '${COMMAND}' scenarios/baseline.yaml; echo "exit code $?"; sleep 60`;
    terminal.tmux('new-session', '-d', '-s', session, '-x', '80', '-y', '24', '-c', dir, shell);
    let text = await terminal.waitForText(session, 'private_spend_base');
    for (const char of '/cumul') terminal.key(session, char);
    text = await terminal.waitForText(session, 'Find a cell: 2 of 14 match "cumul"');
    expect(lineOf(text, 'cumulative_extra_to_private')).toMatch(/^› cumulative_extra_to_private +£18\.67bn/);
    terminal.key(session, 'Enter');
    text = await terminal.waitFor(
      session,
      'the grid on cumulative_extra_to_private, explained in the panel',
      (screen) => lineOf(screen, 'cumulative_extra_to_private').startsWith('›') && screen.includes('cumulative_extra_to_private (formula)'),
    );
    expect(lineOf(text, 'cumulative_extra_to_private')).toContain('£18.67bn');
    terminal.key(session, 'n');
    await terminal.waitFor(session, 'n to cumulative_extra_to_nhs', (screen) => lineOf(screen, 'cumulative_extra_to_nhs').startsWith('›'));
    terminal.key(session, 'q');
    await terminal.waitForText(session, 'exit code 0');
  }, 60_000);
});
