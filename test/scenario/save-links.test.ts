import { lstatSync, readFileSync, readlinkSync, renameSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/engine/index.js';
import { BecameLinkError, ChangedOnDiskError, loadScenario, saveScenario } from '../../src/scenario/index.js';
import { folderWith } from './helpers.js';

const BASELINE = readFileSync(new URL('../../scenarios/baseline.yaml', import.meta.url), 'utf8');
const SAVED = BASELINE.replace('    value: 0.02\n', '    value: 0.03\n');
const OTHER = 'name: Other\nbase_year: "2015/16"\ninputs:\n  spend: 1\n';
const growthAt = (cells: readonly Cell[], value: number) =>
  cells.map((cell) => (cell.name === 'budget_growth' && cell.kind === 'input' ? { ...cell, value } : cell));

/** A folder with the baseline opened from it, then its file replaced by a link to `other.yaml`. */
function replacedByLink() {
  const dir = folderWith({ 'baseline.yaml': BASELINE, 'other.yaml': OTHER });
  const file = join(dir, 'baseline.yaml');
  const scenario = loadScenario(file);
  renameSync(file, join(dir, 'moved.yaml'));
  symlinkSync('other.yaml', file);
  return { dir, file, scenario };
}

describe('saving over a file that has become a symbolic link', () => {
  it('is refused with BecameLinkError, saying where the link points, and nothing is written', () => {
    const { dir, file, scenario } = replacedByLink();
    let error: unknown;
    try {
      saveScenario(scenario, growthAt(scenario.cells, 0.03));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BecameLinkError);
    expect(error).toMatchObject({ file, target: 'other.yaml', message: `${file} is now a symbolic link to other.yaml; not saved` });
    expect(readlinkSync(file)).toBe('other.yaml');
    expect(readFileSync(join(dir, 'other.yaml'), 'utf8')).toBe(OTHER);
    expect(readFileSync(join(dir, 'moved.yaml'), 'utf8')).toBe(BASELINE);
  });

  it('is refused even when overwriting a changed file is allowed: force does not cover links', () => {
    const { dir, file, scenario } = replacedByLink();
    expect(() => saveScenario(scenario, growthAt(scenario.cells, 0.03), file, { force: true })).toThrow(BecameLinkError);
    expect(readFileSync(join(dir, 'other.yaml'), 'utf8')).toBe(OTHER);
  });

  it('writes through the link into its target when asked to, and the link stays a link', () => {
    const { dir, file, scenario } = replacedByLink();
    // The target holds other text than was opened: that is a change on disk too, and needs its own permission.
    expect(() => saveScenario(scenario, growthAt(scenario.cells, 0.03), file, { writeThroughLink: true })).toThrow(ChangedOnDiskError);
    expect(readFileSync(join(dir, 'other.yaml'), 'utf8')).toBe(OTHER);
    saveScenario(scenario, growthAt(scenario.cells, 0.03), file, { writeThroughLink: true, force: true });
    expect(lstatSync(file).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'other.yaml'), 'utf8')).toBe(SAVED);
  });

  it('a file that was a link when opened is saved into its target, as before', () => {
    const dir = folderWith({ 'baseline.yaml': BASELINE });
    const link = join(dir, 'current.yaml');
    symlinkSync('baseline.yaml', link);
    const scenario = loadScenario(link);
    expect(scenario.linkedTo).toBe('baseline.yaml');
    saveScenario(scenario, growthAt(scenario.cells, 0.03));
    expect(readlinkSync(link)).toBe('baseline.yaml');
    expect(readFileSync(join(dir, 'baseline.yaml'), 'utf8')).toBe(SAVED);
  });

  it('a link that points somewhere else than when it was opened is refused', () => {
    const dir = folderWith({ 'baseline.yaml': BASELINE, 'other.yaml': BASELINE });
    const link = join(dir, 'current.yaml');
    symlinkSync('baseline.yaml', link);
    const scenario = loadScenario(link);
    renameSync(link, join(dir, 'old-link'));
    symlinkSync('other.yaml', link);
    expect(() => saveScenario(scenario, growthAt(scenario.cells, 0.03))).toThrow(new BecameLinkError(link, 'other.yaml'));
    expect(readFileSync(join(dir, 'other.yaml'), 'utf8')).toBe(BASELINE);
    expect(readFileSync(join(dir, 'baseline.yaml'), 'utf8')).toBe(BASELINE);
  });

  it('saving as a new name that is a link is refused the same way', () => {
    const dir = folderWith({ 'baseline.yaml': BASELINE, 'victim.yaml': OTHER });
    const scenario = loadScenario(join(dir, 'baseline.yaml'));
    symlinkSync('victim.yaml', join(dir, 'copy.yaml'));
    expect(() => saveScenario(scenario, scenario.cells, join(dir, 'copy.yaml'))).toThrow(BecameLinkError);
    expect(readFileSync(join(dir, 'victim.yaml'), 'utf8')).toBe(OTHER);
  });
});
