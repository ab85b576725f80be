import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './measure.js';
import { type Result, result } from './report.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOCKET = `nhs-whatif-bench-${process.pid}`;
const tmux = (...args: string[]): string => execFileSync('tmux', ['-L', SOCKET, '-f', '/dev/null', ...args], { encoding: 'utf8', cwd: ROOT });

interface Program {
  readonly command: string;
  /** Text that shows once the first frame is drawn. */
  readonly shows: string;
}

export const APP: Program = { command: 'env -u CI node dist/nhs-whatif.js scenarios/baseline.yaml', shows: 'cumulative_extra_to_nhs' };
export const HELLO: Program = { command: 'env -u CI node test/bench/hello-ink.mjs', shows: 'Hello from Ink' };

const TIMEOUT_MS = 10_000;

/** Milliseconds from starting `program` in a new 120×40 tmux pane until its first frame is on the screen. */
function firstFrameMs(program: Program, trial: number): number {
  const session = `s${trial}`;
  const start = performance.now();
  tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '40', '-c', ROOT, program.command);
  try {
    for (;;) {
      const screen = tmux('capture-pane', '-p', '-t', session);
      const elapsed = performance.now() - start;
      if (screen.includes(program.shows)) return elapsed;
      if (elapsed > TIMEOUT_MS) throw new Error(`"${program.command}" showed no "${program.shows}" within ${TIMEOUT_MS} ms; the screen was:\n${screen}`);
    }
  } finally {
    tmux('kill-session', '-t', session);
  }
}

/** Cold start of the built command against a bare Ink hello world, started alternately in tmux. */
export function coldStart(quick: boolean): Result {
  const trials = quick ? 5 : 21;
  const app: number[] = [];
  const hello: number[] = [];
  // A session kept open so the tmux server's own start is not timed.
  tmux('new-session', '-d', '-s', 'keep', '-x', '120', '-y', '40', 'sleep 600');
  try {
    firstFrameMs(APP, -1);
    firstFrameMs(HELLO, -2);
    for (let i = 0; i < trials; i++) {
      app.push(firstFrameMs(APP, 2 * i));
      hello.push(firstFrameMs(HELLO, 2 * i + 1));
    }
  } finally {
    tmux('kill-server');
  }
  return result('cold start to first frame (tmux 120×40)', median(app), 'bare Ink hello world', median(hello), trials, 1.3);
}
