import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { safeIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Ran {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line's code in this process, as the built command does, capturing what it prints. */
export async function cli(...args: string[]): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    args,
    safeIo(
      (text) => (stdout += text),
      (text) => (stderr += text),
    ),
  );
  return { code, stdout, stderr };
}

/** Runs the command built for this test run in the project folder, as a user would: for what only a real process shows. */
export function command(...args: string[]): Ran {
  return commandIn(ROOT, ...args);
}

/** The same, started in another folder. */
export function commandIn(cwd: string, ...args: string[]): Ran {
  const result = spawnSync(process.execPath, [inject('builtCommand'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
