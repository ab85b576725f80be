import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { deliver } from '../../src/cli/deliver.js';
import { type Io, safeIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import type { Report } from '../../src/tables/index.js';
import { RENDERERS } from '../../src/tables/index.js';
import { referenceBaseline } from '../engine/baseline-cells.js';
import { folderWith } from '../scenario/helpers.js';
import { cli, command } from './cli.js';

const BASELINE = 'scenarios/baseline.yaml';
const FAILING = 'test/fixtures/cli/cell-errors.yaml';

describe('--output FILE', () => {
  it('writes what the terminal would show, for every format, and prints nothing', async () => {
    const dir = folderWith({});
    for (const format of ['table', 'json', 'csv', 'md']) {
      const file = join(dir, `out-${format}`);
      const shown = await cli('run', BASELINE, '--set', 'budget_growth=3%', '--format', format);
      const written = await cli('run', BASELINE, '--set', 'budget_growth=3%', '--format', format, '--output', file);
      expect(written).toEqual({ code: 0, stdout: '', stderr: '' });
      expect(readFileSync(file, 'utf8'), format).toBe(shown.stdout);
    }
    // Nothing but the files themselves is left in the folder: the temporary file was renamed into place.
    expect(readdirSync(dir).sort()).toEqual(['out-csv', 'out-json', 'out-md', 'out-table']);
  });

  it("takes the format from the file's ending unless --format is given", async () => {
    const dir = folderWith({});
    await cli('compare', BASELINE, 'scenarios/higher-growth.yaml', '--output', join(dir, 'briefing.md'));
    expect(readFileSync(join(dir, 'briefing.md'), 'utf8').split('\n')[0]).toBe('### Baseline vs Higher growth');
    await cli('run', BASELINE, '--output', join(dir, 'cells.json'));
    expect(JSON.parse(readFileSync(join(dir, 'cells.json'), 'utf8')).cells.cumulative_extra_to_private.value).toBe(18.673275091764715);
    await cli('run', BASELINE, '--output', join(dir, 'cells.CSV'));
    expect(readFileSync(join(dir, 'cells.CSV'), 'utf8')).toContain('cumulative_extra_to_private,£bn,18.673275091764715,,,,,,\n');
    await cli('run', BASELINE, '--format', 'csv', '--output', join(dir, 'forced.md'));
    expect(readFileSync(join(dir, 'forced.md'), 'utf8').split('\n')[0]).toBe('cell,unit,value,2016/17,2017/18,2018/19,2019/20,2020/21,error');
    await cli('check', BASELINE, '--output', join(dir, 'check.txt'));
    expect(readFileSync(join(dir, 'check.txt'), 'utf8')).toBe('scenarios/baseline.yaml: ok (14 cells)\n');
  });

  it('still lists failing cells on the terminal, as JSON output does, and exits 1', async () => {
    const file = join(folderWith({}), 'errors.md');
    const { code, stdout, stderr } = await cli('run', FAILING, '--output', file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe((await cli('run', FAILING, '--format', 'json')).stderr);
    expect(stderr).toContain(`${FAILING}:8:11: halved: result is Infinity (division by zero or a number out of range)\n`);
    expect(readFileSync(file, 'utf8')).toContain('\n- test/fixtures/cli/cell-errors.yaml:8:11: halved: result is Infinity');
  });

  it('refuses, before doing any work, a file that cannot be written (exit 1): its folder is missing, or it is a folder', async () => {
    const dir = folderWith({});
    const unwritable = async (args: string[], message: string) =>
      expect(await cli(...args)).toEqual({ code: 1, stdout: '', stderr: `nhs-whatif: ${message}\n` });
    await unwritable(
      ['run', BASELINE, '--output', join(dir, 'no-such', 'out.json')],
      `--output ${join(dir, 'no-such', 'out.json')}: there is no folder ${join(dir, 'no-such')}; create it first or name a file in an existing folder`,
    );
    await unwritable(['run', BASELINE, '--output', dir], `--output ${dir} is a folder; name a file in it, e.g. --output ${join(dir, 'report.md')}`);
    await unwritable(
      ['check', BASELINE, '--output', join(dir, 'no-such', 'check.txt')],
      `--output ${join(dir, 'no-such', 'check.txt')}: there is no folder ${join(dir, 'no-such')}; create it first or name a file in an existing folder`,
    );
    const solvedFile = join(dir, 'no-such', 'solved.yaml');
    await unwritable(
      ['solve', BASELINE, '--for', 'marginal_private_share', '--target', 'last(private_share)', '--equals', '10%', '--save', solvedFile],
      `--save ${solvedFile}: there is no folder ${join(dir, 'no-such')}; create it first`,
    );
    const briefing = join(dir, 'no-such', 'briefing');
    await unwritable(
      ['report', BASELINE, '--output', briefing],
      `--output ${briefing}: there is no folder ${join(dir, 'no-such')} to make it in; create it first`,
    );
    expect(readdirSync(dir)).toEqual([]);
    // The help says the same of a file that cannot be written.
    expect((await cli('run', '--help')).stdout).toContain('1 a scenario file has problems, a cell or the analysis fails, or a file could not be written');
  });

  it('refuses an ending that is no format, naming the formats, unless --format is given (exit 2)', async () => {
    const dir = folderWith({});
    const file = join(dir, 'out.pdf');
    expect(await cli('run', BASELINE, '--output', file)).toEqual({
      code: 2,
      stdout: '',
      stderr: `nhs-whatif: --output ${file}: .pdf is not an output format; end the name in .txt, .json, .csv, .md, .xlsx, or give --format (table, json, csv, md, xlsx)\n`,
    });
    expect(existsSync(file)).toBe(false);
    expect(await cli('run', BASELINE, '--format', 'json', '--output', file)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(file, 'utf8')).cells.cumulative_extra_to_private.value).toBe(18.673275091764715);
    // A name without an ending is the default table, as before.
    expect(await cli('run', BASELINE, '--output', join(dir, 'plain'))).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'plain'), 'utf8')).toBe((await cli('run', BASELINE)).stdout);
  });

  it('refuses, before doing any work, a scenario file being read, and a missing file name (exit 2)', async () => {
    const dir = folderWith({});
    const refused = async (args: string[], message: string) => expect(await cli(...args)).toEqual({ code: 2, stdout: '', stderr: `nhs-whatif: ${message}\n` });
    const copy = join(dir, 'copy.yaml');
    writeFileSync(copy, readFileSync(BASELINE));
    await refused(
      ['compare', BASELINE, copy, '--output', copy],
      `--output ${copy} is a scenario file this command reads; writing it would replace the scenario`,
    );
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(BASELINE, 'utf8'));
    // A file the scenario extends is read too: writing it would break every file that extends it.
    const child = join(dir, 'child.yaml');
    writeFileSync(child, 'extends: copy.yaml\nname: Child\ninputs:\n  budget_growth: 0.03\n');
    await refused(
      ['run', child, '--format', 'table', '--output', copy],
      `--output ${copy} is a scenario file this command reads; writing it would replace the scenario`,
    );
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(BASELINE, 'utf8'));
    await refused(['run', BASELINE, '--output'], '--output needs a file name, e.g. --output report.md');
    await refused([BASELINE, '--output', join(dir, 'x.md')], '--output is for every command; the terminal UI takes just a scenario file');
  });

  it('writes run as a workbook whose sheet is named after the scenario, numbers as numbers in their unit', async () => {
    const file = join(folderWith({}), 'run.xlsx');
    expect((await cli('run', BASELINE, '--output', file)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Baseline']);
    const sheet = workbook.worksheets[0]!;
    const row = sheet.getColumn(1).values.indexOf('cumulative_extra_to_private');
    expect(sheet.getCell(row, 3).value).toBe(referenceBaseline(0.02).cumulativePrivate);
  });

  it('refuses an --output that is the very file --xlsx or --save writes, and writes neither', async () => {
    const dir = folderWith({});
    const workbook = join(dir, 'e.xlsx');
    expect(await cli('export', BASELINE, '--xlsx', workbook, '--output', workbook)).toEqual({
      code: 2,
      stdout: '',
      stderr: `nhs-whatif: --output ${workbook} is also the file --xlsx writes; name another file for --output\n`,
    });
    const saved = join(dir, 'solved.yaml');
    const question = ['--for', 'marginal_private_share', '--target', 'last(private_share)', '--equals', '10%'];
    expect(await cli('solve', BASELINE, ...question, '--save', saved, '--format', 'table', '--output', saved)).toEqual({
      code: 2,
      stdout: '',
      stderr: `nhs-whatif: --output ${saved} is also the file --save writes; name another file for --output\n`,
    });
    // Refused before solving, so also when no value would be found and nothing would be saved.
    const unreachable = ['--for', 'marginal_private_share', '--target', 'last(private_share)', '--equals', '90%'];
    expect((await cli('solve', BASELINE, ...unreachable, '--save', saved, '--format', 'table', '--output', saved)).code).toBe(2);
    expect([existsSync(workbook), existsSync(saved)]).toEqual([false, false]);
  });

  it('a file that cannot be written is a one-line error with exit 1, and the old file stays whole', async () => {
    const dir = folderWith({ 'out.md': 'old\n' });
    let stderr = '';
    const failing: Io = safeIo(
      () => undefined,
      (text) => (stderr += text),
      () => {
        throw Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' });
      },
    );
    expect(await runCli(['run', BASELINE, '--output', join(dir, 'out.md')], failing)).toBe(1);
    expect(stderr).toBe(`nhs-whatif: cannot write ${join(dir, 'out.md')}: permission denied\n`);
    expect(readFileSync(join(dir, 'out.md'), 'utf8')).toBe('old\n');
  });

  it('the built command writes the file, leaving the folder and the terminal clean', () => {
    const dir = folderWith({});
    const file = join(dir, 'out.json');
    expect(command('run', BASELINE, '--output', file)).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(file, 'utf8')).scenario).toBe('Baseline');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });
});

