import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/engine/index.js';
import { cellsToSave, derivedFromEdits, loadScenario, saveScenario } from '../../src/scenario/index.js';
import { folderWith } from './helpers.js';

const BASELINE = readFileSync(new URL('../../scenarios/baseline.yaml', import.meta.url), 'utf8');
const set = (cells: readonly Cell[], name: string, change: Partial<Cell>): Cell[] =>
  cells.map((cell) => (cell.name === name ? ({ ...cell, ...change } as Cell) : cell));
const sourceOf = (cells: readonly Cell[], name: string) => cells.find((cell) => cell.name === name)?.source;
const opened = (files: Record<string, string> = { 'baseline.yaml': BASELINE }, file = 'baseline.yaml') => {
  const dir = folderWith(files);
  return { dir, scenario: loadScenario(join(dir, file)) };
};

describe('saving keeps sources and checks', () => {
  it('round-trips the records, the checks and the observations, as written', () => {
    const what = readFileSync(new URL('../../scenarios/what-happened.yaml', import.meta.url), 'utf8');
    const { dir, scenario } = opened({ 'baseline.yaml': BASELINE, 'what-happened.yaml': what }, 'what-happened.yaml');
    const target = join(dir, 'copy.yaml');
    saveScenario(scenario, set(scenario.cells, 'past_budget_growth', { value: 0.05 }), target);
    const saved = readFileSync(target, 'utf8');
    expect(saved.slice(saved.indexOf('\nsources:'))).toBe(what.slice(what.indexOf('\nsources:')));
    const again = loadScenario(target);
    const plain = (value: unknown) => JSON.parse(JSON.stringify(value, (key, item) => (key === 'place' ? undefined : item instanceof Map ? [...item] : item)));
    expect(plain(again.checks)).toEqual(plain(scenario.checks));
    expect(plain([...again.sources])).toEqual(plain([...scenario.sources]));
    expect(plain([...again.observed])).toEqual(plain([...scenario.observed]));
  });
});

describe('an edited value is saved with a source that says where it comes from now', () => {
  const { scenario } = opened();

  it('a record that supports another value: assumption, changed from what the record gives', () => {
    const cells = cellsToSave(scenario, set(scenario.cells, 'marginal_private_share', { value: 0.2 }));
    expect(sourceOf(cells, 'marginal_private_share')).toBe('assumption: changed from 52.94% (hf-ft)');
    // Another record's number, typed exactly: still an assumption, since hf-ft supports 52.94%.
    expect(sourceOf(cellsToSave(scenario, set(scenario.cells, 'private_spend_base', { value: 9 })), 'private_spend_base')).toBe(
      'assumption: changed from £8.70bn (echo-2016)',
    );
  });

  it('an assumption about the old value: changed from it; a source the user set is kept; unedited cells are untouched', () => {
    const edited = set(set(scenario.cells, 'budget_growth', { value: 0.03 }), 'horizon_years', { value: 7, source: 'assumption: seven years, to 2022/23' });
    const cells = cellsToSave(scenario, edited);
    expect(sourceOf(cells, 'budget_growth')).toBe('assumption: changed from 2.00%');
    expect(sourceOf(cells, 'horizon_years')).toBe('assumption: seven years, to 2022/23');
    cells.forEach((cell, i) => {
      if (!['budget_growth', 'horizon_years'].includes(cell.name)) expect(cell).toBe(edited[i]);
    });
  });

  it('an assumption already changed from a record keeps naming the record’s value', () => {
    const { scenario: once } = opened({
      'baseline.yaml': BASELINE.replace('    value: 0.5294117647058824\n', '    value: 0.2\n')
        .replace('    low: 0.3\n    high: 0.7\n    distribution: triangular\n', '')
        .replace('    source: hf-ft\n', '    source: "assumption: changed from 52.94% (hf-ft)"\n'),
    });
    expect(sourceOf(cellsToSave(once, set(once.cells, 'marginal_private_share', { value: 0.3 })), 'marginal_private_share')).toBe(
      'assumption: changed from 52.94% (hf-ft)',
    );
    expect(sourceOf(cellsToSave(once, set(once.cells, 'marginal_private_share', { value: 900 / 1700 })), 'marginal_private_share')).toBe('hf-ft');
  });

  it("a source inherited through extends is the parent's, and is left to it", () => {
    const { scenario: child } = opened(
      { 'baseline.yaml': BASELINE, 'child.yaml': 'extends: baseline.yaml\nname: Child\ninputs:\n  budget_growth: 0.04\n' },
      'child.yaml',
    );
    const cells = cellsToSave(child, set(child.cells, 'budget_growth', { value: 0.05 }));
    expect(sourceOf(cells, 'budget_growth')).toBe(sourceOf(child.cells, 'budget_growth'));
  });
});

