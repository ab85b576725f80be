import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from './cli.js';

/** The README's example session: each `$ npx nhs-whatif …` line and the output shown under it. */
function exampleSession(): { args: string[]; shown: string }[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Example session'));
  const block = /```console\n([\s\S]*?)```/.exec(section)![1]!;
  return block
    .split(/^\$ npx nhs-whatif /m)
    .slice(1)
    .map((part) => {
      const [line, ...output] = part.split('\n');
      return { args: words(line!), shown: output.join('\n').trim() };
    });
}

/** Splits a command line into words, with double quotes grouping as a shell does. */
const words = (line: string): string[] => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);

describe("the README's example session", () => {
  const session = exampleSession();

  it('has the commands a reader would try first', () => {
    expect(session.map(({ args }) => args[0])).toEqual(expect.arrayContaining(['run', 'compare', 'solve', 'table', 'explain']));
  });

  it.each(session.map(({ args, shown }) => [args.join(' '), args, shown] as const))('prints what it shows: %s', async (_, args, shown) => {
    const { stdout, stderr } = await cli(...args);
    expect(`${stdout}${stderr}`.trim()).toBe(shown);
  });
});
