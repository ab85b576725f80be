import { afterEach, describe, expect, it } from 'vitest';
import { TOTAL_BUDGET_BASE } from './brief-figures.js';
import { CTRL_U, closeApps, ENTER, ESC, lineOf, onPrivateShare, open, plain, screenHas, type, until } from './ink-helpers.js';

afterEach(closeApps);
const finalShare = (growth: number, share: number): string => {
  const budget = TOTAL_BUDGET_BASE * (1 + growth) ** 5;
  return `${(((8.7 + (budget - TOTAL_BUDGET_BASE) * share) / budget) * 100).toFixed(2)}%`;
};

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
    // The two inputs that move last(private_share) most over their low..high, each over round values of that range.
    await screenHas(app, 'down the side: budget_growth=1%:4%:0.5%');
    await type(app, ENTER);
    await screenHas(app, 'across the top: marginal_private_share=30%:70%:10%');
    await type(app, ENTER);
    const frame = plain(await screenHas(app, 'marginal_private_share →'));
    expect(frame).toContain('budget_growth ↓  marginal_private_share →');
    // The scenario's own 52.94% is nearest 50%.
    expect(frame).toMatch(/^ +30\.00% +40\.00% +\[ *50\.00%\] +60\.00% +70\.00%/m);
    expect(frame).toContain(`[▒ ${finalShare(0.02, 0.5)}]`);
    await type(app, '?');
    let help = await screenHas(app, 'Keys (press ? or Esc to go back)');
    // The help is longer than 40 rows: page down to the data table's section.
    for (let page = 0; page < 40 && !help.includes('Data table (t)') && help.includes('more ↓'); page++) {
      const before = help;
      await type(app, '\u001B[6~'); // PgDn
      help = await until(app, (frame) => frame !== before, 'the help to scroll');
    }
    expect(help).toContain('Data table (t)');
    expect(help).toContain('change the output or the inputs');
  });
});
