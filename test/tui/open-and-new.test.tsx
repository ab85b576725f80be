import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatNumber } from '../../src/engine/index.js';
import { loadScenario } from '../../src/scenario/index.js';
import { initialState } from '../../src/tui/state/reducer.js';
import { selectedName } from '../../src/tui/state/selectors.js';
import { arrived, newScenarioText, started } from '../../src/tui/switching.js';
import { cumulativePrivate } from './brief-figures.js';
import { baseline, press, promptOf, questionOf, SCENARIOS, scenarioCopy, select } from './helpers.js';
import { CTRL_U, closeApps, ENTER, lineOf, open, screenHas, type, until } from './ink-helpers.js';

afterEach(closeApps);

const pounds = (value: number) => formatNumber(value, '£bn');
/** The screen's text with its lines joined, for messages that wrap. */
const flat = (frame: string) => frame.replace(/\s+/g, ' ');

describe('opening another scenario in place of this one (O)', () => {
  it('asks for a name or path, beside the open file by default, and asks the app to load it', () => {
    const asked = press(initialState(baseline()), 'O');
    expect(promptOf(asked)?.text).toBe(`${SCENARIOS.replace(/\/$/, '')}/`);
    const named = press(asked, ['ctrl-u'], 'higher-growth', ['enter']);
    expect(named.effects).toEqual([{ kind: 'open-scenario-file', file: join(SCENARIOS, 'higher-growth.yaml'), typed: 'higher-growth' }]);
    expect(promptOf(press(asked, ['enter']))?.problem).toBe('type the name or path of a scenario file, e.g. higher-growth');
  });

  it('never puts control characters of a folder or file name into a prompt, which would send them to the terminal', () => {
    const dir = join(scenarioCopy(), 'a\u001b[31m');
    mkdirSync(dir);
    const file = join(dir, 'b\u001b]0;x\u0007.yaml');
    copyFileSync(join(SCENARIOS, 'baseline.yaml'), file);
    const state = initialState(loadScenario(file));
    expect(promptOf(press(state, 'O'))?.text).toBe('');
    expect(promptOf(press(state, 'x'))?.text).toBe('new-scenario');
    expect(promptOf(press(state, 'x'))?.label).toBe('new scenario extending b\\x1b]0;x\\x07.yaml, file name:');
  });

  it('opens at once without unsaved changes; with them, asks first and cancelling keeps everything', () => {
    const higher = loadScenario(join(SCENARIOS, 'higher-growth.yaml'));
    const switched = arrived(select(initialState(baseline()), 'budget_growth'), higher, {});
    expect(switched.scenario.file).toBe(higher.file);
    expect(selectedName(switched)).toBe('budget_growth');
    expect(switched.message).toEqual({ tone: 'info', text: `opened ${higher.file}` });
    const edited = press(select(initialState(baseline()), 'budget_growth'), '+');
    const asked = arrived(edited, higher, {});
    expect(questionOf(asked)?.kind).toBe('switch');
    const kept = press(asked, 'c');
    expect(kept.scenario.file).toBe(edited.scenario.file);
    expect(kept.sheet).toBe(edited.sheet);
    const discarded = press(asked, 'd');
    expect(discarded.scenario.file).toBe(higher.file);
    expect(discarded.undo).toEqual([]);
    expect(discarded.effects).toEqual([{ kind: 'discard-recovery', file: edited.scenario.file }]);
    const saving = press(asked, 's');
    expect(saving.effects).toMatchObject([{ kind: 'save', file: edited.scenario.file, newFile: false }]);
  });

  it('keeps the prompt open with the path and the reason when the file does not load, then opens the corrected one', async () => {
    const app = open();
    await screenHas(app, 'budget_growth');
    await type(app, 'O', CTRL_U, 'higher-grwth', ENTER);
    let frame = await screenHas(app, 'not opened:');
    expect(frame).toContain('open scenario file: higher-grwth');
    expect(frame.replace(/\s+/g, ' ')).toContain('higher-grwth.yaml: no such file');
    await type(app, CTRL_U, 'higher-growth', ENTER);
    frame = await screenHas(app, 'nhs-whatif · Higher growth');
    expect(frame).toContain('higher-growth.yaml (saved)');
    expect(lineOf(frame, 'budget_growth')).toContain('3.60%');
    expect(lineOf(frame, 'cumulative_extra_to_private')).toContain(pounds(cumulativePrivate(0.036)));
  });

  it('with unsaved changes, s saves them and then opens the other file; d lets them go', async () => {
    const app = open();
    await screenHas(app, 'budget_growth');
    await type(app, 'jjj', '+', 'O', CTRL_U, 'average-split', ENTER);
    let asked = await until(
      app,
      (f) => flat(f).includes('baseline.yaml has unsaved changes: [s]ave them, [d]iscard them or [c]ancel, before opening'),
      'the question',
    );
    expect(flat(asked)).toContain(`before opening ${join(app.dir, 'scenarios', 'average-split.yaml')}?`);
    await type(app, 's');
    let frame = await screenHas(app, 'nhs-whatif · Average split');
    expect(readFileSync(app.file, 'utf8')).toContain('value: 0.025');
    // Now an edit to let go.
    await type(app, '+', 'O', CTRL_U, 'baseline', ENTER);
    asked = await until(app, (f) => flat(f).includes('average-split.yaml has unsaved changes'), 'the question');
    expect(asked.split('\n').at(-1)).toBe('s save and open  d discard and open  c Esc cancel');
    await type(app, 'd');
    frame = await screenHas(app, 'nhs-whatif · Baseline');
    expect(lineOf(frame, 'budget_growth')).toContain('2.50%');
    expect(readFileSync(join(app.dir, 'scenarios', 'average-split.yaml'), 'utf8')).not.toContain('0.025');
  });
});