describe('comments on an edited value', () => {
  it('go with the old value; comments on the cell and on other fields stay', () => {
    const { dir, scenario } = opened();
    const file = join(dir, 'baseline.yaml');
    saveScenario(scenario, cellsToSave(scenario, set(scenario.cells, 'marginal_private_share', { value: 0.2 })), file);
    const saved = readFileSync(file, 'utf8');
    expect(saved).not.toContain('# = 900 / 1700');
    expect(saved).not.toContain('non-NHS providers, £800m bought the same treatments');
    expect(saved).toContain('    value: 0.2\n    unit: percent\n');
    expect(saved).toContain('    source: "assumption: changed from 52.94% (hf-ft)"\n');
    expect(saved).toContain('# Baseline: new NHS money split the way the extra money from 2015/16 was split.');
    // The record still says what it supports, with its own comment.
    expect(saved).toContain('      marginal_private_share: 0.5294117647058824 # 900 / 1700\n');
    const again = loadScenario(file);
    expect(again.cells.find((cell) => cell.name === 'marginal_private_share')).toMatchObject({ value: 0.2, source: 'assumption: changed from 52.94% (hf-ft)' });
  });

  it('a comment after a value written as shorthand goes too; one above the cell stays', () => {
    const text = 'name: S\nbase_year: "2015/16"\ninputs:\n  # the growth\n  growth: 0.02 # two per cent\n  horizon_years: 5 # five\n';
    const dir = folderWith({ 's.yaml': text });
    const scenario = loadScenario(join(dir, 's.yaml'));
    saveScenario(scenario, set(scenario.cells, 'growth', { value: 0.03 }), join(dir, 's.yaml'));
    expect(readFileSync(join(dir, 's.yaml'), 'utf8')).toBe(
      'name: S\nbase_year: "2015/16"\ninputs:\n  # the growth\n  growth: 0.03\n  horizon_years: 5 # five\n',
    );
  });
});

describe('a file that extends the original with only what changed', () => {
  it('holds the edited values with their sources, new formulas and changed descriptions, and loads back as the edits', () => {
    const { dir, scenario } = opened();
    const added: Cell = { kind: 'formula', name: 'nhs_share_of_extra', formula: '1 - marginal_private_share', unit: 'percent' };
    const edited = [...set(set(scenario.cells, 'marginal_private_share', { value: 0.2 }), 'budget', { description: 'Total spending, as edited' }), added];
    const file = join(dir, 'baseline-20pc.yaml');
    const text = derivedFromEdits(scenario, edited, file, 'baseline-20pc');
    expect(text).toBe(
      [
        '# baseline-20pc: Baseline (baseline.yaml) with only what changed written here.',
        '# Everything else, with its sources, checks and observed values, comes from baseline.yaml.',
        '',
        'extends: baseline.yaml',
        'name: baseline-20pc',
        'description: Baseline with marginal_private_share = 20.00%, budget (description), nhs_share_of_extra = 1 - marginal_private_share.',
        'inputs:',
        '  marginal_private_share:',
        '    value: 0.2',
        '    source: "assumption: changed from 52.94% (hf-ft)"',
        'formulas:',
        '  budget:',
        '    formula: total_budget_base * (1 + budget_growth)^t',
        '    description: Total spending, as edited',
        '  nhs_share_of_extra:',
        '    formula: 1 - marginal_private_share',
        '    unit: percent',
        '',
      ].join('\n'),
    );
    writeFileSync(file, text);
    const derived = loadScenario(file);
    expect(derived.cells).toEqual(cellsToSave(scenario, edited));
    expect(derived.checks.map((check) => check.name)).toEqual(scenario.checks.map((check) => check.name));
    expect([...derived.sources.keys()]).toEqual([...scenario.sources.keys()]);
  });
});
