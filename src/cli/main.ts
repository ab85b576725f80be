import { existsSync } from 'node:fs';
import meow from 'meow';
import { didYouMean } from '../engine/index.js';
import { ScenarioError } from '../scenario/index.js';
import { COMMANDS, checkArguments, FLAG_TYPES, refuseFlagsNotFor } from './arguments.js';
import { checkCommand, runCommand } from './commands.js';
import { FORMATS, type Format, isFormat } from './formats.js';
import type { Io } from './output.js';
import { UsageError } from './usage.js';

const looksLikeScenario = (arg: string) => /\.ya?ml$/i.test(arg) || existsSync(arg);

const DEFAULT_SCENARIO = 'scenarios/baseline.yaml';

const HELP = `
  Usage
    $ nhs-whatif [FILE]                        open FILE (default ${DEFAULT_SCENARIO}) in the terminal UI
    $ nhs-whatif run FILE [--set name=value]…  evaluate a scenario and print every cell
    $ nhs-whatif check FILE…                   validate scenario files (exit 0 if all are valid, 1 if not)
    $ nhs-whatif compare FILE FILE [FILE…]     scenarios side by side, with differences from the first

  Options
    --set name=value   run: change an input for this run (repeatable); value like 0.03 or 3%
    --format FORMAT    run, compare: table (default), json, csv or md
    --cells a,b,…      compare: only these cells, series shown for every year
    --help             show this help
    --version          show the version

  Examples
    $ nhs-whatif run scenarios/baseline.yaml --set budget_growth=0.03
    $ nhs-whatif run scenarios/baseline.yaml --format json
    $ nhs-whatif check scenarios/*.yaml
    $ nhs-whatif compare scenarios/baseline.yaml scenarios/higher-growth.yaml --format md

  Exit codes
    0 success; 1 a scenario file has problems or a cell fails (each shown as file:line:col);
    2 the command was called wrongly (unknown command or option, missing value, bad --set)
`;

function formatFlag(value: string | undefined): Format {
  if (value === undefined) return 'table';
  if (!isFormat(value)) throw new UsageError(`--format ${value}: choose one of ${FORMATS.join(', ')}`);
  return value;
}

const EXAMPLE_FILES = [DEFAULT_SCENARIO, 'scenarios/higher-growth.yaml'];

function needFiles(command: string, files: readonly string[], count: 1 | 2): void {
  if (files.length >= count) return;
  const what = count === 1 ? 'a scenario file' : `at least ${count} scenario files`;
  throw new UsageError(`${command} needs ${what}, e.g. nhs-whatif ${command} ${EXAMPLE_FILES.slice(0, count).join(' ')}`);
}

async function dispatch(args: readonly string[], io: Io): Promise<number> {
  const given = checkArguments(args).flags;
  const cli = meow(HELP, {
    importMeta: import.meta,
    argv: args,
    autoHelp: false,
    autoVersion: false,
    allowUnknownFlags: false,
    flags: FLAG_TYPES,
  });
  if (given.includes('help')) {
    io.out(`${cli.help}\n`);
    return 0;
  }
  if (given.includes('version')) {
    io.out(`${cli.pkg.version}\n`);
    return 0;
  }
  const [command, ...files] = cli.input;
  switch (command) {
    case 'run': {
      refuseFlagsNotFor('run', given);
      const format = formatFlag(cli.flags.format);
      needFiles('run', files, 1);
      if (files.length > 1) throw new UsageError(`run takes one scenario file; to compare several use nhs-whatif compare ${files.join(' ')}`);
      return runCommand(files[0]!, cli.flags.set ?? [], format, io);
    }
    case 'check':
      refuseFlagsNotFor('check', given);
      needFiles('check', files, 1);
      return checkCommand(files, io);
    case 'compare': {
      refuseFlagsNotFor('compare', given);
      const format = formatFlag(cli.flags.format);
      needFiles('compare', files, 2);
      const { compareCommand } = await import('./compare.js');
      return compareCommand(files, { format, cells: cli.flags.cells }, io);
    }
    default: {
      if (command !== undefined && (files.length > 0 || !looksLikeScenario(command))) {
        throw new UsageError(`unknown command "${command}"${didYouMean(command, COMMANDS)}; see nhs-whatif --help`);
      }
      refuseFlagsNotFor('tui', given);
      if ('NO_COLOR' in process.env && process.env.NO_COLOR !== '') process.env.FORCE_COLOR = '0';
      const { startTui } = await import('../tui/start.js');
      return startTui(command ?? DEFAULT_SCENARIO);
    }
  }
}

/**
 * The command line, given its arguments: prints to `io` and resolves to the exit code. A problem with a scenario
 * file is exit 1, a command called wrongly exit 2; nothing reaches the user as a stack trace.
 */
export async function runCli(args: readonly string[], io: Io): Promise<number> {
  try {
    return await dispatch(args, io);
  } catch (error) {
    if (error instanceof ScenarioError) {
      io.err(`${error.message}\n`);
      return 1;
    }
    if (error instanceof UsageError) {
      io.err(`nhs-whatif: ${error.message}\n`);
      return 2;
    }
    io.err(`nhs-whatif: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 70;
  }
}