describe('binary output', () => {
  // No binary format ships yet; one is registered for these tests as a workbook or an image will be: one line in RENDERERS.
  const report: Report = { title: 'Bytes', tables: [], failures: ['s.yaml:1:1: x: broken'] };
  // Every byte value, control characters and invalid UTF-8 included: what a workbook or an image holds.
  const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
  const binary = { binary: true, summary: 'every byte', extensions: ['.bin'], failuresInOutput: false, render: async () => bytes } as const;

  it('is written to the file byte for byte, never through the terminal writer', async () => {
    const dir = folderWith({});
    mkdirSync(join(dir, 'sub'));
    const file = join(dir, 'sub', 'out.bin');
    let out = '';
    let err = '';
    const io = safeIo(
      (text) => (out += text),
      (text) => (err += text),
    );
    (RENDERERS as Record<string, unknown>).bin = binary;
    try {
      await deliver({ report, exitCode: 1 }, { format: 'bin' as never, file }, io);
    } finally {
      delete (RENDERERS as Record<string, unknown>).bin;
    }
    expect(Buffer.from(readFileSync(file)).equals(Buffer.from(bytes))).toBe(true);
    expect(out).toBe('');
    expect(err).toBe('s.yaml:1:1: x: broken\n');
  });

  it('is refused without a file to write to', async () => {
    (RENDERERS as Record<string, unknown>).bin = binary;
    try {
      const { destinationOf } = await import('../../src/cli/destination.js');
      await expect(destinationOf('bin', undefined, [])).rejects.toThrow('--format bin is a binary format: give --output FILE to write it to a file');
      expect(await destinationOf('bin', 'x.bin', [])).toEqual({ format: 'bin', file: 'x.bin' });
    } finally {
      delete (RENDERERS as Record<string, unknown>).bin;
    }
    expect(existsSync('x.bin')).toBe(false);
  });
});
