import { type ParseArgsConfig, parseArgs } from 'node:util';
import { closestName } from '../engine/index.js';
import { UsageError } from './usage.js';

export const COMMANDS = ['run', 'check', 'compare'] as const;
export type CommandName = (typeof COMMANDS)[number];
/** What was asked for: one of the commands, or the terminal UI (`nhs-whatif [FILE]`). */
export type Invocation = CommandName | 'tui';

interface Flag {
  /** The commands the flag applies to; --help and --version apply everywhere. */
  readonly commands?: readonly CommandName[];
  /** Says what the value should be, when the flag takes one. */
  readonly needs?: string;
  readonly repeatable?: boolean;
  /** Why a command that does not take the flag refuses it, when that needs more than naming the commands. */
  readonly refusal?: Partial<Record<Invocation, string>>;
}

const FLAGS: Record<string, Flag> = {
  set: {
    commands: ['run'],
    needs: 'a name=value, e.g. --set budget_growth=0.03',
    repeatable: true,
    refusal: { compare: 'compare shows each scenario as saved: to compare a changed input, save it in a scenario file that extends the other' },
  },
  format: { commands: ['run', 'compare'], needs: 'a format: table, json, csv or md' },
  cells: { commands: ['compare'], needs: 'cell names separated by commas, e.g. --cells cumulative_extra_to_private,private_share' },
  help: {},
  version: {},
};

/** The flags' types, as meow parses them; the strict check below reads the same table. */
export const FLAG_TYPES = {
  set: { type: 'string', isMultiple: true },
  format: { type: 'string' },
  cells: { type: 'string' },
  help: { type: 'boolean' },
  version: { type: 'boolean' },
} as const;

const PARSE_OPTIONS: NonNullable<ParseArgsConfig['options']> = Object.fromEntries(
  Object.entries(FLAG_TYPES).map(([name, flag]) => [name, { type: flag.type, multiple: 'isMultiple' in flag }]),
);

const FLAG_NAMES = Object.keys(FLAGS);
const list = (names: readonly string[]) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join(''));

export interface CheckedArguments {
  readonly positionals: readonly string[];
  /** The flags given, each once, in the order first given. */
  readonly flags: readonly string[];
}

/**
 * Checks the raw arguments strictly: meow (yargs-parser) drops a missing value, and accepts `--no-set`,
 * `--set.x`, `--Format` and unknown flags in ways that would silently change what runs. After this, meow only
 * ever sees known flags, each with a value where it needs one. Throws UsageError.
 */
export function checkArguments(args: readonly string[]): CheckedArguments {
  const { tokens } = parseArgs({
    args: [...args],
    options: PARSE_OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const positionals: string[] = [];
  const flags: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const flag = FLAGS[token.name];
    if (!flag) {
      // A group of short options like -abc is shown as typed, not as its first letter.
      const written = token.rawName.startsWith('--') ? token.rawName : args[token.index]!.replace(/=.*$/, '');
      const suggestion = closestName(written.replace(/^-+/, ''), FLAG_NAMES);
      throw new UsageError(
        `unknown option ${written}${suggestion ? ` (did you mean --${suggestion}?)` : `; options are ${FLAG_NAMES.map((name) => `--${name}`).join(', ')}`}`,
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
    if (flags.includes(token.name)) {
      if (!flag.repeatable) throw new UsageError(`${token.rawName} is given twice; give it once`);
    } else flags.push(token.name);
  }
  return { positionals, flags };
}

/** Refuses any given flag that does not apply to `mode`, saying which commands take it. Throws UsageError. */
export function refuseFlagsNotFor(mode: Invocation, flags: readonly string[]): void {
  for (const name of flags) {
    const { commands, refusal } = FLAGS[name]!;
    if (!commands || (mode !== 'tui' && commands.includes(mode))) continue;
    const where = mode === 'tui' ? 'the terminal UI takes just a scenario file' : `${mode} does not take it`;
    throw new UsageError(`--${name} is only for ${list(commands)}; ${refusal?.[mode] ?? where}`);
  }
}
