import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { run as exportCommand } from '../../src/cli/commands/export/command.js';
import { formatDifference, formatNumber } from '../../src/engine/index.js';
import { loadScenario } from '../../src/scenario/index.js';
import { runEffect } from '../../src/tui/effects.js';
import { scenariosListed } from '../../src/tui/screens/picker/effects.js';
import { scenarioFile } from '../../src/tui/screens/picker/scenario-files.js';
import { initialState, reducer } from '../../src/tui/state/reducer.js';
import type { State } from '../../src/tui/state/types.js';
import { briefOutputs, budgetIn, cumulativePrivate, TOTAL_BUDGET_BASE } from './brief-figures.js';
import { press, promptOf, questionOf, scenarioCopy, select } from './helpers.js';
import { closeApps, ENTER, lineOf, open, pick, screenHas, type, until } from './ink-helpers.js';

afterEach(closeApps);

const pounds = (value: number) => formatNumber(value, '£bn');
const percent = (value: number) => formatNumber(value, 'percent');
const HF_FT = 'HuffPost UK, reporting a Health Foundation analysis for the Financial Times, 27 March 2017';
const ECHO = 'Echo (Southend), reporting figures given by Owen Smith in the 2016 Labour leadership contest, 2016';

/** cumulative_extra_to_private written out by hand: each year's extra money over the base, times the marginal share. */
const privateAt = (share: number, growth = 0.02, years = 5) =>
  Array.from({ length: years }, (_, i) => (budgetIn(i + 1, growth) - TOTAL_BUDGET_BASE) * share).reduce((a, b) => a + b, 0);

/** The baseline in a fresh copy of scenarios/: its file and the app's state on it. */
function opened(name = 'baseline.yaml'): { file: string; dir: string; state: State } {
  const dir = join(scenarioCopy(), 'scenarios');
  const file = join(dir, name);
  return { file, dir, state: initialState(loadScenario(file)) };
}

