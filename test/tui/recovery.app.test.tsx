import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recoveryPath, writeRecovery } from '../../src/tui/recovery.js';
import type { Opening } from '../../src/tui/state/reducer.js';
import { scenarioCopy } from './helpers.js';
import { closeApps, screenHas, show, until } from './ink-helpers.js';

afterEach(closeApps);

const edits = { values: { budget_growth: 0.03 }, formulas: {}, added: [] };
const recovered = { savedAt: '2025-01-15T12:00:00.000Z', edits, fileChanged: false };

/** Opens a copy of the baseline that has a recovery file beside it. */
function open(opening: Opening) {
  const file = join(scenarioCopy(), 'scenarios', 'baseline.yaml');
  writeRecovery(file, '', edits);
  return { ...show(file, { opening }), file };
}

describe('recovered edits in the terminal UI', () => {
  it('asks, and y restores them as unsaved changes', async () => {
    const app = open({ recovered: { ...recovered, fileChanged: true } });
    await screenHas(app, 'Unsaved changes from 15 Jan 2025');
    await screenHas(app, 'were recovered (the file has changed since): restore? (y/n)');
    expect(app.lastFrame()?.split('\n').at(-1)).toBe('y restore them (unsaved)  n discard them');
    app.stdin.write('y');
    await screenHas(app, '£28.39bn');
    await screenHas(app, '[+] unsaved changes');
    expect(existsSync(recoveryPath(app.file))).toBe(true); // kept until saved or quit
  });

  it('n deletes the recovery file and keeps the file as it is', async () => {
    const app = open({ recovered });
    await screenHas(app, 'restore? (y/n)');
    app.stdin.write('n');
    await screenHas(app, 'recovered changes discarded');
    await until(app, () => !existsSync(recoveryPath(app.file)), 'the recovery file to go');
    expect(app.lastFrame()).toContain('(saved)');
  });

  it('a clean quit removes the recovery file', async () => {
    const app = open({});
    await screenHas(app, 'budget_growth');
    app.stdin.write('q');
    await until(app, () => !existsSync(recoveryPath(app.file)), 'the recovery file to go');
  });

  it('shows why a damaged recovery file was ignored', async () => {
    const app = open({ notice: { tone: 'error', text: 'ignored the recovery file .baseline.yaml.recovery.json: it is not valid JSON' } });
    await screenHas(app, '✗ ignored the recovery file .baseline.yaml.recovery.json: it is not valid JSON');
  });
});
