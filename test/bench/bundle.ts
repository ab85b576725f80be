import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The built command: dist/, as `npm run bench` builds it, or the test run's own build under `npm test`. */
export const BUILT_COMMAND = process.env.NHS_WHATIF_COMMAND ?? 'dist/nhs-whatif.js';

/** Splits a command line as a POSIX shell does for words: single quotes, double quotes and backslashes (no expansion). */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (/\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (char === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unclosed ' in: ${line}`);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (char === '"') {
      word ??= '';
      for (i++; line[i] !== '"'; i++) {
        if (i >= line.length) throw new Error(`unclosed " in: ${line}`);
        if (line[i] === '\\' && '"\\$`'.includes(line[i + 1] ?? '')) i++;
        word += line[i];
      }
    } else if (char === '\\') {
      word = (word ?? '') + (line[++i] ?? '');
    } else if (';&|<>$`'.includes(char)) {
      throw new Error(`the bundle script is more than one esbuild command (found ${char}): ${line}`);
    } else {
      word = (word ?? '') + char;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** The flags of package.json's bundle script (the esbuild command `npm run build` runs), without its entry points and its output folder. */
export function buildFlags(): string[] {
  const script: unknown = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts?.bundle;
  if (typeof script !== 'string') throw new Error('package.json has no bundle script');
  const [program, ...words] = shellWords(script);
  if (program !== 'esbuild') throw new Error(`the bundle script does not start with esbuild: ${script}`);
  return words.filter((word) => word.startsWith('-') && !word.startsWith('--outdir=') && !word.startsWith('--outfile='));
}

/**
 * Bundles `entry` (relative to the project) with the same esbuild flags as the command, into a new folder
 * (marked as ES modules, as the project's package.json marks dist/). Returns the bundle's path, and how to remove it.
 */
export function bundleLikeTheCommand(entry: string): { file: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'nhs-whatif-bench-bundle-'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  const esbuild = join(ROOT, 'node_modules', '.bin', 'esbuild');
  execFileSync(esbuild, [entry, ...buildFlags(), `--outdir=${dir}`], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const name = entry.replace(/^.*\//, '').replace(/\.[cm]?[jt]sx?$/, '.js');
  return { file: join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
