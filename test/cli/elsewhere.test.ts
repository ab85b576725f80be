import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith } from '../scenario/helpers.js';
import { commandIn, ROOT } from './cli.js';

describe('the built command started from another folder', () => {
  it('opens the shipped baseline when no file is named', () => {
    // Without a terminal the UI stops after loading the file, saying which file it loaded.
    const { code, stderr } = commandIn(folderWith({}));
    expect(stderr).toBe(`nhs-whatif: the interactive view needs a terminal; for scripts use: nhs-whatif run ${join(ROOT, 'scenarios', 'baseline.yaml')}\n`);
    expect(code).toBe(2);
  });

  it('shows its version and help, and names a missing file without a made-up line number', () => {
    const dir = folderWith({});
    expect(commandIn(dir, '--version')).toMatchObject({ code: 0, stdout: '0.1.0\n' });
    expect(commandIn(dir, '--help').stdout).toContain('open FILE (default scenarios/baseline.yaml) in the terminal UI');
    expect(commandIn(dir, 'run', 'nope.yaml')).toMatchObject({ code: 1, stdout: '', stderr: 'cannot read nope.yaml: no such file; check the path\n' });
  });
});
