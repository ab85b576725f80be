import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

export { lineOf } from '../tui/screen-text.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The command as built for the tests (see test/vitest.config.ts), so a build of dist/ at the same time cannot disturb them. */
export const COMMAND = inject('builtCommand');

export function requireBuiltCommand(): void {
  if (!existsSync(COMMAND)) throw new Error(`${COMMAND} is missing: the test set-up builds it (see test/build-command.ts)`);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check` holds, polling every 50 ms, failing after `timeoutMs`. */
export async function waitUntil(what: string, check: () => boolean, timeoutMs = 15000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs}ms waiting for ${what}`);
    await pause(50);
  }
}

/** A tmux server of its own (a socket named after `name`, the process and the time), so tests never meet another's sessions. */
export function tmuxServer(name: string) {
  const socket = `${name}-${process.pid}-${Date.now()}`;
  const tmux = (...args: string[]): string => execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  const screen = (session: string): string => tmux('capture-pane', '-p', '-t', session);

  /** Waits for the session's screen to satisfy `check`, failing with the screen shown. */
  async function waitFor(session: string, what: string, check: (text: string) => boolean, timeoutMs = 15000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let text = '';
    while (Date.now() < deadline) {
      try {
        text = screen(session);
      } catch (error) {
        text = `(no screen: ${error instanceof Error ? error.message : String(error)})`;
      }
      if (check(text)) return text;
      await pause(50);
    }
    throw new Error(`timed out after ${timeoutMs}ms waiting for ${what}; the screen was:\n${text}`);
  }

  return {
    tmux,
    screen,
    /** Sends one key: a tmux key name such as Enter or C-u, or a literal character. */
    key: (session: string, key: string) => tmux('send-keys', '-t', session, ...(key.length === 1 ? ['-l', key] : [key])),
    waitFor,
    waitForText: (session: string, text: string) => waitFor(session, JSON.stringify(text), (screenText) => screenText.includes(text)),
    sessionGone(session: string): boolean {
      try {
        execFileSync('tmux', ['-L', socket, 'has-session', '-t', session], { stdio: 'ignore' });
        return false;
      } catch {
        return true;
      }
    },
    /** Ends the server and every session in it. */
    kill(): void {
      try {
        tmux('kill-server');
      } catch {
        // already gone
      }
    },
  };
}
