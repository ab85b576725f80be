import { type ParseArgsConfig, parseArgs } from 'node:util';
import { closestName } from '../engine/suggest.js';
import { COMMAND_NAMES, COMMANDS, type CommandName, isCommandName } from './commands/index.js';
import { type Flag, type FlagValues, GENERAL_FLAGS, listed } from './flags.js';
import { UsageError } from './usage.js';

/** What was asked for: one of the commands, or the terminal UI (`nhs-whatif [FILE]`). */
export type Invocation = CommandName | 'tui';

const commandsTaking = (name: string): CommandName[] => COMMAND_NAMES.filter((command) => Object.hasOwn(COMMANDS[command].flags, name));

/** Every flag any command takes, those every command takes last, then --help and --version. */
export const ALL_FLAGS: Readonly<Record<string, Flag>> = (() => {
  const byName = new Map<string, Flag>();
  // The first command's description of a flag is the one the help gives (report's --output DIR is its own help's).
  for (const command of COMMAND_NAMES) for (const [name, flag] of Object.entries(COMMANDS[command].flags)) if (!byName.has(name)) byName.set(name, flag);
  const everywhere = (name: string) => commandsTaking(name).length === COMMAND_NAMES.length;
  const names = [...byName.keys()].sort((a, b) => Number(everywhere(a)) - Number(everywhere(b)));
  return { ...Object.fromEntries(names.map((name) => [name, byName.get(name)!])), ...GENERAL_FLAGS };
})();

const FLAG_NAMES = Object.keys(ALL_FLAGS);

const PARSE_OPTIONS: NonNullable<ParseArgsConfig['options']> = Object.fromEntries(
  Object.entries(ALL_FLAGS).map(([name, flag]) => [name, { type: flag.type, multiple: flag.repeatable === true }]),
);

export interface CheckedArguments {
  readonly positionals: readonly string[];
  /** The flags given, each once, in the order first given. */
  readonly given: readonly string[];
  readonly values: FlagValues;
}

/**
 * Checks the raw arguments strictly and parses them. A loose parser drops a missing value and accepts `--no-set`,
 * `--set.x`, `--Format` or an unknown flag in ways that would silently change what runs; here each flag must be
 * known, have a value where it needs one, and be given once unless it is repeatable. Throws UsageError.
 */
export function checkArguments(args: readonly string[]): CheckedArguments {
  const { tokens, values } = parseArgs({
    args: [...args],
    options: PARSE_OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const positionals: string[] = [];
  const given: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const flag = ALL_FLAGS[token.name];
    if (!flag) {
      // A group of short options like -abc is shown as typed, not as its first letter.
      const written = token.rawName.startsWith('--') ? token.rawName : args[token.index]!.replace(/=.*$/, '');
      const command = tokens.find((each) => each.kind === 'positional')?.value;
      const known = command !== undefined && isCommandName(command) ? [...Object.keys(COMMANDS[command].flags), ...Object.keys(GENERAL_FLAGS)] : FLAG_NAMES;
      const suggestion = closestName(written.replace(/^-+/, ''), known);
      const options = known.map((name) => `--${name}`).join(', ');
      throw new UsageError(
        `unknown option ${written}${suggestion ? ` (did you mean --${suggestion}?)` : command !== undefined && isCommandName(command) ? `; ${command} takes ${options}` : `; options are ${options}`}`,
      );
    }
    if (flag.needs === undefined) {
      if (token.value !== undefined) throw new UsageError(`${token.rawName} takes no value`);
    } else {
      // Without a value, parseArgs takes the next flag as the value; a negative number is a value.
      const value = token.value;
      const missing = value === undefined || value.trim() === '' || (!token.inlineValue && /^-(?![\d.])/.test(value));
      if (missing) throw new UsageError(`${token.rawName} needs ${flag.needs}`);
    }
    if (given.includes(token.name)) {
      if (!flag.repeatable) throw new UsageError(`${token.rawName} is given twice; give it once`);
    } else given.push(token.name);
  }
  return { positionals, given, values };
}

/** Refuses any given flag that `invocation` does not take, saying which commands take it. Throws UsageError. */
export function refuseFlagsNotFor(invocation: Invocation, given: readonly string[]): void {
  for (const name of given) {
    if (Object.hasOwn(GENERAL_FLAGS, name)) continue;
    if (invocation !== 'tui' && Object.hasOwn(COMMANDS[invocation].flags, name)) continue;
    const refusal =
      invocation === 'tui' ? 'the terminal UI takes just a scenario file' : (COMMANDS[invocation].refusals?.[name] ?? `${invocation} does not take it`);
    throw new UsageError(`--${name} is ${whoTakes(name)}; ${refusal}`);
  }
}

/** `only for run and compare`, `for every command`, or `for every command but check`. */
function whoTakes(name: string): string {
  const taking = commandsTaking(name);
  const others = COMMAND_NAMES.filter((command) => !taking.includes(command));
  if (others.length === 0) return 'for every command';
  if (taking.length > 3 && others.length <= 2) return `for every command but ${listed(others)}`;
  return `only for ${listed(taking)}`;
}

/** The commands that take the flag, as the help introduces its line (`run, compare:`); nothing when every command takes it. */
export function takenBy(name: string): string {
  const commands = commandsTaking(name);
  return commands.length === 0 || commands.length === COMMAND_NAMES.length ? '' : `${commands.join(', ')}: `;
}
