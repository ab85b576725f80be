import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { loadScenario, saveScenario } from '../../src/scenario/index.js';
import { folderWith } from './helpers.js';

const BASELINE = readFileSync(new URL('../../scenarios/baseline.yaml', import.meta.url), 'utf8');
const NEW = BASELINE.replace('    value: 0.02\n', '    value: 0.03\n');
const LOOP_SOURCE = fileURLToPath(new URL('./save-loop.ts', import.meta.url));
/** The save loop bundled into one plain script, so that each saver starts in a fraction of a second. */
const LOOP = join(folderWith({}), 'save-loop.cjs');
buildSync({ entryPoints: [LOOP_SOURCE], bundle: true, platform: 'node', format: 'cjs', outfile: LOOP, logLevel: 'warning' });

function startSaving(file: string): Promise<ReturnType<typeof spawn>> {
  const child = spawn(process.execPath, [LOOP, file], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`save loop exited early with ${code}`)));
  });
}

describe('saving survives being killed', () => {
  it('leaves either the old or the new file, never a mix, when killed mid-save', async () => {
    // Five savers at once, each on its own file, killed after different times.
    const rounds = Array.from({ length: 5 }, async (_, round) => {
      const dir = folderWith({ 'baseline.yaml': BASELINE });
      const file = join(dir, 'baseline.yaml');
      const child = await startSaving(file);
      await new Promise((resolve) => setTimeout(resolve, 20 + round * 37));
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      return dir;
    });
    for (const dir of await Promise.all(rounds)) {
      const file = join(dir, 'baseline.yaml');
      expect([BASELINE, NEW]).toContain(readFileSync(file, 'utf8'));
      // An interrupted save may leave its temporary file beside the scenario, named after it and the saver's pid.
      const left = readdirSync(dir).filter((name) => name !== 'baseline.yaml');
      for (const name of left) expect(name).toMatch(/^\.baseline\.yaml\.\d+\.nhs-whatif-tmp$/);
      // The next save removes it, and leaves nothing of its own.
      const scenario = loadScenario(file);
      saveScenario(scenario, scenario.cells, file);
      expect(readdirSync(dir)).toEqual(['baseline.yaml']);
      expect([BASELINE, NEW]).toContain(readFileSync(file, 'utf8'));
    }
  }, 60_000);
});
