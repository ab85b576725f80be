import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The command built for this test run: `node BUILT` runs it as a user would. */
    builtCommand: string;
    /** esbuild's record of which source files went into which output file of that build. */
    buildMetafile: string;
  }
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(ROOT, 'node_modules/.cache/nhs-whatif/');

/**
 * Builds the command into a folder of its own for this test run, so tests never use (or break) the dist/ that
 * `npm start` builds, and two runs never share a build. The folder goes when the run ends.
 */
export default function setup(project: TestProject): () => void {
  mkdirSync(CACHE, { recursive: true });
  const folder = mkdtempSync(join(CACHE, 'test-build-'));
  const metafilePath = join(folder, 'meta.json');
  // The same bundle as npm run build, into this folder.
  execFileSync('npm', ['run', '--silent', 'bundle', '--', `--outdir=${folder}`, `--metafile=${metafilePath}`], { cwd: ROOT, stdio: 'inherit' });
  project.provide('builtCommand', join(folder, 'nhs-whatif.js'));
  project.provide('buildMetafile', metafilePath);
  return () => rmSync(folder, { recursive: true, force: true });
}
