import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.js';
import { initialState, reducer } from '../../src/tui/state/reducer.js';
import { promptOf, select } from '../tui/helpers.js';
import { cli } from './cli.js';

const BASELINE = 'scenarios/baseline.yaml';

/** What the terminal UI says when `text` is typed into the edit prompt of `name`. */
function typedInUi(name: string, text: string): { problem?: string; value?: number; message?: string } {
  const start = initialState(loadScenario(BASELINE));
  const after = reducer(select(start, name), { type: 'keys', keys: ['enter', 'ctrl-u', ...text, 'enter'] });
  const prompt = promptOf(after);
  if (prompt) return { problem: prompt.problem };
  const cell = after.sheet.model.cells.get(name)?.cell;
  return { value: cell?.kind === 'input' ? cell.value : undefined, message: after.message?.text };
}

describe('--set and the terminal UI accept and refuse the same values, in the same words', () => {
  it.each([
    ['budget_growth', '300%'],
    ['budget_growth', '0.5'],
    ['budget_growth', '5'],
    ['budget_growth', '5,5%'],
    ['budget_growth', '3,5%'],
    ['private_spend_base', '1,200'],
    ['budget_growth', 'lots'],
    ['budget_growth', 'sqrt(4)'],
    ['budget_growth', '1/0'],
    ['private_spend_base', '£70bn'],
    ['horizon_years', '2.5'],
  ])('refuses %s=%s', async (name, text) => {
    const { problem } = typedInUi(name, text);
    expect(problem).toBeDefined();
    expect(await cli('run', BASELINE, '--set', `${name}=${text}`)).toEqual({ code: 2, stdout: '', stderr: `nhs-whatif: --set ${name}=${text}: ${problem}\n` });
  });

  it('says budget_growth=300% is over 20.00%, as the UI does', async () => {
    expect((await cli('run', BASELINE, '--set', 'budget_growth=300%')).stderr).toBe(
      'nhs-whatif: --set budget_growth=300%: budget_growth must be at most 20.00%, not 300.00%; type a percentage such as 3% or a fraction such as 0.03\n',
    );
  });

  it.each([
    ['marginal_private_share', '900/1700', 900 / 1700],
    ['marginal_private_share', '30%', 0.3],
    ['private_spend_base', '8.7*1.1', 9.57],
    ['private_spend_base', '£900m', 0.9],
    ['budget_growth', '3% + 0.5%', 0.035],
  ])('accepts %s=%s as %d', async (name, text, expected) => {
    expect(typedInUi(name, text).value).toBe(expected);
    const { code, stdout } = await cli('run', BASELINE, '--set', `${name}=${text}`, '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).cells[name]).toEqual({ value: expected });
  });

  it('says how a plain 1 on a percentage was read, on stderr, in the words of the UI', async () => {
    const { message } = typedInUi('marginal_private_share', '1');
    expect(message).toBe('marginal_private_share = 100.00% (1 is read as 100.00%; for 1% type 1%)');
    const { code, stdout, stderr } = await cli('run', BASELINE, '--set', 'marginal_private_share=1', '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).cells.marginal_private_share).toEqual({ value: 1 });
    expect(stderr).toBe('nhs-whatif: --set marginal_private_share=1: 1 is read as 100.00%; for 1% type 1%\n');
  });

  it('--set to the value the file has is no change and no error', async () => {
    const { code, stdout } = await cli('run', BASELINE, '--set', 'budget_growth=2%', '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).cells.budget_growth).toEqual({ value: 0.02 });
  });
});

describe("the UI's edit prompt", () => {
  it('starts with the value in its unit, and Enter on it leaves the value exactly as it was', () => {
    const start = initialState(loadScenario(BASELINE));
    const prompt = reducer(select(start, 'marginal_private_share'), { type: 'keys', keys: ['enter'] });
    expect(promptOf(prompt)?.text).toBe('52.94%');
    const accepted = reducer(prompt, { type: 'keys', keys: ['enter'] });
    expect(accepted.message?.text).toBe('unchanged');
    const cell = accepted.sheet.model.cells.get('marginal_private_share')?.cell;
    expect(cell?.kind === 'input' && cell.value).toBe(900 / 1700);
    expect(accepted.undo).toHaveLength(0);
  });
});
