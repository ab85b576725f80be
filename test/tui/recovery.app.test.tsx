import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.js';
import { App } from '../../src/tui/app.js';
import { recoveryPath, writeRecovery } from '../../src/tui/recovery.js';
import type { Opening } from '../../src/tui/state/reducer.js';
import { scenarioCopy } from './helpers.js';

type Rendered = ReturnType<typeof render>;
let current: Rendered | undefined;
afterEach(() => {
  current?.unmount();
  current = undefined;
});

const edits = { values: { budget_growth: 0.03 }, formulas: {}, added: [] };
const recovered = { savedAt: '2025-01-15T12:00:00.000Z', edits, fileChanged: false };

/** Opens a copy of the baseline that has a recovery file beside it. */
function open(opening: Opening) {
  const file = join(scenarioCopy(), 'scenarios', 'baseline.yaml');
  writeRecovery(file, '', edits);
  current = render(<App scenario={loadScenario(file)} size={{ columns: 120, rows: 40 }} opening={opening} />);
  return { ...current, file };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
async function until(what: string, check: () => boolean): Promise<void> {
  const deadline = Date.now() + 3000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; screen was:\n${current?.lastFrame()}`);
    await tick();
  }
}
const screenHas = (text: string) => until(JSON.stringify(text), () => (current?.lastFrame() ?? '').includes(text));

describe('recovered edits in the terminal UI', () => {
  it('asks, and y restores them as unsaved changes', async () => {
    const app = open({ recovered: { ...recovered, fileChanged: true } });
    await screenHas('Unsaved changes from 15 Jan 2025');
    await screenHas('were recovered (the file has changed since): restore? (y/n)');
    expect(current?.lastFrame()?.split('\n').at(-1)).toBe('y restore them (unsaved)  n discard them');
    app.stdin.write('y');
    await screenHas('£28.39bn');
    await screenHas('[+] unsaved changes');
    expect(existsSync(recoveryPath(app.file))).toBe(true); // kept until saved or quit
  });

  it('n deletes the recovery file and keeps the file as it is', async () => {
    const app = open({ recovered });
    await screenHas('restore? (y/n)');
    app.stdin.write('n');
    await screenHas('recovered changes discarded');
    await until('the recovery file to go', () => !existsSync(recoveryPath(app.file)));
    expect(app.lastFrame()).toContain('(saved)');
  });

  it('a clean quit removes the recovery file', async () => {
    const app = open({});
    await screenHas('budget_growth');
    app.stdin.write('q');
    await until('the recovery file to go', () => !existsSync(recoveryPath(app.file)));
  });

  it('shows why a damaged recovery file was ignored', async () => {
    open({ notice: { tone: 'error', text: 'ignored the recovery file .baseline.yaml.recovery.json: it is not valid JSON' } });
    await screenHas('✗ ignored the recovery file .baseline.yaml.recovery.json: it is not valid JSON');
  });
});
