import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/engine/index.js';
import { ChangedOnDiskError, compute, loadScenario, saveScenario } from '../../src/scenario/index.js';
import { folderWith } from './helpers.js';

const BASELINE = readFileSync(new URL('../../scenarios/baseline.yaml', import.meta.url), 'utf8');
const setValue = (cells: readonly Cell[], name: string, value: number) =>
  cells.map((cell) => (cell.name === name && cell.kind === 'input' ? { ...cell, value } : cell));

describe('saving a scenario', () => {
  it('changes only the edited value and keeps every comment', () => {
    const dir = folderWith({ 'baseline.yaml': BASELINE });
    const scenario = loadScenario(join(dir, 'baseline.yaml'));
    const target = join(dir, 'copy.yaml');
    saveScenario(scenario, setValue(scenario.cells, 'budget_growth', 0.03), target);
    const saved = readFileSync(target, 'utf8');
    expect(saved).toBe(BASELINE.replace('    value: 0.02\n', '    value: 0.03\n'));
    expect(saved).toContain('# = 900 / 1700: £900m of new money bought care from independent and other');
  });

  it('round-trips: what is saved loads back as the same cells and numbers', () => {
    const dir = folderWith({ 'baseline.yaml': BASELINE });
    const scenario = loadScenario(join(dir, 'baseline.yaml'));
    const added: Cell = {
      kind: 'formula',
      name: 'nhs_share_of_extra',
      formula: '1 - marginal_private_share',
      unit: 'percent',
      description: 'Share of new money to NHS trusts',
    };
    const edited = [...setValue(scenario.cells, 'horizon_years', 10).filter((cell) => cell.name !== 'cumulative_extra_to_nhs'), added];
    saveScenario(scenario, edited, join(dir, 'edited.yaml'));
    const reloaded = loadScenario(join(dir, 'edited.yaml'));
    expect(reloaded.cells).toEqual(edited);
    const { evaluation } = compute(reloaded);
    expect(evaluation.years).toHaveLength(10);
    expect(evaluation.results.get('nhs_share_of_extra')).toEqual({ ok: true, value: 1 - 0.5294117647058824 });
  });

  it('refuses to overwrite a file that changed on disk since it was loaded, unless forced', () => {
    const dir = folderWith({ 'baseline.yaml': BASELINE });
    const file = join(dir, 'baseline.yaml');
    const scenario = loadScenario(file);
    writeFileSync(file, BASELINE.replace('name: Baseline', 'name: Edited elsewhere'));
    expect(() => saveScenario(scenario, setValue(scenario.cells, 'budget_growth', 0.03))).toThrow(ChangedOnDiskError);
    expect(readFileSync(file, 'utf8')).toContain('name: Edited elsewhere');
    saveScenario(scenario, setValue(scenario.cells, 'budget_growth', 0.03), file, { force: true });
    expect(loadScenario(file).cells.find((cell) => cell.name === 'budget_growth')).toMatchObject({ value: 0.03 });
  });

  it('writes shorthand for a child scenario and fixes its extends path when saved elsewhere', () => {
    const dir = folderWith({
      'baseline.yaml': BASELINE,
      'child.yaml': '# Higher growth\nname: Child\nextends: baseline.yaml\ninputs:\n  budget_growth: 0.04\n',
    });
    const child = loadScenario(join(dir, 'child.yaml'));
    saveScenario(child, setValue(setValue(child.cells, 'budget_growth', 0.05), 'horizon_years', 7), join(dir, 'child.yaml'));
    expect(readFileSync(join(dir, 'child.yaml'), 'utf8')).toBe(
      '# Higher growth\nname: Child\nextends: baseline.yaml\ninputs:\n  budget_growth: 0.05\n  horizon_years: 7\n',
    );
  });
});
