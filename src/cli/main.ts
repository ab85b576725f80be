import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { didYouMean } from '../engine/suggest.js';
import { ScenarioError } from '../scenario/problem.js';
import { checkArguments, refuseFlagsNotFor } from './arguments.js';
import { COMMAND_NAMES, COMMANDS, type CommandName, isCommandName } from './commands/index.js';
import { deliver, WriteError } from './deliver.js';
import { type Destination, destinationOf } from './destination.js';
import { type FlagValues, textFlag } from './flags.js';
import { commandHelpText, helpText } from './help.js';
import type { Io } from './io.js';
import { defaultScenario, packageInfo } from './package-info.js';
import { UsageError } from './usage.js';

// Only what every start needs is imported here: each command's code, and the terminal UI, load when they run.

const looksLikeScenario = (arg: string) => /\.ya?ml$/i.test(arg) || existsSync(arg);

const EXAMPLE_FILES = ['scenarios/baseline.yaml', 'scenarios/higher-growth.yaml'];

function checkFileCount(name: CommandName, files: readonly string[]): void {
  const { min, max, tooMany } = COMMANDS[name].files;
  if (files.length < min) {
    const what = min === 1 ? 'a scenario file' : `at least ${min} scenario files`;
    throw new UsageError(`${name} needs ${what}, e.g. nhs-whatif ${name} ${EXAMPLE_FILES.slice(0, min).join(' ')}`);
  }
  if (max !== undefined && files.length > max) throw new UsageError(tooMany?.(files) ?? `${name} takes at most ${max} scenario files`);
}

/** An --output that is the file --save or --xlsx names: one would replace the other. Refused before any work. */
function refuseOutputWrittenTwice(destination: Destination, flags: FlagValues): void {
  if (destination.file === undefined) return;
  for (const flag of ['save', 'xlsx']) {
    const other = textFlag(flags, flag);
    if (other !== undefined && resolve(other) === resolve(destination.file))
      throw new UsageError(`--output ${destination.file} is also the file --${flag} writes; name another file for --output`);
  }
}

async function runCommand(name: CommandName, files: readonly string[], given: readonly string[], flags: FlagValues, io: Io): Promise<number> {
  refuseFlagsNotFor(name, given);
  // A command that writes a folder of files checks its --output itself; what it prints goes to the terminal.
  const folder = COMMANDS[name].outputFolder === true;
  const destination = await destinationOf(textFlag(flags, 'format'), folder ? undefined : textFlag(flags, 'output'), files);
  refuseOutputWrittenTwice(destination, flags);
  checkFileCount(name, files);
  const command = await COMMANDS[name].load();
  const outcome = await command.run({ files, flags });
  await deliver(outcome, destination, io);
  return outcome.exitCode;
}

async function dispatch(args: readonly string[], io: Io): Promise<number> {
  const { positionals, given, values } = checkArguments(args);
  if (given.includes('help')) {
    const [name] = positionals;
    io.out(name !== undefined && isCommandName(name) ? commandHelpText(name) : helpText());
    return 0;
  }
  if (given.includes('version')) {
    io.out(`${packageInfo().version}\n`);
    return 0;
  }
  const [name, ...files] = positionals;
  if (name !== undefined && isCommandName(name)) return runCommand(name, files, given, values, io);
  if (name !== undefined && (files.length > 0 || !looksLikeScenario(name))) {
    throw new UsageError(`unknown command "${name}"${didYouMean(name, COMMAND_NAMES)}; see nhs-whatif --help`);
  }
  refuseFlagsNotFor('tui', given);
  if ('NO_COLOR' in process.env && process.env.NO_COLOR !== '') process.env.FORCE_COLOR = '0';
  const { startTui } = await import('../tui/start.js');
  return startTui(name ?? defaultScenario());
}

/**
 * The command line, given its arguments: prints to `io` and resolves to the exit code. A problem with a scenario
 * file, or an output file that cannot be written, is exit 1; a command called wrongly exit 2; nothing reaches the
 * user as a stack trace.
 */
export async function runCli(args: readonly string[], io: Io): Promise<number> {
  try {
    return await dispatch(args, io);
  } catch (error) {
    if (error instanceof ScenarioError) {
      io.err(`${error.message}\n`);
      return 1;
    }
    if (error instanceof WriteError) {
      io.err(`nhs-whatif: ${error.message}\n`);
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
