import { check } from './check/spec.js';
import { compare } from './compare/spec.js';
import { explain } from './explain/spec.js';
import { exportWorkbook } from './export/spec.js';
import { report } from './report/spec.js';
import { run } from './run/spec.js';
import { simulate } from './simulate/spec.js';
import { solve } from './solve/spec.js';
import type { CommandSpec } from './spec.js';
import { table } from './table/spec.js';
import { tornado } from './tornado/spec.js';

/** Every command, by name, in the order the help lists them. A new command is one folder and one line here. */
export const COMMANDS = {
  run,
  check,
  compare,
  solve,
  table,
  tornado,
  explain,
  simulate,
  export: exportWorkbook,
  report,
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;
export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];
export const isCommandName = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name);