/** Runs the effects the state asks for as the app does, with the reducer as dispatch; resolves once they have reported back. */
async function settle(state: State): Promise<State> {
  let current = state;
  const dispatch = (action: Parameters<typeof reducer>[1]) => {
    current = reducer(current, action);
  };
  for (let round = 0; round < 5 && current.effects.length > 0; round++) {
    const effects = current.effects;
    dispatch({ type: 'effects-taken', count: effects.length });
    const before = current;
    for (const effect of effects) runEffect(effect, { state: () => current, dispatch, exit: () => {} });
    const deadline = Date.now() + 10_000;
    while (current === before || (current.message === before.message && current.overlay === before.overlay)) {
      if (Date.now() > deadline) throw new Error('the export did not report back');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
  return current;
}

/** The campaigner's scenario: the baseline with marginal_private_share at 20%, unsaved. */
const atTwentyPercent = (state: State) => press(select(state, 'marginal_private_share'), ['enter'], ['ctrl-u'], '20%', ['enter']);

const tableRow = (markdown: string, cell: string) => markdown.split('\n').find((line) => line.startsWith(`| ${cell} |`)) ?? '';

describe('exporting the grid (X)', () => {
  it("writes the campaigner's 20% scenario as Markdown for a briefing: units, descriptions, sources, the file and its unsaved change", async () => {
    const { file, dir, state } = opened();
    const edited = atTwentyPercent(state);
    const asked = press(edited, 'X');
    expect(promptOf(asked)?.text).toBe('baseline.md');
    expect(promptOf(asked)?.label).toBe(`export the grid to (in ${dir}/):`);
    const done = await settle(press(asked, ['enter']));
    const written = join(dir, 'baseline.md');
    expect(done.message).toEqual({ tone: 'info', text: `exported the grid to ${written} (Markdown)` });
    const markdown = readFileSync(written, 'utf8');
    expect(markdown.startsWith('### Baseline\n')).toBe(true);
    expect(markdown).toContain(`Scenario Baseline, file ${file}: New money split as in 2015/16`);
    expect(markdown).toContain('With unsaved changes, as shown on screen');
    expect(markdown).toContain('marginal_private_share 20.00% (52.94% in the file)');
    // The numbers as shown, with their units: £7.05bn at 20%, not the file's £18.67bn.
    expect(pounds(privateAt(0.2))).toBe('£7.05bn');
    expect(tableRow(markdown, 'cumulative_extra_to_private')).toMatch(
      new RegExp(`^\\| cumulative_extra_to_private \\| £bn \\| ${pounds(privateAt(0.2)).replace('.', '\\.')} \\|`),
    );
    expect(tableRow(markdown, 'horizon_years')).toMatch(/^\| horizon_years \| years \| 5 \|/);
    const share5 = (8.7 + 0.2 * (budgetIn(5) - TOTAL_BUDGET_BASE)) / budgetIn(5);
    expect(tableRow(markdown, 'private_share')).toContain(`| ${percent(share5)} |`);
    // What each cell is and where it comes from, the changed input saying so rather than citing a number it no longer has.
    expect(markdown).toContain('#### What the cells are and where they come from');
    expect(markdown).toContain(`| private_spend_base | NHS spending on private-sector healthcare in the base year 2015/16 | £bn | ${ECHO} |`);
    expect(markdown).toContain(
      `| marginal_private_share | Share of each year's extra money spent with private providers | percent | changed from its source: 52.94% per ${HF_FT}; here 20.00% |`,
    );
    expect(markdown).toContain(
      '| cumulative_extra_to_private | Extra money to private providers, summed over the horizon | £bn | computed: sum(extra_to_private) |',
    );
    expect(markdown).toContain(`| hf-ft | ${HF_FT} |`);
    // Nothing of the file changed: the edit is still unsaved.
    expect(readFileSync(file, 'utf8')).toContain('value: 0.5294117647058824');
    expect(done.sheet).toBe(edited.sheet);
  });

  it('asks before writing over a file that exists: n keeps it and asks for another name, y replaces it', async () => {
    const { dir, state } = opened();
    const target = join(dir, 'baseline.md');
    writeFileSync(target, 'my notes\n');
    const asked = await settle(press(state, 'X', ['enter']));
    expect(questionOf(asked)?.text).toBe(`${target} exists: overwrite it? y/n`);
    const declined = press(asked, 'n');
    expect(promptOf(declined)?.text).toBe('baseline.md');
    expect(promptOf(declined)?.problem).toBe(`${target} was left as it is; type another name or press Esc`);
    expect(readFileSync(target, 'utf8')).toBe('my notes\n');
    const replaced = await settle(press(asked, 'y'));
    expect(replaced.message?.text).toBe(`exported the grid to ${target} (Markdown)`);
    expect(tableRow(readFileSync(target, 'utf8'), 'cumulative_extra_to_private')).toContain(pounds(cumulativePrivate()));
  });

  it('chooses the format by the ending and refuses an unknown one with the list; a missing folder asks again with the reason', async () => {
    const { state } = opened();
    expect(promptOf(press(state, 'X'))?.hint).toBe('the ending chooses: .md (Markdown), .csv (CSV), .json (JSON), .xlsx (workbook), .txt (text)');
    const refused = press(state, 'X', ['ctrl-u'], 'briefing.pdf', ['enter']);
    expect(promptOf(refused)?.problem).toBe(
      'briefing.pdf: the ending chooses the format; use one of .md (Markdown), .csv (CSV), .json (JSON), .xlsx (workbook), .txt (text)',
    );
    expect(refused.effects).toEqual([]);
    const missing = await settle(press(state, 'X', ['ctrl-u'], 'no-such-folder/briefing.md', ['enter']));
    expect(promptOf(missing)?.problem).toBe('not exported: there is no such folder; type another name or press Esc');
    expect(promptOf(missing)?.text).toBe('no-such-folder/briefing.md');
  });

  it('never writes into a folder, and asks before replacing a symbolic link, even one that points nowhere', async () => {
    const { dir, state } = opened();
    mkdirSync(join(dir, 'notes.md'));
    const folder = await settle(press(state, 'X', ['ctrl-u'], 'notes.md', ['enter']));
    expect(promptOf(folder)?.problem).toBe(`not exported: ${join(dir, 'notes.md')} is a folder; type another name or press Esc`);
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'linked.md'));
    const link = await settle(press(state, 'X', ['ctrl-u'], 'linked.md', ['enter']));
    expect(questionOf(link)?.text).toBe(`${join(dir, 'linked.md')} exists: overwrite it? y/n`);
    expect(existsSync(join(dir, 'nowhere.md'))).toBe(false);
  });

  it('writes CSV and JSON as the command line does: raw numbers at full precision', async () => {
    const { dir, state } = opened();
    await settle(press(state, 'X', ['ctrl-u'], 'baseline.csv', ['enter']));
    const csvLine = readFileSync(join(dir, 'baseline.csv'), 'utf8')
      .split('\n')
      .find((line) => line.startsWith('cumulative_extra_to_private,'));
    const [, unit, value] = csvLine!.split(',');
    expect(unit).toBe('£bn');
    expect(Number(value)).toBeCloseTo(cumulativePrivate(), 10);
    await settle(press(state, 'X', ['ctrl-u'], 'baseline.json', ['enter']));
    const json = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8'));
    expect(json.cells.cumulative_extra_to_private.value).toBeCloseTo(cumulativePrivate(), 10);
    expect(json.cells.private_share.value.at(-1)).toBeCloseTo(briefOutputs().share, 12);
    expect(json.exportedFrom).toEqual({ file: join(dir, 'baseline.yaml'), unsavedChanges: [] });
    await settle(press(atTwentyPercent(state), 'X', ['ctrl-u'], 'twenty.json', ['enter']));
    const twenty = JSON.parse(readFileSync(join(dir, 'twenty.json'), 'utf8'));
    expect(twenty.cells.marginal_private_share.value).toBe(0.2);
    expect(twenty.cells.cumulative_extra_to_private.value).toBeCloseTo(privateAt(0.2), 10);
    expect(twenty.exportedFrom.unsavedChanges).toEqual(['marginal_private_share 20.00% (52.94% in the file)']);
  });

  it('writes with .xlsx the same workbook as nhs-whatif export --xlsx, with the edits in it', async () => {
    const { file, dir, state } = opened();
    await settle(press(state, 'X', ['ctrl-u'], 'baseline.xlsx', ['enter']));
    const cli = await exportCommand({ files: [file], flags: { xlsx: join(dir, 'cli.xlsx') } });
    const fromCli = new ExcelJS.Workbook();
    await fromCli.xlsx.load(Buffer.from((cli.files![0] as { bytes: Uint8Array }).bytes) as never);
    const fromUi = new ExcelJS.Workbook();
    await fromUi.xlsx.readFile(join(dir, 'baseline.xlsx'));
    const contents = (workbook: ExcelJS.Workbook) =>
      workbook.worksheets.map((sheet) => {
        const cells: unknown[] = [sheet.name];
        sheet.eachRow((row) => row.eachCell((cell) => cells.push([cell.address, cell.value, cell.numFmt])));
        return cells;
      });
    expect(contents(fromUi)).toEqual(contents(fromCli));
    expect(fromUi.worksheets.map((sheet) => sheet.name)).toEqual(['Inputs', 'Model', 'Sources', 'Checks']);

    const edited = atTwentyPercent(state);
    await settle(press(edited, 'X', ['ctrl-u'], 'twenty.xlsx', ['enter']));
    const twenty = new ExcelJS.Workbook();
    await twenty.xlsx.readFile(join(dir, 'twenty.xlsx'));
    const values: unknown[] = [];
    twenty.getWorksheet('Inputs')!.eachRow((row) => values.push(row.getCell(2).value));
    expect(values).toContain(0.2);
  });
});

