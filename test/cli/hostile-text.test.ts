import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { showControls } from '../../src/engine/index.js';
import { toJson } from '../../src/tables/render/json.js';
import { folderWith } from '../scenario/helpers.js';
import { cli, command } from './cli.js';

/** Clears the screen, sets the clipboard (OSC 52) and ends with a C1 CSI: what a hostile name would carry. */
const HOSTILE = 'Base\x1b[2J\x1b]52;c;aGVsbG8=\x07\x9bx';
const SHOWN = 'Base\\x1b[2J\\x1b]52;c;aGVsbG8=\\x07\\x9bx';
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

/**
 * A copy of the baseline without `name:`, in a file whose name carries control characters, so the scenario's
 * name (taken from the file name) does too. File names are not file content, so loading cannot refuse them.
 */
function hostileScenario(): string {
  const file = join(folderWith({}), `${HOSTILE}.yaml`);
  writeFileSync(file, readFileSync('scenarios/baseline.yaml', 'utf8').replace(/^name: .*\n/m, ''));
  return file;
}

describe('control characters are shown, never sent to the terminal', () => {
  it('showControls escapes C0 (but tab and newline), DEL and C1', () => {
    expect(showControls('a\tb\nc\x00\x07\x1b[2J\r\x7f\x85\x9b\u00a0é')).toBe('a\tb\nc\\x00\\x07\\x1b[2J\\x0d\\x7f\\x85\\x9b\u00a0é');
  });

  it('toJson escapes DEL and C1 as \\u00XX, so the data is unchanged', () => {
    const text = toJson({ name: HOSTILE });
    expect(text).toBe('{\n  "name": "Base\\u001b[2J\\u001b]52;c;aGVsbG8=\\u0007\\u009bx"\n}\n');
    expect(RAW_CONTROL.test(text)).toBe(false);
    expect(JSON.parse(text)).toEqual({ name: HOSTILE });
  });

  it('the built command writes nothing raw to the terminal', () => {
    const { code, stdout } = command('run', hostileScenario());
    expect(stdout.split('\n')[0]).toBe(SHOWN);
    expect(RAW_CONTROL.test(stdout)).toBe(false);
    expect(code).toBe(0);
  });

  it('run prints the scenario name escaped in a table, Markdown and CSV, and intact in JSON', async () => {
    const file = hostileScenario();
    const table = await cli('run', file);
    expect(table.stdout.split('\n')[0]).toBe(SHOWN);
    expect(table.code).toBe(0);
    expect((await cli('run', file, '--format', 'md')).stdout.split('\n')[0]).toBe(`### ${SHOWN}`);
    const json = (await cli('run', file, '--format', 'json')).stdout;
    expect(RAW_CONTROL.test(json)).toBe(false);
    expect(JSON.parse(json).scenario).toBe(HOSTILE);
  });

  it('compare keeps the columns aligned and the CSV header free of raw control characters', async () => {
    const file = hostileScenario();
    const table = await cli('compare', 'scenarios/baseline.yaml', file, '--cells', 'cumulative_extra_to_nhs');
    expect(table.stdout.split('\n').slice(0, 2)).toEqual([
      `cell                     Baseline  ${SHOWN}    change      %`,
      'cumulative_extra_to_nhs  £16.60bn                                £16.60bn  ±£0.00bn  ±0.0%',
    ]);
    const csv = (await cli('compare', 'scenarios/baseline.yaml', file, '--cells', 'cumulative_extra_to_nhs', '--format', 'csv')).stdout;
    expect(csv.split('\n')[0]).toBe(`cell,part,year,unit,Baseline,${SHOWN},${SHOWN} change,${SHOWN} relative change,error`);
  });

  it('messages on stderr show a hostile path escaped', async () => {
    const missing = join(folderWith({}), `${HOSTILE}.yaml`);
    const { code, stderr } = await cli('check', missing);
    const shownPath = showControls(missing);
    expect(stderr).toBe(`cannot read ${shownPath}: no such file; check the path\n`);
    expect(code).toBe(1);
  });

  it('a file whose name, extends path and formula carry escapes prints none of them raw', async () => {
    const dir = folderWith({
      'hostile.yaml': [
        'name: "Base\\e[2J\\e]52;c;aGVsbG8=\\a"',
        'extends: "\\e]0;title\\a.yaml"',
        'base_year: "2015/16"',
        'inputs:',
        '  money: 1',
        'formulas:',
        '  doubled: "money \\e[2J * 2"',
        '',
      ].join('\n'),
    });
    const file = join(dir, 'hostile.yaml');
    for (const args of [
      ['run', file],
      ['check', file],
      ['compare', file, 'scenarios/baseline.yaml', '--format', 'csv'],
    ]) {
      const { code, stdout, stderr } = await cli(...args);
      expect(RAW_CONTROL.test(stdout + stderr)).toBe(false);
      expect(stderr).toContain(`${file}:1:`);
      expect(code).toBe(1);
    }
  });
});
