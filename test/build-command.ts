import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildCommand } from '../scripts/build.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The command built for this test run: `node BUILT` runs it as a user would. */
    builtCommand: string;
    /** esbuild's record of which source files went into which output file of that build. */
    buildMetafile: string;
  }
}

const CACHE = fileURLToPath(new URL('../node_modules/.cache/nhs-whatif/', import.meta.url));

/**
 * Builds the command into a folder of its own for this test run, so tests never use (or break) the dist/ that
 * `npm start` builds, and two runs never share a build. The folder goes when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  mkdirSync(CACHE, { recursive: true });
  const folder = mkdtempSync(join(CACHE, 'test-build-'));
  const { metafile } = await buildCommand(folder, { metafile: true });
  const metafilePath = join(folder, 'meta.json');
  writeFileSync(metafilePath, JSON.stringify(metafile));
  project.provide('builtCommand', join(folder, 'nhs-whatif.js'));
  project.provide('buildMetafile', metafilePath);
  return () => rmSync(folder, { recursive: true, force: true });
}