describe('a new scenario that extends the open one (x)', () => {
  it('is a small file: extends and a name, the rest inherited', () => {
    const text = newScenarioText('baseline.yaml', 'baseline-2');
    expect(parse(text)).toEqual({ extends: 'baseline.yaml', name: 'baseline-2' });
    const dir = scenarioCopy();
    writeFileSync(join(dir, 'scenarios', 'baseline-2.yaml'), text);
    const child = loadScenario(join(dir, 'scenarios', 'baseline-2.yaml'));
    expect(child.name).toBe('baseline-2');
    expect(child.cells.map((cell) => cell.name)).toEqual(baseline().cells.map((cell) => cell.name));
  });

  it('takes the unsaved changes of the open one along, as one undoable step', () => {
    const dir = scenarioCopy();
    const file = join(dir, 'scenarios', 'growth-35.yaml');
    writeFileSync(file, newScenarioText('baseline.yaml', 'growth-35'));
    const edited = press(select(initialState(loadScenario(join(dir, 'scenarios', 'baseline.yaml'))), 'budget_growth'), '+++');
    const child = started(edited, loadScenario(file));
    expect(child.scenario.file).toBe(file);
    expect(selectedName(child)).toBe('budget_growth');
    const growth = child.sheet.model.cells.get('budget_growth')?.cell;
    expect(growth?.kind === 'input' && growth.value).toBe(0.035);
    expect(child.undo).toHaveLength(1);
    expect(press(child, 'u').sheet.model.cells.get('budget_growth')?.cell).toMatchObject({ value: 0.02 });
    expect(child.message?.text).toBe(`new scenario ${file}, extending baseline.yaml, with your unsaved changes (s saves them to it)`);
  });

  it('asks for a file name beside the open one, writes it, opens it with the edits, and s saves only what differs', async () => {
    const app = open();
    await screenHas(app, 'budget_growth');
    await type(app, 'jjj', ENTER, CTRL_U, '3.5%', ENTER);
    await screenHas(app, 'budget_growth = 3.50%');
    await type(app, 'x');
    let frame = await screenHas(app, 'new scenario extending baseline.yaml, file name: baseline-2');
    await type(app, CTRL_U, 'growth-35', ENTER);
    frame = await screenHas(app, 'nhs-whatif · growth-35');
    expect(frame).toContain('[+] unsaved changes');
    expect(lineOf(frame, 'budget_growth')).toMatch(/\* budget_growth +3\.50%/);
    const created = join(app.dir, 'scenarios', 'growth-35.yaml');
    expect(parse(readFileSync(created, 'utf8'))).toEqual({ extends: 'baseline.yaml', name: 'growth-35' });
    await type(app, 's');
    await screenHas(app, 'growth-35.yaml (saved)');
    expect(parse(readFileSync(created, 'utf8'))).toEqual({ extends: 'baseline.yaml', name: 'growth-35', inputs: { budget_growth: 0.035 } });
    expect(readFileSync(app.file, 'utf8')).toContain('value: 0.02');
    // Compared with the file it extends: the reference is the new scenario; r makes the baseline the reference.
    await type(app, 'c');
    await until(app, (f) => f.includes('] baseline.yaml'), 'the files listed');
    await type(app, 'g');
    await until(app, (f) => (f.split('\n').find((line) => line.startsWith('› ')) ?? '').includes('average-split'), 'the cursor on the first file');
    await type(app, 'j', ' ', ENTER, 'r');
    frame = await screenHas(app, 'Compare: Baseline vs growth-35');
    const row = frame.split('\n').find((line) => line.slice(2).startsWith('cumulative_extra_to_private ')) ?? '';
    expect(row).toContain(pounds(cumulativePrivate(0.02)));
    expect(row).toContain(pounds(cumulativePrivate(0.035)));
    expect(row).toContain(`+${pounds(cumulativePrivate(0.035) - cumulativePrivate(0.02))} ▲`);
  });

  it('keeps the prompt open when the file exists, so another name can be typed', async () => {
    const app = open();
    await screenHas(app, 'budget_growth');
    await type(app, 'x', CTRL_U, 'higher-growth', ENTER);
    const frame = await screenHas(app, 'not created:');
    expect(frame.replace(/\s+/g, ' ')).toContain('higher-growth.yaml already exists; type another name or press Esc');
    expect(frame).toContain('file name: higher-growth');
    expect(existsSync(join(app.dir, 'scenarios', 'baseline-2.yaml'))).toBe(false);
    expect(readFileSync(join(app.dir, 'scenarios', 'higher-growth.yaml'), 'utf8')).toContain('name: Higher growth');
  });
});
