import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { cli } from '../cli/cli.js';
import { folderWith } from './helpers.js';

export interface Checked {
  readonly code: number | null;
  readonly stdout: string;
  /** What `check` printed on stderr, one entry a line, with the folder's path left out. */
  readonly lines: readonly string[];
}

/**
 * Runs `nhs-whatif check` on `main` in a fresh folder holding `files`, and asserts that the folder is left exactly
 * as it was: the same names, each with the same bytes.
 */
export async function checkFiles(files: Record<string, string | Buffer>, main = 's.yaml'): Promise<Checked> {
  const dir = folderWith(files);
  const snapshot = () =>
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name)).toString('base64')]);
  const before = snapshot();
  const { code, stdout, stderr } = await cli('check', join(dir, main));
  expect(snapshot()).toEqual(before);
  const lines = stderr === '' ? [] : stderr.replace(/\n$/, '').split('\n');
  return { code, stdout: stdout.split(`${dir}/`).join(''), lines: lines.map((line) => line.split(`${dir}/`).join('')) };
}
