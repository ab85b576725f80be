import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith } from '../scenario/helpers.js';
import { cli } from './cli.js';

describe('nhs-whatif check', () => {
  it('exits 0 when every file is valid', async () => {
    const { code, stdout } = await cli('check', 'scenarios/baseline.yaml');
    expect(stdout).toBe('scenarios/baseline.yaml: ok (14 cells)\n');
    expect(code).toBe(0);
  });

  it('prints every problem as file:line:col and exits 1', async () => {
    const dir = folderWith({});
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'name: Bad\nbase_year: "2015/16"\ninputs:\n  growth: 0.02\nformulas:\n  doubled: grwoth * 2\n  looped: looped + 1\n');
    const { code, stdout, stderr } = await cli('check', 'scenarios/baseline.yaml', bad);
    expect(stdout).toBe('scenarios/baseline.yaml: ok (14 cells)\n');
    expect(stderr).toBe(
      `${bad}:6:12: doubled: unknown name "grwoth" (did you mean "growth"?)\n` +
        `${bad}:7:11: looped: circular reference: looped → looped\n` +
        '1 of 2 files have problems\n',
    );
    expect(code).toBe(1);
  });

  it('lists the first 100 formula problems of a file and counts the rest', async () => {
    const formulas = Array.from({ length: 350 }, (_, i) => `  f${i}: missing_${i} * 2\n`).join('');
    const dir = folderWith({ 'many.yaml': `name: Many\nbase_year: "2015/16"\ninputs:\n  a: 1\nformulas:\n${formulas}` });
    const { code, stderr } = await cli('check', join(dir, 'many.yaml'));
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(101);
    // Formula i is on line 6 + i; the name starts after "  f<i>: ".
    expect(lines[0]).toBe(`${join(dir, 'many.yaml')}:6:7: f0: unknown name "missing_0"`);
    expect(lines[99]).toBe(`${join(dir, 'many.yaml')}:105:8: f99: unknown name "missing_99"`);
    expect(lines[100]).toBe('and 250 more problems');
    expect(code).toBe(1);
  });

  it('reports structural problems of each file and carries on to the next', async () => {
    const dir = folderWith({ 'a.yaml': 'name: A\nbase_year: 2015\n', 'b.yaml': 'name: [\n' });
    const { code, stderr } = await cli('check', join(dir, 'a.yaml'), join(dir, 'b.yaml'));
    expect(stderr).toContain(`${join(dir, 'a.yaml')}:2:12: base_year: base_year (quote it, e.g. "2015/16") must be text`);
    expect(stderr).toMatch(new RegExp(`${join(dir, 'b.yaml')}:\\d+:\\d+: `));
    expect(stderr).toContain('2 of 2 files have problems');
    expect(code).toBe(1);
  });
});
