import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';

// The built command in a real terminal (tmux), driven one key at a time, as a person would.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COMMAND = inject('builtCommand');
const SOCKET = `nhs-whatif-e2e-${process.pid}-${Date.now()}`;
const SESSION = 'tui';

const tmux = (...args: string[]): string => execFileSync('tmux', ['-L', SOCKET, '-f', '/dev/null', ...args], { encoding: 'utf8' });
const screen = (): string => tmux('capture-pane', '-p', '-t', SESSION);

/** Sends one key: a tmux key name such as Enter or C-u, or a literal character. */
const key = (name: string) => tmux('send-keys', '-t', SESSION, ...(name.length === 1 ? ['-l', name] : [name]));

async function waitFor(what: string, check: (text: string) => boolean, timeoutMs = 15000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    try {
      text = screen();
    } catch (error) {
      text = `(no screen: ${error instanceof Error ? error.message : String(error)})`;
    }
    if (check(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out after ${timeoutMs}ms waiting for ${what}; the screen was:\n${text}`);
}
const waitForText = (text: string) => waitFor(JSON.stringify(text), (screenText) => screenText.includes(text));
const lineOf = (text: string, name: string) => text.split('\n').find((line) => line.includes(` ${name} `)) ?? '';

async function keys(...names: string[]) {
  for (const name of names) key(name);
}

let dir = '';

beforeAll(() => {
  if (!existsSync(COMMAND)) throw new Error(`${COMMAND} is missing: run npm run build first (npm test does)`);
  dir = mkdtempSync(join(tmpdir(), 'nhs-whatif-e2e-'));
  cpSync(join(ROOT, 'scenarios'), join(dir, 'scenarios'), { recursive: true });
  // Ink draws only the final frame when CI is set, so it is unset for the UI; the exit code is echoed for the test.
  const shell = `env -u CI node '${COMMAND}' scenarios/baseline.yaml; echo "exit code $?"; sleep 60`;
  tmux('new-session', '-d', '-s', SESSION, '-x', '120', '-y', '40', '-c', dir, shell);
});

afterAll(() => {
  try {
    tmux('kill-server');
  } catch {
    // already gone
  }
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
});
