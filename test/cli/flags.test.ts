import { describe, expect, it } from 'vitest';
import { cli } from './cli.js';

const BASELINE = 'scenarios/baseline.yaml';
const HIGHER = 'scenarios/higher-growth.yaml';

/** The command prints nothing on stdout, exactly `message` on stderr, and exits 2. */
const refused = async (args: string[], message: string) => {
  const { code, stdout, stderr } = await cli(...args);
  expect(stdout).toBe('');
  expect(stderr).toBe(`nhs-whatif: ${message}\n`);
  expect(code).toBe(2);
};

describe('a flag without its value is refused with exit code 2', () => {
  it('--set at the end', () => refused(['run', BASELINE, '--set'], '--set needs a name=value, e.g. --set budget_growth=0.03'));
  it('--set followed by another flag', () =>
    refused(['run', BASELINE, '--set', '--format', 'json'], '--set needs a name=value, e.g. --set budget_growth=0.03'));
  it('--format at the end', () => refused(['run', BASELINE, '--format'], '--format needs a format: table, json, csv, md or xlsx'));
  it('--format= with nothing after it', () => refused(['run', BASELINE, '--format='], '--format needs a format: table, json, csv, md or xlsx'));
  it('--format followed by --set', () =>
    refused(['run', BASELINE, '--format', '--set', 'budget_growth=0.03'], '--format needs a format: table, json, csv, md or xlsx'));
  it('--cells at the end', () =>
    refused(['compare', BASELINE, HIGHER, '--cells'], '--cells needs cell names separated by commas, e.g. --cells cumulative_extra_to_private,private_share'));
  it('--set with no name before =', () =>
    refused(
      ['run', BASELINE, '--set', '=1'],
      "--set =1: the input's name is missing before =; inputs are: private_spend_base, private_share_base, marginal_private_share, budget_growth, horizon_years",
    ));
  it('--set with no value after =', () =>
    refused(
      ['run', BASELINE, '--set', 'budget_growth='],
      '--set budget_growth=: the value is missing after =; write e.g. --set budget_growth=0.03 or --set budget_growth=3%',
    ));
  it('a negative value is still a value', async () => {
    const { code, stdout } = await cli('run', BASELINE, '--set', 'budget_growth=-0.01', '--format', 'json');
    expect(JSON.parse(stdout).cells.budget_growth).toEqual({ value: -0.01 });
    expect(code).toBe(0);
  });
});

describe('a flag the command does not take is refused, naming the commands that do', () => {
  it('check --set', () => refused(['check', BASELINE, '--set', 'budget_growth=0.03'], '--set is only for run; check does not take it'));
  it('check --format', () =>
    refused(['check', BASELINE, '--format', 'json'], '--format is only for run, compare, solve, table, tornado, explain and simulate; check does not take it'));
  it('run --cells', () => refused(['run', BASELINE, '--cells', 'budget'], '--cells is only for compare; run does not take it'));
  it('compare --set, with what to do instead', () =>
    refused(
      ['compare', BASELINE, HIGHER, '--set', 'budget_growth=0.03'],
      '--set is only for run; compare shows each scenario as saved: to compare a changed input, save it in a scenario file that extends the other',
    ));
  it('the terminal UI with --format', () =>
    refused(
      [BASELINE, '--format', 'json'],
      '--format is only for run, compare, solve, table, tornado, explain and simulate; the terminal UI takes just a scenario file',
    ));
  it('--format given twice', () => refused(['run', BASELINE, '--format', 'json', '--format', 'csv'], '--format is given twice; give it once'));
  it('--help with a value', () => refused(['run', BASELINE, '--help=yes'], '--help takes no value'));
});

describe('an unknown option is refused by name, with a suggestion when one is close', () => {
  it('a typo of --format', () => refused(['run', BASELINE, '--frmat', 'json'], 'unknown option --frmat (did you mean --format?)'));
  it('a different case', () => refused(['run', BASELINE, '--Format', 'json'], 'unknown option --Format (did you mean --format?)'));
  it('nothing close', () =>
    refused(['run', BASELINE, '--bogus'], 'unknown option --bogus; run takes --set, --real, --strict, --format, --output, --help, --version'));
  it('a negated flag', () =>
    refused(['run', BASELINE, '--no-set'], 'unknown option --no-set; run takes --set, --real, --strict, --format, --output, --help, --version'));
  it('a group of short options, as typed', () =>
    refused(['run', BASELINE, '-abc'], 'unknown option -abc; run takes --set, --real, --strict, --format, --output, --help, --version'));
});

describe('too few files', () => {
  it('compare with one file shows an example with two', () =>
    refused(['compare', BASELINE], 'compare needs at least 2 scenario files, e.g. nhs-whatif compare scenarios/baseline.yaml scenarios/higher-growth.yaml'));
  it('check with none', () => refused(['check'], 'check needs a scenario file, e.g. nhs-whatif check scenarios/baseline.yaml'));
});

describe('--help and --version work after a command', () => {
  it('run FILE --help prints the help of run, with its options, and exits 0', async () => {
    const { code, stdout } = await cli('run', BASELINE, '--help');
    expect(stdout).toContain('$ nhs-whatif run FILE [--set name=value]…');
    expect(stdout).toMatch(/--set name=value +change an input for this run/);
    expect(stdout).not.toContain('--cells');
    expect(code).toBe(0);
  });
  it('every command has an example in its help', async () => {
    const { COMMAND_NAMES } = await import('../../src/cli/commands/index.js');
    for (const name of COMMAND_NAMES) expect((await cli(name, '--help')).stdout, name).toMatch(new RegExp(`  Examples\n    \\$ nhs-whatif ${name} `));
  });
  it('run with a stray word says which word is no scenario file, and how --set is written', async () => {
    expect((await cli('run', BASELINE, '--set', 'budget_growth', '=', '3%')).stderr).toBe(
      'nhs-whatif: run takes one scenario file, and "=" is not one; a change is --set name=value without spaces, e.g. --set budget_growth=3%\n',
    );
    expect((await cli('run', BASELINE, 'extra')).stderr).toBe('nhs-whatif: run takes one scenario file, and "extra" is not one\n');
    expect((await cli('run', BASELINE, HIGHER)).stderr).toBe(
      `nhs-whatif: run takes one scenario file; to compare several use nhs-whatif compare ${BASELINE} ${HIGHER}\n`,
    );
  });
  it('--help alone lists every command and every option', async () => {
    const { stdout } = await cli('--help');
    expect(stdout).toContain('--cells a,b,…');
    expect(stdout).toContain('$ nhs-whatif solve FILE --for INPUT --target FORMULA --equals VALUE');
  });
  it('check --version prints the version and exits 0', async () => {
    expect(await cli('check', '--version')).toMatchObject({ code: 0, stdout: '0.1.0\n' });
  });
});
