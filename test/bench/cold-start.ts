import { execFileSync } from 'node:child_process';
import { BUILT_COMMAND, bundleLikeTheCommand, ROOT } from './bundle.js';
import { interleave } from './measure.js';
import { type Result, result } from './report.js';

/** A program started in a terminal, and text that shows once its first frame is drawn. */
export interface Program {
  readonly command: string;
  readonly shows: string;
}

export const APP: Program = { command: `env -u CI node ${BUILT_COMMAND} scenarios/baseline.yaml`, shows: 'cumulative_extra_to_nhs' };

/** The bare Ink program, `test/bench/hello-ink.mjs`. */
export const HELLO_INK_SOURCE = 'test/bench/hello-ink.mjs';
export const helloInk = (file: string): Program => ({ command: `env -u CI node '${file}'`, shows: 'Hello from Ink' });

const TIMEOUT_MS = 10_000;
const COLUMNS = 120;
const ROWS = 40;

/** A tmux server of its own, with one session kept open so that the server's start is never timed. */
export function openTmux() {
  const socket = `nhs-whatif-bench-${process.pid}-${Math.random().toString(36).slice(2)}`;
  const tmux = (...args: string[]): string => execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8', cwd: ROOT });
  tmux('new-session', '-d', '-s', 'keep', '-x', String(COLUMNS), '-y', String(ROWS), 'sleep 600');
  let sessions = 0;
  return {
    /** Starts `program` in a new 120×40 pane and waits for its first frame: the milliseconds it took, and the screen. */
    start(program: Program): { ms: number; screen: string } {
      const session = `s${sessions++}`;
      const start = performance.now();
      tmux('new-session', '-d', '-s', session, '-x', String(COLUMNS), '-y', String(ROWS), '-c', ROOT, program.command);
      try {
        for (;;) {
          const screen = tmux('capture-pane', '-p', '-t', session);
          const ms = performance.now() - start;
          if (screen.includes(program.shows)) return { ms, screen };
          if (ms > TIMEOUT_MS) throw new Error(`"${program.command}" showed no "${program.shows}" within ${TIMEOUT_MS} ms; the screen was:\n${screen}`);
        }
      } finally {
        tmux('kill-session', '-t', session);
      }
    },
    close(): void {
      tmux('kill-server');
    },
  };
}

/**
 * Cold start of the built command against a bare Ink hello world bundled the same way (esbuild, the build
 * script's flags), both started in a new tmux pane, alternately.
 */
export function coldStart(quick: boolean): Result {
  const hello = bundleLikeTheCommand(HELLO_INK_SOURCE);
  const tmux = openTmux();
  try {
    const programs = [APP, helloInk(hello.file)];
    const [app, bareInk] = interleave(
      programs.map((program) => () => tmux.start(program).ms),
      () => undefined,
      { rounds: quick ? 5 : 21, warmup: 1 },
    );
    return result(`cold start to first frame (tmux ${COLUMNS}×${ROWS})`, app!.ms, 'bare Ink hello world, bundled alike', bareInk!.ms, app!.samples, 1.3);
  } finally {
    tmux.close();
    hello.remove();
  }
}