describe('exporting the comparison and the chart (X)', () => {
  function compared(state: State, dir: string): State {
    const listed = ['baseline.yaml', 'higher-growth.yaml'].map((name) => scenarioFile(join(dir, name), state.scenario.file, name));
    const picking = reducer(press(state, 'c'), { type: 'result', apply: (s) => scenariosListed(s, listed) });
    return press(picking, 'j', ' ', ['enter']);
  }

  it('writes the comparison as shown, named after the scenario and the view, with each file named', async () => {
    const { file, dir, state } = opened();
    const comparing = compared(state, dir);
    const asked = press(comparing, 'X');
    expect(promptOf(asked)?.text).toBe('baseline-compare.md');
    const done = await settle(press(asked, ['enter']));
    expect(done.message?.text).toBe(`exported the comparison to ${join(dir, 'baseline-compare.md')} (Markdown)`);
    const markdown = readFileSync(join(dir, 'baseline-compare.md'), 'utf8');
    expect(markdown).toContain(`Compared: Baseline (${file}); Higher growth (${join(dir, 'higher-growth.yaml')}).`);
    const [low, high] = [cumulativePrivate(), cumulativePrivate(0.036)];
    expect(tableRow(markdown, 'cumulative_extra_to_private')).toBe(
      `| cumulative_extra_to_private | ${pounds(low)} | ${pounds(high)} | ${formatDifference(high - low, '£bn')} | +${(((high - low) / low) * 100).toFixed(1)}% |`,
    );
    expect(markdown).toContain('| budget_growth | Annual growth of total NHS spending | percent | assumption: 2% a year');

    // Only the rows that differ, with the other scenario as the reference, as the screen shows them.
    const flipped = await settle(press(comparing, 'r', 'f', 'X', ['ctrl-u'], 'flipped.md', ['enter']));
    expect(flipped.message?.tone).toBe('info');
    const only = readFileSync(join(dir, 'flipped.md'), 'utf8');
    expect(only).toContain('### Higher growth vs Baseline');
    expect(only).toMatch(/Only the \d+ of \d+ rows where a scenario differs from Higher growth are shown\./);
    expect(tableRow(only, 'budget_growth')).toBe('| budget_growth | 3.60% | 2.00% | -1.60 pp | -44.4% |');
    expect(tableRow(only, 'private_spend_base')).toBe('');
  });

  it('lists a cell that fails under the comparison, by scenario, and marks it ERROR in the table', async () => {
    const { dir, state } = opened();
    const broken = press(state, 'a', 'broken', ['enter'], 'budget_growth / 0', ['enter']);
    const done = await settle(press(compared(broken, dir), 'X', ['enter']));
    expect(done.message?.tone).toBe('info');
    const markdown = readFileSync(join(dir, 'baseline-compare.md'), 'utf8');
    expect(tableRow(markdown, 'broken')).toMatch(/^\| broken \| ERROR \| — \|/);
    expect(markdown).toMatch(/\nErrors:\n\n- Baseline \(current, unsaved\): broken: .*division by zero/);
  });

  it("writes the chart's lines as a table by year, and says why when there is no chart to export", async () => {
    const { dir, state } = opened();
    const charting = press(select(state, 'private_share'), 'v', 'r', '10%', ['enter']);
    const asked = press(charting, 'X');
    expect(promptOf(asked)?.text).toBe('baseline-chart-private_share.md');
    const done = await settle(press(asked, ['enter']));
    expect(done.message?.text).toBe(`exported the chart of private_share to ${join(dir, 'baseline-chart-private_share.md')} (Markdown)`);
    const markdown = readFileSync(join(dir, 'baseline-chart-private_share.md'), 'utf8');
    expect(markdown).toContain('| year | Baseline |');
    const share = (t: number) => (8.7 + (900 / 1700) * (budgetIn(t) - TOTAL_BUDGET_BASE)) / budgetIn(t);
    ['2016/17', '2017/18', '2018/19', '2019/20', '2020/21'].forEach((year, i) => {
      expect(markdown).toContain(`| ${year} | ${percent(share(i + 1))} |`);
    });
    expect(markdown).toContain('Reference line at 10.00%: private_share crosses 10.00% in 2018/19 (Baseline).');
    expect(markdown).toContain('| private_share | Average private share of all spending each year');

    // As a workbook: the table as a sheet, the numbers as numbers in their unit.
    await settle(press(charting, 'X', ['ctrl-u'], 'share.xlsx', ['enter']));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'share.xlsx'));
    const sheet = workbook.worksheets[0]!;
    expect([sheet.getCell('A1').value, sheet.getCell('B1').value]).toEqual(['year', 'Baseline']);
    expect(sheet.getCell('A6').value).toBe('2020/21');
    expect(sheet.getCell('B6').value).toBeCloseTo(briefOutputs().share, 12);
    expect(sheet.getCell('B6').numFmt).toBe('0.00%');

    const single = press(select(state, 'cumulative_extra_to_private'), 'v', 'X');
    expect(single.overlay).toBeUndefined();
    expect(single.message?.tone).toBe('error');
    expect(single.message?.text).toMatch(/^nothing to export: cumulative_extra_to_private is a single number/);
    expect(existsSync(join(dir, 'baseline-chart-cumulative_extra_to_private.md'))).toBe(false);
  });
});

