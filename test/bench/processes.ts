import { spawnSync } from 'node:child_process';
import { ROOT } from './bundle.js';
import { timed } from './measure.js';

/** A program run to its end: the milliseconds from starting it until it exited, and its exit code. */
export interface Exited {
  readonly ms: number;
  readonly code: number | null;
}

/** Runs `node ARGS` in the project's folder, output to /dev/null, and waits for it to exit. */
export function runNode(args: readonly string[]): Exited {
  const { value, ms } = timed(() => spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore', timeout: 60_000 }));
  return { ms, code: value.status };
}
