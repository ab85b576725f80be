import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/engine/index.js';
import { loadScenario, saveScenario } from '../../src/scenario/index.js';
import { folderWith } from './helpers.js';

const BASELINE = readFileSync(new URL('../../scenarios/baseline.yaml', import.meta.url), 'utf8');
const SAVED = BASELINE.replace('    value: 0.02\n', '    value: 0.03\n');
const growthAt = (cells: readonly Cell[], value: number) =>
  cells.map((cell) => (cell.name === 'budget_growth' && cell.kind === 'input' ? { ...cell, value } : cell));

/** The pid of a process that has ended. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid!;

describe('temporary files of saves', () => {
  it('those a killed save left are removed when the file is next opened, and nothing else is', () => {
    const dead = deadPid();
    const stale = `.baseline.yaml.${dead}.nhs-whatif-tmp`;
    const kept = [
      // a save still running in another process
      `.baseline.yaml.${process.ppid}.nhs-whatif-tmp`,
      // another file's
      `.other.yaml.${dead}.nhs-whatif-tmp`,
      // not named as ours
      `.baseline.yaml.${dead}.tmp`,
      `baseline.yaml.${dead}`,
    ];
    const dir = folderWith(Object.fromEntries([stale, ...kept, 'baseline.yaml'].map((name) => [name, name === 'baseline.yaml' ? BASELINE : 'partial'])));
    symlinkSync('baseline.yaml', join(dir, `.baseline.yaml.${dead + 1}.nhs-whatif-tmp`));
    loadScenario(join(dir, 'baseline.yaml'));
    expect(readdirSync(dir).sort()).toEqual(['baseline.yaml', ...kept, `.baseline.yaml.${dead + 1}.nhs-whatif-tmp`].sort());
    expect(readFileSync(join(dir, 'baseline.yaml'), 'utf8')).toBe(BASELINE);
  });

  it('and when it is next saved, which leaves no temporary file of its own', () => {
    const dir = folderWith({ 'baseline.yaml': BASELINE });
    const file = join(dir, 'baseline.yaml');
    const scenario = loadScenario(file);
    writeFileSync(join(dir, `.baseline.yaml.${deadPid()}.nhs-whatif-tmp`), 'partial');
    saveScenario(scenario, growthAt(scenario.cells, 0.03));
    expect(readdirSync(dir)).toEqual(['baseline.yaml']);
    expect(readFileSync(file, 'utf8')).toBe(SAVED);
  });

  it('a link put at the temporary name is replaced, not written through', () => {
    const dir = folderWith({ 'baseline.yaml': BASELINE, 'victim.txt': 'keep me' });
    const file = join(dir, 'baseline.yaml');
    const scenario = loadScenario(file);
    symlinkSync('victim.txt', join(dir, `.baseline.yaml.${process.pid}.nhs-whatif-tmp`));
    saveScenario(scenario, growthAt(scenario.cells, 0.03));
    expect(readFileSync(join(dir, 'victim.txt'), 'utf8')).toBe('keep me');
    expect(readdirSync(dir).sort()).toEqual(['baseline.yaml', 'victim.txt']);
    expect(readFileSync(file, 'utf8')).toBe(SAVED);
  });

  it('a saved file keeps its permissions', () => {
    const dir = folderWith({ 'baseline.yaml': BASELINE });
    const file = join(dir, 'baseline.yaml');
    chmodSync(file, 0o640);
    const scenario = loadScenario(file);
    saveScenario(scenario, growthAt(scenario.cells, 0.03));
    expect(statSync(file).mode & 0o777).toBe(0o640);
    saveScenario(scenario, scenario.cells, join(dir, 'new.yaml'));
    const umask = process.umask();
    expect(statSync(join(dir, 'new.yaml')).mode & 0o777).toBe(0o666 & ~umask);
  });
});
