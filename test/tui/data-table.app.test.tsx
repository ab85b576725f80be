import { afterEach, describe, expect, it } from 'vitest';
import { TOTAL_BUDGET_BASE } from './brief-figures.js';
import { CTRL_U, closeApps, ENTER, ESC, lineOf, open, type Rendered, screenHas, type, until } from './ink-helpers.js';

afterEach(closeApps);

const plain = (frame: string) => frame.replace(/\u001B\[[0-9;]*m/g, '');
const finalShare = (growth: number, share: number): string => {
  const budget = TOTAL_BUDGET_BASE * (1 + growth) ** 5;
  return `${(((8.7 + (budget - TOTAL_BUDGET_BASE) * share) / budget) * 100).toFixed(2)}%`;
};

async function onPrivateShare(app: Rendered) {
  await screenHas(app, 'cumulative_extra_to_nhs');
  await type(app, 'G', 'k', 'k');
  await until(app, (frame) => lineOf(frame, 'private_share').startsWith('›'), 'private_share to be selected');
}

describe('the data table in the terminal UI', () => {
  it('asks for the output and two inputs with t and shows the grid with the closed form’s numbers, then goes back with Esc', async () => {
    const app = open(100, 30);
    await onPrivateShare(app);
    await type(app, 't');
    await screenHas(app, 'data table of: last(private_share)');
    await type(app, ENTER);
    await screenHas(app, 'down the side:');
    await type(app, CTRL_U, 'budget_growth=1%:5%:1%', ENTER);
    await screenHas(app, 'across the top:');
    await type(app, CTRL_U, 'marginal_private_share=10%,30%,52.9%', ENTER);
    const frame = plain(await screenHas(app, 'Data table of private_share in 2020/21'));
    const rows = frame.split('\n');
    expect(rows.findIndex((line) => line.startsWith('budget_growth ↓  marginal_private_share →'))).toBeGreaterThan(0);
    expect(rows[rows.findIndex((line) => line.startsWith('budget_growth ↓')) + 1]).toMatch(/^ +10\.00% +30\.00% +\[ *52\.90%\]/);
    for (const growth of [0.01, 0.02, 0.03, 0.04, 0.05]) {
      const label = `${(growth * 100).toFixed(2)}%`;
      const line = rows.find((row) => row.includes(` ${label} `) || row.includes(`[${label}]`))!;
      for (const share of [0.1, 0.3, 0.529]) expect(line).toContain(finalShare(growth, share));
    }
    expect(frame).toContain(`[▒ ${finalShare(0.02, 0.529)}]`);
    expect(frame).toContain('e change');
    await type(app, ESC);
    const grid = await screenHas(app, 'back to the grid');
    expect(lineOf(grid, 'private_share')).toMatch(/^›/);
    expect(grid).not.toContain('[+] unsaved changes');
  });

  it('takes the defaults with Enter three times, and lists its keys on the help screen', async () => {
    const app = open(120, 40);
    await onPrivateShare(app);
    await type(app, 't', ENTER);
    await screenHas(app, 'down the side: private_share_base=');
    await type(app, ENTER);
    await screenHas(app, 'across the top: marginal_private_share=0%:100%:20%');
    await type(app, ENTER);
    const frame = plain(await screenHas(app, 'marginal_private_share →'));
    expect(frame).toContain('private_share_base ↓  marginal_private_share →');
    expect(frame).toMatch(/^ +0\.00% +20\.00% +40\.00% +\[ *60\.00%\] +80\.00% +100\.00%/m);
    await type(app, '?');
    const help = await screenHas(app, 'Data table (t)');
    expect(help).toContain('change the output or the inputs');
  });
});
