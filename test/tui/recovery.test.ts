import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { readRecovery, recoveryPath, removeRecovery, textHash, writeRecovery } from '../../src/tui/recovery.js';
import { editsOf, hasEdits, withEdits } from '../../src/tui/state/edits.js';
import { initialState } from '../../src/tui/state/reducer.js';
import { isDirty } from '../../src/tui/state/selectors.js';
import { baseline, press, questionOf, select, shown, shownAs, valueIn } from './helpers.js';

const edited = () => press(select(initialState(baseline()), 'budget_growth'), '++', 'a', 'total_extra', ['enter'], 'sum(extra_money)', ['enter']);

describe('edits', () => {
  it('are the changed input values, changed formulas and added cells', () => {
    let state = edited();
    state = press(select(state, 'extra_to_private'), ['enter', 'ctrl-u'], 'extra_money * 0.5', ['enter']);
    const edits = editsOf(state.scenario, state.sheet);
    expect(edits).toEqual({
      values: { budget_growth: 0.03 },
      formulas: { extra_to_private: 'extra_money * 0.5' },
      added: [{ name: 'total_extra', formula: 'sum(extra_money)', unit: '£bn' }],
    });
    expect(hasEdits(editsOf(state.scenario, initialState(baseline()).sheet))).toBe(false);
    const { sheet, skipped } = withEdits(state.scenario, edits);
    expect(skipped).toEqual([]);
    expect(valueIn({ ...state, sheet }, 'total_extra')).toBe(valueIn(state, 'total_extra'));
    expect(valueIn({ ...state, sheet }, 'cumulative_extra_to_private')).toBe(valueIn(state, 'cumulative_extra_to_private'));
  });

  it('keep the description and source E gave an added cell, through the recovery file', () => {
    const described = press(select(edited(), 'total_extra'), 'E', 'all the extra money', ['enter'], 'assumption: a check of the sum', ['enter'], ['enter']);
    const edits = editsOf(described.scenario, described.sheet);
    expect(edits.added).toEqual([
      { name: 'total_extra', formula: 'sum(extra_money)', unit: '£bn', description: 'all the extra money', source: 'assumption: a check of the sum' },
    ]);
    const path = join(mkdtempSync(join(tmpdir(), 'nhs-whatif-recovery-')), 'baseline.yaml');
    writeRecovery(path, 'text', edits);
    const recovered = readRecovery(path);
    if (!recovered?.ok) throw new Error(`the recovery file was not read: ${JSON.stringify(recovered)}`);
    expect(recovered.recovery.edits.added).toEqual(edits.added);
    const { sheet } = withEdits(described.scenario, recovered.recovery.edits);
    expect(sheet.model.cells.get('total_extra')?.cell).toMatchObject({ description: 'all the extra money', source: 'assumption: a check of the sum' });
  });

  it('skip what no longer fits the file, and keep the rest', () => {
    const scenario = baseline();
    const { sheet, skipped } = withEdits(scenario, {
      values: { budget_growth: 5, gone: 1, horizon_years: 4 },
      formulas: {},
      added: [
        { name: 'budget', formula: '1', unit: 'number' },
        { name: 'sum', formula: '1', unit: 'number' },
      ],
    });
    expect(skipped).toHaveLength(4);
    expect(skipped.join('; ')).toMatch(/budget_growth must be at most/);
    expect(sheet.evaluation.years).toHaveLength(4);
  });
});

