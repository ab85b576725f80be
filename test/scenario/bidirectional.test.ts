import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { showControls } from '../../src/engine/index.js';
import { cli } from '../cli/cli.js';
import { checkFiles } from './check-folder.js';
import { folderWith } from './helpers.js';

/** The embedding, override and isolate characters: each can make text display in another order than it is read. */
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
const RAW_BIDI = /[\u202a-\u202e\u2066-\u2069]/;
const code = (char: string) => char.charCodeAt(0).toString(16).toUpperCase();

describe('bidirectional control characters are treated like control characters', () => {
  it.each(BIDI.map((char) => [code(char), char]))('U+%s in a description is refused at its place', async (hex, char) => {
    const text = `name: Bidi\nbase_year: "2015/16"\ninputs:\n  budget:\n    value: 1\n    description: "pay ${char}0001 gbp"\n`;
    const { code: exit, lines } = await checkFiles({ 's.yaml': text });
    expect(lines).toEqual([
      `s.yaml:6:18: inputs.budget.description: description contains a bidirectional control character, which can make text display misleadingly (U+${hex}); remove it`,
    ]);
    expect(exit).toBe(1);
  });

  it('in the name, a source or a formula too', async () => {
    const text = `name: "Safe \u202eelif"\nbase_year: "2015/16"\ninputs:\n  budget:\n    value: 1\n    source: "\u2066x\u2069"\nformulas:\n  doubled: "budget * 2 \u202d"\n`;
    const { code: exit, lines } = await checkFiles({ 's.yaml': text });
    expect(lines).toEqual([
      's.yaml:1:7: name: name contains a bidirectional control character, which can make text display misleadingly (U+202E); remove it',
      's.yaml:6:13: inputs.budget.source: source contains a bidirectional control character, which can make text display misleadingly (U+2066); remove it',
      's.yaml:8:12: formulas.doubled.formula: formula contains a bidirectional control character, which can make text display misleadingly (U+202D); remove it',
    ]);
    expect(exit).toBe(1);
  });

  it('a cell name that holds one is refused, and shown escaped', async () => {
    const { code: exit, lines } = await checkFiles({ 's.yaml': 'name: Bidi\nbase_year: "2015/16"\ninputs:\n  "cost\u202e_gbp": 1\n' });
    expect(lines).toEqual(['s.yaml:4:3: "cost\\u202e_gbp" is not a valid cell name: use letters, digits and _, starting with a letter']);
    expect(lines.some((line) => RAW_BIDI.test(line))).toBe(false);
    expect(exit).toBe(1);
  });

  it('showControls escapes them as \\u202e and leaves other text as it is', () => {
    expect(showControls(`a${BIDI.join('')}b\u200fé\x1b`)).toBe('a\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069b\u200fé\\x1b');
  });

  it('a file name that holds one is shown escaped in every message and in run output', async () => {
    const dir = folderWith({});
    const missing = join(dir, 'txt.\u202elmay');
    const checked = await cli('check', missing);
    expect(checked.stderr).toBe(`cannot read ${showControls(missing)}: no such file; check the path\n`);
    expect(checked.stderr).toContain('txt.\\u202elmay');
    expect(checked.code).toBe(1);

    const named = join(dir, 'Base\u202eenil.yaml');
    writeFileSync(named, 'base_year: "2015/16"\ninputs:\n  budget: 1\n');
    const ran = await cli('run', named);
    expect(ran.stdout.split('\n')[0]).toBe('Base\\u202eenil');
    expect(RAW_BIDI.test(ran.stdout)).toBe(false);
    expect(ran.code).toBe(0);
  });
});
