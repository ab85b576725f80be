import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { folderWith } from './helpers.js';

const BASELINE = readFileSync(new URL('../../scenarios/baseline.yaml', import.meta.url), 'utf8');
const NEW = BASELINE.replace('    value: 0.02\n', '    value: 0.03\n');
const LOOP = fileURLToPath(new URL('./save-loop.ts', import.meta.url));

function startSaving(file: string): Promise<ReturnType<typeof spawn>> {
  const child = spawn(process.execPath, ['--import', 'tsx', LOOP, file], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`save loop exited early with ${code}`)));
  });
}

describe('saving survives being killed', () => {
  it('leaves either the old or the new file, never a mix, when killed mid-save', async () => {
    const dir = folderWith({ 'baseline.yaml': BASELINE });
    const file = join(dir, 'baseline.yaml');
    for (let round = 0; round < 5; round++) {
      const child = await startSaving(file);
      await new Promise((resolve) => setTimeout(resolve, 20 + round * 37));
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      expect([BASELINE, NEW]).toContain(readFileSync(file, 'utf8'));
    }
    // Temporary files from interrupted saves may remain beside it; the scenario itself is whole.
    expect(readdirSync(dir).filter((name) => name.endsWith('.yaml'))).toEqual(['baseline.yaml']);
  }, 60_000);
});
