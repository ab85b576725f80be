import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/main.js';
import { safeIo } from '../../src/cli/output.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../dist/nhs-whatif.js', import.meta.url));

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

/** Runs the built command as a user would (npm test builds it first): for what only a real process shows. */
export function command(...args: string[]): Ran {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
