import { fileURLToPath } from 'node:url';
import { type BuildResult, build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// The bundle is ESM; a few dependencies are CommonJS and expect require, __filename and __dirname.
const BANNER = [
  '#!/usr/bin/env node',
  'import { createRequire as __createRequire } from "node:module"; import { fileURLToPath as __fileURLToPath } from "node:url"; import { dirname as __dirnameOf } from "node:path"; const require = __createRequire(import.meta.url); const __filename = __fileURLToPath(import.meta.url); const __dirname = __dirnameOf(__filename);',
].join('\n');

/**
 * Bundles the command into `outdir` (nhs-whatif.js and chunks/). Each command's code, the terminal UI and the
 * large libraries are separate chunks, loaded only by what needs them. With `metafile`, the result says which
 * source files went into which chunk.
 */
export function buildCommand(outdir: string, { metafile = false } = {}): Promise<BuildResult<{ metafile: boolean }>> {
  return build({
    absWorkingDir: ROOT,
    entryPoints: ['src/cli/nhs-whatif.ts'],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    external: ['react-devtools-core'],
    define: { 'process.env.NODE_ENV': '"production"' },
    minify: true,
    logLevel: 'warning',
    banner: { js: BANNER },
    metafile,
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCommand(process.argv[2] ?? 'dist');
