import { ALL_FLAGS, takenBy } from './arguments.js';
import { COMMAND_NAMES, COMMANDS, type CommandName } from './commands/index.js';
import { packageInfo } from './package-info.js';

const DEFAULT_SCENARIO = 'scenarios/baseline.yaml';

const EXAMPLES = `  Examples
    $ nhs-whatif run scenarios/baseline.yaml --set budget_growth=3%
    $ nhs-whatif run scenarios/baseline.yaml --format json
    $ nhs-whatif check scenarios/*.yaml
    $ nhs-whatif compare scenarios/baseline.yaml scenarios/higher-growth.yaml --output comparison.md

  Exit codes
    0 success; 1 a scenario file has problems or a cell fails (each shown as file:line:col), or the output file
    could not be written; 2 the command was called wrongly (unknown command or option, missing value, bad --set)`;

/** One command's help: its usage, its flags and examples, from its spec. */
export function commandHelpText(name: CommandName): string {
  const spec = COMMANDS[name];
  const flags = Object.entries({ ...spec.flags, help: ALL_FLAGS.help! });
  const flagWidth = Math.max(...flags.map(([, flag]) => flag.label.length)) + 3;
  const examples = spec.examples ?? [];
  return [
    '',
    `  ${spec.summary}`,
    '',
    '  Usage',
    `    $ nhs-whatif ${spec.usage}`,
    '',
    '  Options',
    ...flags.map(([, flag]) => `    ${flag.label.padEnd(flagWidth)}${flag.help}`),
    ...(examples.length > 0 ? ['', '  Examples', ...examples.map((example) => `    $ ${example}`)] : []),
    '',
    '  Exit codes',
    '    0 success; 1 a scenario file has problems, a cell or the analysis fails, or a file could not be written;',
    '    2 the command was called wrongly',
    '',
    '',
  ].join('\n');
}

/** The help: every command and flag from the registry, in aligned columns. */
export function helpText(): string {
  const usages: [string, string][] = [
    ['[FILE]', `open FILE (default ${DEFAULT_SCENARIO}) in the terminal UI`],
    ...COMMAND_NAMES.map((name): [string, string] => [COMMANDS[name].usage, COMMANDS[name].summary]),
  ];
  const usageWidth = Math.max(...usages.map(([usage]) => usage.length)) + 2;
  const flags = Object.entries(ALL_FLAGS);
  const flagWidth = Math.max(...flags.map(([, flag]) => flag.label.length)) + 3;
  return [
    '',
    `  ${packageInfo().description}`,
    '',
    '  Usage',
    ...usages.map(([usage, summary]) => `    $ nhs-whatif ${usage.padEnd(usageWidth)}${summary}`),
    '',
    '  Options',
    ...flags.map(([name, flag]) => `    ${flag.label.padEnd(flagWidth)}${takenBy(name)}${flag.help}`),
    '',
    EXAMPLES,
    '',
    '',
  ].join('\n');
}