describe('exporting in the terminal UI', () => {
  it('writes the 20% scenario as Markdown beside it and says where, without leaving the UI', async () => {
    const app = open();
    await screenHas(app, 'marginal_private_share');
    await type(app, 'jj', ENTER, '\u0015', '20%', ENTER);
    await until(app, (frame) => lineOf(frame, 'cumulative_extra_to_private').includes(pounds(privateAt(0.2))), 'the grid at 20%');
    await type(app, 'X');
    let frame = await screenHas(app, 'export the grid to (in ');
    expect(frame).toContain('baseline.md');
    await type(app, ENTER);
    frame = await screenHas(app, 'exported the grid to');
    expect(frame.replace(/\s+/g, ' ')).toContain('baseline.md (Markdown)');
    expect(frame).toContain('[+] unsaved changes');
    const markdown = readFileSync(join(app.dir, 'scenarios', 'baseline.md'), 'utf8');
    expect(tableRow(markdown, 'cumulative_extra_to_private')).toContain(`| £bn | ${pounds(privateAt(0.2))} |`);
    expect(markdown).toContain('With unsaved changes');
    expect(markdown).toContain(HF_FT);
  });

  it('writes the comparison from the compare screen, and asks before replacing the file the second time', async () => {
    const app = open();
    await screenHas(app, 'marginal_private_share');
    await type(app, 'c');
    await pick(app, 'higher-growth.yaml');
    await type(app, ENTER);
    await screenHas(app, 'Higher growth');
    await type(app, 'X');
    await screenHas(app, 'baseline-compare.md');
    await type(app, ENTER);
    await screenHas(app, 'exported the comparison to');
    const written = join(app.dir, 'scenarios', 'baseline-compare.md');
    const [low, high] = [cumulativePrivate(), cumulativePrivate(0.036)];
    expect(tableRow(readFileSync(written, 'utf8'), 'cumulative_extra_to_private')).toContain(`| ${pounds(low)} | ${pounds(high)} | +${pounds(high - low)} |`);
    await type(app, 'X', ENTER);
    const frame = await screenHas(app, 'overwrite it? y/n');
    expect(frame).toContain('y overwrite it');
    await type(app, 'y');
    await screenHas(app, 'exported the comparison to');
  });
});
