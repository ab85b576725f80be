import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_FORMAT, FORMATS, type Format, formatForFile, isFormat, RENDERERS } from '../tables/formats.js';
import { UsageError } from './usage.js';

/** Where the output goes and in which format: the terminal, or a file named by --output. */
export interface Destination {
  readonly format: Format;
  /** The file to write, or undefined for the terminal. */
  readonly file?: string;
}

const isFolder = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

/**
 * Checks an output file (`--output`, or the file another flag names) before any work is done: the file's folder must
 * exist, the file must not be a folder, and it must not be one of the scenario files read. Throws UsageError.
 */
export function checkOutputFile(file: string, inputs: readonly string[], flag = '--output'): void {
  if (isFolder(file))
    throw new UsageError(`${flag} ${file} is a folder; name a file in it, e.g. ${flag} ${join(file, flag === '--output' ? 'report.md' : 'scenario.xlsx')}`);
  const folder = dirname(file);
  if (!isFolder(folder)) throw new UsageError(`${flag} ${file}: there is no folder ${folder}; create it first or name a file in an existing folder`);
  if (inputs.some((input) => resolve(input) === resolve(file))) {
    throw new UsageError(`${flag} ${file} is a scenario file this command reads; writing it would replace the scenario`);
  }
}

/**
 * The format --format names (default table) or, with --output and no --format, the one the file's ending names
 * (`report.md` is Markdown). A binary format needs --output: it is never written to a terminal. Throws UsageError.
 */
export function destinationOf(format: string | undefined, output: string | undefined, inputs: readonly string[]): Destination {
  if (format !== undefined && !isFormat(format)) throw new UsageError(`--format ${format}: choose one of ${FORMATS.join(', ')}`);
  if (output === undefined) {
    const chosen = format ?? DEFAULT_FORMAT;
    if (RENDERERS[chosen].binary) throw new UsageError(`--format ${chosen} is a binary format: give --output FILE to write it to a file`);
    return { format: chosen };
  }
  checkOutputFile(output, inputs);
  return { format: format ?? formatForFile(output) ?? DEFAULT_FORMAT, file: output };
}
