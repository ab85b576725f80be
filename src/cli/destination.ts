import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ScenarioError } from '../scenario/problem.js';
import { DEFAULT_FORMAT, FORMATS, type Format, formatForFile, isFormat, RENDERERS } from '../tables/formats.js';
import { WriteError } from './deliver.js';
import { UsageError } from './usage.js';

/** Where the output goes and in which format: the terminal, or a file named by --output. */
export interface Destination {
  readonly format: Format;
  /** The file to write, or undefined for the terminal. */
  readonly file?: string;
}

const isFolder = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

/**
 * The scenario files read for `inputs`: each, and the files it extends. Only an existing YAML file can be one of
 * them, so only then are they loaded (and the loader with them); a file that does not load is the command's to report.
 */
async function scenarioFilesRead(inputs: readonly string[], output: string): Promise<string[]> {
  if (!/\.ya?ml$/i.test(output) || !existsSync(output)) return [...inputs];
  const { loadScenario } = await import('../scenario/load.js');
  return inputs.flatMap((input) => {
    try {
      return [input, ...loadScenario(input).extendedFiles];
    } catch (error) {
      if (error instanceof ScenarioError) return [input];
      throw error;
    }
  });
}

/**
 * Checks an output file (`--output`, or the file another flag names) before any work is done: the file's folder must
 * exist and the file must not be a folder (else it cannot be written: WriteError, exit 1), and it must not be one of
 * the scenario files read, a file they extend included (UsageError, exit 2).
 */
export async function checkOutputFile(file: string, inputs: readonly string[], flag = '--output'): Promise<void> {
  if (isFolder(file))
    throw new WriteError(`${flag} ${file} is a folder; name a file in it, e.g. ${flag} ${join(file, flag === '--output' ? 'report.md' : 'scenario.xlsx')}`);
  const folder = dirname(file);
  if (!isFolder(folder)) throw new WriteError(`${flag} ${file}: there is no folder ${folder}; create it first or name a file in an existing folder`);
  if ((await scenarioFilesRead(inputs, file)).some((input) => resolve(input) === resolve(file))) {
    throw new UsageError(`${flag} ${file} is a scenario file this command reads; writing it would replace the scenario`);
  }
}

/**
 * The format --format names (default table) or, with --output and no --format, the one the file's ending names
 * (`report.md` is Markdown; `report.pdf` is refused). A binary format needs --output: it is never written to a terminal.
 * Throws UsageError.
 */
export async function destinationOf(format: string | undefined, output: string | undefined, inputs: readonly string[]): Promise<Destination> {
  if (format !== undefined && !isFormat(format)) throw new UsageError(`--format ${format}: choose one of ${FORMATS.join(', ')}`);
  if (output === undefined) {
    const chosen = format ?? DEFAULT_FORMAT;
    if (RENDERERS[chosen].binary) throw new UsageError(`--format ${chosen} is a binary format: give --output FILE to write it to a file`);
    return { format: chosen };
  }
  await checkOutputFile(output, inputs);
  return { format: format ?? formatOfEnding(output), file: output };
}

/** The format a file's ending names; a name without an ending is the default, an ending that is no format is refused. */
function formatOfEnding(file: string): Format {
  const named = formatForFile(file);
  if (named !== undefined) return named;
  const ending = /\.[^./\\]+$/.exec(file)?.[0];
  if (ending === undefined) return DEFAULT_FORMAT;
  const endings = FORMATS.flatMap((each) => RENDERERS[each].extensions);
  throw new UsageError(`--output ${file}: ${ending} is not an output format; end the name in ${endings.join(', ')}, or give --format (${FORMATS.join(', ')})`);
}
