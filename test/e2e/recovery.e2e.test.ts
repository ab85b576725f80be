import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND, lineOf, ROOT, requireBuiltCommand, tmuxServer, waitUntil } from './tmux.js';

// Unsaved edits survive the app being stopped with SIGTERM: the built command in tmux, stopped and opened again.
const terminal = tmuxServer('nhs-whatif-recovery');
const { tmux, key, waitFor, waitForText, sessionGone } = terminal;

let dir = '';
const file = () => join(dir, 'baseline.yaml');
const recovery = () => join(dir, '.baseline.yaml.recovery.json');

/** The app as the pane's own command (no shell), so the pane's pid is the app's. CI is unset: Ink draws only the final frame with it. */
function startApp(session: string) {
  tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '40', '-c', dir, 'env', '-u', 'CI', process.execPath, COMMAND, 'baseline.yaml');
  tmux('set-option', '-t', session, 'remain-on-exit', 'on');
}
const panePid = (session: string) => Number(tmux('list-panes', '-t', session, '-F', '#{pane_pid}').trim());
const processAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const paneDead = (session: string) => tmux('list-panes', '-t', session, '-F', '#{pane_dead}').trim() === '1';

beforeAll(() => {
  requireBuiltCommand();
  dir = mkdtempSync(join(tmpdir(), 'nhs-whatif-recovery-e2e-'));
  cpSync(join(ROOT, 'scenarios', 'baseline.yaml'), file());
});

afterAll(() => {
  terminal.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('unsaved edits in a real terminal', () => {
  it('are kept when the app is stopped with SIGTERM and restored on the next open', async () => {
    startApp('first');
    await waitForText('first', 'cumulative_extra_to_private');
    for (const name of ['j', 'j', 'j', '+']) key('first', name);
    let text = await waitForText('first', '[+] unsaved changes');
    expect(lineOf(text, 'budget_growth')).toContain('2.50%');

    // env replaces itself with node, so the pane's process is the app.
    process.kill(panePid('first'), 'SIGTERM');
    await waitUntil('the app to stop', () => paneDead('first'));
    expect(existsSync(recovery())).toBe(true);
    expect(JSON.parse(readFileSync(recovery(), 'utf8')).edits.values).toEqual({ budget_growth: 0.025 });
    expect(readFileSync(file(), 'utf8')).toContain('value: 0.02');

    startApp('second');
    text = await waitForText('second', 'were recovered: restore? (y/n)');
    expect(text).toMatch(/Unsaved changes from .+ were recovered: restore\? \(y\/n\)/);
    key('second', 'y');
    text = await waitForText('second', '[+] unsaved changes');
    expect(lineOf(text, 'budget_growth')).toMatch(/\* budget_growth +2\.50%/);
    expect(lineOf(text, 'cumulative_extra_to_private')).toContain('£23.50bn');

    // Saving writes the edits to the file, so nothing is left to recover.
    key('second', 's');
    await waitForText('second', '(saved)');
    expect(existsSync(recovery())).toBe(false);
    expect(readFileSync(file(), 'utf8')).toContain('value: 0.025');
    key('second', 'q');
    await waitUntil('the app to quit', () => paneDead('second'));
  }, 60_000);

  it('are kept when the terminal is closed (SIGHUP, the terminal gone) and offered on the next open', async () => {
    cpSync(join(ROOT, 'scenarios', 'baseline.yaml'), file()); // as shipped again: the test above saved it
    startApp('closed');
    await waitForText('closed', 'cumulative_extra_to_private');
    for (const name of ['j', 'j', 'j', '+', '+']) key('closed', name);
    const text = await waitFor('closed', 'budget_growth at 3.00%', (screenText) => lineOf(screenText, 'budget_growth').includes('3.00%'));
    expect(text).toContain('[+] unsaved changes');
    const pid = panePid('closed');

    // Closing the window: tmux hangs up the terminal, so every later write to it fails (EIO).
    tmux('kill-session', '-t', 'closed');
    await waitUntil('the session to close', () => sessionGone('closed'));
    await waitUntil('the app to stop', () => !processAlive(pid));
    expect(existsSync(recovery())).toBe(true);
    expect(JSON.parse(readFileSync(recovery(), 'utf8')).edits.values).toEqual({ budget_growth: 0.03 });
    expect(readFileSync(file(), 'utf8')).toContain('value: 0.02');

    startApp('reopened');
    await waitForText('reopened', 'were recovered: restore? (y/n)');
    key('reopened', 'y');
    const restored = await waitForText('reopened', '[+] unsaved changes');
    expect(lineOf(restored, 'budget_growth')).toMatch(/\* budget_growth +3\.00%/);
    expect(lineOf(restored, 'cumulative_extra_to_private')).toContain('£28.39bn');

    // Discarding on purpose lets the kept edits go.
    key('reopened', 'q');
    await waitForText('reopened', '[s]ave, [d]iscard or [c]ancel');
    key('reopened', 'd');
    await waitUntil('the app to quit', () => paneDead('reopened'));
    expect(existsSync(recovery())).toBe(false);
  }, 60_000);

  it('are kept when ^C is pressed twice (the quit question, then ^C again), which quits at once', async () => {
    cpSync(join(ROOT, 'scenarios', 'baseline.yaml'), file());
    // In a shell that says how the app exited.
    const shell = `env -u CI '${process.execPath}' '${COMMAND}' baseline.yaml; echo "exit code $?"; sleep 60`;
    tmux('new-session', '-d', '-s', 'interrupted', '-x', '120', '-y', '40', '-c', dir, shell);
    await waitForText('interrupted', 'cumulative_extra_to_private');
    for (const name of ['j', 'j', 'j', '+', '+', '+']) key('interrupted', name);
    await waitForText('interrupted', '[+] unsaved changes');
    key('interrupted', 'C-c');
    await waitForText('interrupted', '[s]ave, [d]iscard or [c]ancel');
    key('interrupted', 'C-c');
    const text = await waitForText('interrupted', 'exit code 130');
    expect(text.replace(/\s+/g, ' ')).toContain(
      'nhs-whatif: quit by a second ^C; unsaved changes kept in .baseline.yaml.recovery.json and offered when baseline.yaml is opened again exit code 130',
    );
    expect(JSON.parse(readFileSync(recovery(), 'utf8')).edits.values).toEqual({ budget_growth: 0.035 });
    expect(readFileSync(file(), 'utf8')).toContain('value: 0.02');
    rmSync(recovery());
  }, 60_000);

  it('a FIFO in place of the recovery file is reported on the first screen, never waited on, and replaced when edits are kept', async () => {
    cpSync(join(ROOT, 'scenarios', 'baseline.yaml'), file());
    execFileSync('mkfifo', [recovery()]);
    startApp('fifo');
    const text = await waitForText('fifo', 'ignored the recovery file .baseline.yaml.recovery.json: it is not a regular file');
    expect(lineOf(text, 'budget_growth')).toContain('2.00%');
    for (const name of ['j', 'j', 'j', '+']) key('fifo', name);
    await waitForText('fifo', '[+] unsaved changes');
    process.kill(panePid('fifo'), 'SIGHUP');
    await waitUntil('the app to stop', () => paneDead('fifo'));
    expect(lstatSync(recovery()).isFile()).toBe(true);
    expect(JSON.parse(readFileSync(recovery(), 'utf8')).edits.values).toEqual({ budget_growth: 0.025 });
    rmSync(recovery());
  }, 60_000);
});