describe('the recovery file', () => {
  const file = () => join(mkdtempSync(join(tmpdir(), 'nhs-whatif-recovery-')), 'baseline.yaml');
  const edits = { values: { budget_growth: 0.025 }, formulas: {}, added: [] };

  it('is written beside the scenario, hidden, and read back', () => {
    const path = file();
    writeRecovery(path, 'name: x\n', edits, new Date('2025-01-02T03:04:05Z'));
    expect(recoveryPath(path)).toBe(join(path, '..', '.baseline.yaml.recovery.json'));
    expect(JSON.parse(readFileSync(recoveryPath(path), 'utf8'))).toMatchObject({
      file: path,
      savedAt: '2025-01-02T03:04:05.000Z',
      fileHash: textHash('name: x\n'),
    });
    expect(readRecovery(path)).toEqual({ ok: true, recovery: { file: path, savedAt: '2025-01-02T03:04:05.000Z', fileHash: textHash('name: x\n'), edits } });
    removeRecovery(path);
    expect(existsSync(recoveryPath(path))).toBe(false);
    expect(readRecovery(path)).toBeUndefined();
    removeRecovery(path); // nothing there: no error
  });

  it('is ignored with a reason when damaged, of the wrong shape, or for another file; never throws', () => {
    const path = file();
    const write = (text: string) => writeFileSync(recoveryPath(path), text);
    write('{ not json');
    expect(readRecovery(path)).toEqual({ ok: false, problem: expect.stringMatching(/is not valid JSON/) });
    write(JSON.stringify({ file: path, savedAt: 'now', fileHash: 'x', edits }));
    expect(readRecovery(path)?.ok).toBe(false);
    write(JSON.stringify({ file: path, savedAt: new Date().toISOString(), fileHash: 'x', edits: { values: { a: 'high' }, formulas: {}, added: [] } }));
    expect(readRecovery(path)).toEqual({ ok: false, problem: expect.stringMatching(/not a recovery file/) });
    write(
      JSON.stringify({
        file: path,
        savedAt: new Date().toISOString(),
        fileHash: 'x',
        edits: { ...edits, added: [{ name: 'x', formula: '1', unit: 'parsecs' }] },
      }),
    );
    expect(readRecovery(path)?.ok).toBe(false);
    write(JSON.stringify({ file: '/elsewhere.yaml', savedAt: new Date().toISOString(), fileHash: 'x', edits }));
    expect(readRecovery(path)).toEqual({ ok: false, problem: expect.stringMatching(/holds edits for \/elsewhere\.yaml/) });
    write('null');
    expect(readRecovery(path)?.ok).toBe(false);
  });

  it('treats __proto__ as a plain cell name', () => {
    const path = file();
    writeFileSync(
      recoveryPath(path),
      `{"file": ${JSON.stringify(path)}, "savedAt": "2025-01-02T03:04:05Z", "fileHash": "x", "edits": {"values": {"__proto__": 1}, "formulas": {}, "added": []}}`,
    );
    const read = readRecovery(path);
    expect(read?.ok).toBe(true);
    const { skipped } = withEdits(baseline(), read?.ok ? read.recovery.edits : edits);
    expect(skipped).toEqual(['__proto__ is no longer in the file']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

/** readRecovery as a plain script, bundled once, so that each child starts in a fraction of a second. */
const READER = join(mkdtempSync(join(tmpdir(), 'nhs-whatif-reader-')), 'read-recovery.cjs');
buildSync({
  stdin: {
    contents: `import { readRecovery } from './recovery.js'; console.log(JSON.stringify(readRecovery(process.argv[2])));`,
    resolveDir: fileURLToPath(new URL('../../src/tui/', import.meta.url)),
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: READER,
  logLevel: 'warning',
});

/**
 * readRecovery in a child process, so that a read that blocks (a FIFO) or never ends (/dev/zero) fails the test
 * instead of stopping the test run.
 */
function readInChild(file: string): unknown {
  const child = spawnSync(process.execPath, [READER, file], { encoding: 'utf8', timeout: 20_000, maxBuffer: 1_000_000 });
  if (child.status !== 0) throw new Error(`the read did not finish (${child.signal ?? child.status}): ${child.stderr}`);
  return JSON.parse(child.stdout);
}

describe('a recovery file planted in a shared folder', () => {
  const file = () => join(mkdtempSync(join(tmpdir(), 'nhs-whatif-planted-')), 'baseline.yaml');
  const edits = { values: { budget_growth: 0.025 }, formulas: {}, added: [] };

  it('a symlink is replaced by the written file, and the file it points to is left unchanged', () => {
    const path = file();
    const victim = join(dirname(path), 'victim.txt');
    writeFileSync(victim, 'precious\n');
    symlinkSync(victim, recoveryPath(path));
    expect(readRecovery(path)).toEqual({ ok: false, problem: `ignored the recovery file ${recoveryPath(path)}: it is a symlink` });
    writeRecovery(path, 'name: x\n', edits);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(lstatSync(recoveryPath(path)).isFile()).toBe(true);
    expect(readRecovery(path)).toMatchObject({ ok: true, recovery: { edits } });
  });

  it('a symlink to a recovery file elsewhere is not followed', () => {
    const path = file();
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'nhs-whatif-elsewhere-')), 'baseline.yaml');
    writeRecovery(elsewhere, '', edits);
    symlinkSync(recoveryPath(elsewhere), recoveryPath(path));
    expect(readRecovery(path)).toEqual({ ok: false, problem: `ignored the recovery file ${recoveryPath(path)}: it is a symlink` });
  });

  it('a link to /dev/zero is not read', () => {
    const path = file();
    symlinkSync('/dev/zero', recoveryPath(path));
    expect(readInChild(path)).toEqual({ ok: false, problem: `ignored the recovery file ${recoveryPath(path)}: it is a symlink` });
  });

  it('a FIFO is reported at once, never waited on', () => {
    const path = file();
    const made = spawnSync('mkfifo', [recoveryPath(path)]);
    expect(made.status).toBe(0);
    expect(readInChild(path)).toEqual({ ok: false, problem: `ignored the recovery file ${recoveryPath(path)}: it is not a regular file` });
  });

  it('a file over 2,000,000 bytes is not read', () => {
    const path = file();
    writeFileSync(recoveryPath(path), `{"pad": "${'x'.repeat(2_000_000)}"}`);
    expect(readRecovery(path)).toEqual({ ok: false, problem: `ignored the recovery file ${recoveryPath(path)}: it is too large (over 2,000,000 bytes)` });
  });

  it('a folder in its place is reported, and writing then fails without leaving a temporary file', () => {
    const path = file();
    mkdirSync(recoveryPath(path));
    expect(readRecovery(path)).toEqual({ ok: false, problem: `ignored the recovery file ${recoveryPath(path)}: it is not a regular file` });
    expect(() => writeRecovery(path, '', edits)).toThrow();
    expect(readdirSync(dirname(path)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('restoring recovered edits', () => {
  const recovered = { savedAt: '2025-01-02T03:04:05.000Z', edits: { values: { budget_growth: 0.03 }, formulas: {}, added: [] }, fileChanged: false };

  it('asks first; y restores them as unsaved changes that undo can take back', () => {
    const asked = initialState(baseline(), { recovered });
    expect(questionOf(asked)?.kind).toBe('restore');
    expect(questionOf(asked)?.text).toMatch(/^Unsaved changes from 2 Jan 2025, .+ were recovered: restore\? \(y\/n\)$/);
    expect(shownAs(press(asked, 'j'))).toBe('question');
    const restored = press(asked, 'y');
    expect(shownAs(restored)).toBe('grid');
    expect(isDirty(restored)).toBe(true);
    expect(shown(restored, 'cumulative_extra_to_private')).toBe('£28.39bn');
    expect(restored.effects).toEqual([]);
    expect(isDirty(press(restored, 'u'))).toBe(false);
  });

  it('n discards them and asks the app to delete the recovery file', () => {
    const declined = press(initialState(baseline(), { recovered }), 'n');
    expect(shownAs(declined)).toBe('grid');
    expect(isDirty(declined)).toBe(false);
    expect(declined.effects).toEqual([{ kind: 'discard-recovery' }]);
  });

  it('shows why a recovery file was ignored', () => {
    const state = initialState(baseline(), { notice: { tone: 'error', text: 'ignored the recovery file x: it is not valid JSON' } });
    expect(shownAs(state)).toBe('grid');
    expect(state.message?.text).toBe('ignored the recovery file x: it is not valid JSON');
  });
});
