import { DEFAULT_FORMAT, FORMATS } from '../tables/formats.js';

/** A command-line flag: how it is parsed, shown in the help, and refused without its value. */
export interface Flag {
  readonly type: 'string' | 'boolean';
  /** As the help shows it, e.g. `--set name=value`. */
  readonly label: string;
  readonly help: string;
  /** What the value should be, said when it is missing. */
  readonly needs?: string;
  readonly repeatable?: boolean;
}

/** The flags given, by name: a string, a list of strings for a repeatable flag, or true. */
export type FlagValues = Readonly<Record<string, string | boolean | readonly (string | boolean)[] | undefined>>;

/** The value of a flag that takes one, if given. */
export const textFlag = (values: FlagValues, name: string): string | undefined => {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
};

/** Every value of a repeatable flag, in the order given. */
export const listFlag = (values: FlagValues, name: string): string[] => {
  const value = values[name];
  return (Array.isArray(value) ? value : [value]).filter((each): each is string => typeof each === 'string');
};

/** `a, b and c`, or `a, b or c`. */
export const listed = (names: readonly string[], last = 'and'): string =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} ${last} ${names.at(-1)}` : names.join('');

export const FORMAT: Flag = {
  type: 'string',
  label: '--format FORMAT',
  help: `${DEFAULT_FORMAT} (default), ${listed(
    FORMATS.filter((format) => format !== DEFAULT_FORMAT),
    'or',
  )}`,
  needs: `a format: ${listed(FORMATS, 'or')}`,
};

export const OUTPUT: Flag = {
  type: 'string',
  label: '--output FILE',
  help: 'write to FILE (whole, or not at all) instead of the terminal; .md .csv .json .txt .xlsx pick the format',
  needs: 'a file name, e.g. --output report.md',
};

/** Money in the base year's prices, through the scenario's deflator (run and compare). */
export const REAL: Flag = {
  type: 'boolean',
  label: '--real',
  help: "money in the base year's prices, through the scenario's deflator (default: cash)",
};

/** What an analysis shows (table, tornado, explain): formulas of the scenario's cells. */
export const SHOW: Flag = {
  type: 'string',
  label: '--show FORMULA',
  help: 'what to show: a formula of the scenario\'s cells giving one number, e.g. "last(private_share)" (repeatable)',
  needs: 'a formula, e.g. --show "last(private_share)"',
  repeatable: true,
};

/** --help and --version, which every command takes. */
export const GENERAL_FLAGS: Readonly<Record<string, Flag>> = {
  help: { type: 'boolean', label: '--help', help: 'show this help' },
  version: { type: 'boolean', label: '--version', help: 'show the version' },
};
