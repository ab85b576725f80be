import './colour-terminal.js';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/analysis/simulate.js';
import { DEFAULT_SAMPLES, DEFAULT_SEED } from '../../src/analysis/simulation-settings.js';
import { buildModel, type Evaluation, evaluate, formatNumber, setInput } from '../../src/engine/index.js';
import { compute, MAX_CELLS, MAX_FILE_BYTES } from '../../src/scenario/index.js';
import { agreesWithin } from './agree.js';
import { openBareInkScreen } from './bare-ink-screen.js';
import { BASELINE_INPUTS, baselineCells, handWrittenBaseline } from './baseline.js';
import { BUILT_COMMAND, buildFlags, bundleLikeTheCommand, ROOT, shellWords } from './bundle.js';
import { APP, HELLO_INK_SOURCE, helloInk, openTmux } from './cold-start.js';
import { checkFile, generatedScenario, LOADING_SIZES } from './loading.js';
import { chain, grid, type Sheet } from './models.js';
import { runNode } from './processes.js';
import { buildHyperFormula, buildOurs, hyperFormulaProbeOf, probeOf } from './spreadsheet.js';
import { probeBoth, SHEETS } from './spreadsheet-bench.js';
import { START_UP } from './start-up.js';
import { styledRuns } from './styled-runs.js';
import { sweepPoint, sweepWorkloads } from './sweep.js';
import { EDITED, LARGE_MODEL, nudgedText, openTui, SMALL_MODEL, spreadPending, TERMINALS, type Tui } from './tui-keystroke.js';

const numberOf = (evaluation: Evaluation, name: string): number => {
  const result = evaluation.results.get(name);
  if (!result?.ok || typeof result.value !== 'number') throw new Error(`${name} did not compute`);
  return result.value;
};

/** A formula's shape as a cache could key it: cell names (ours) or cell references (HyperFormula's) taken out. */
const shapesOf = (sheet: Sheet): Set<string> =>
  new Set([
    ...sheet.cells.flatMap((cell) => (cell.kind === 'formula' ? [cell.formula.replace(/[a-z_][a-z0-9_]*/gi, '#')] : [])),
    ...sheet.hyperformula.flat().flatMap((cell) => (typeof cell === 'string' ? [cell.replace(/[A-Z]+\d+/g, '#')] : [])),
  ]);

// The benchmarks' workloads compute what their references do (no timing here).
describe('benchmark workloads agree with their references', () => {
  it.each([chain(1000), grid(32)])('$name: the probe equals HyperFormula within 1e-9 relative', (sheet) => {
    for (const value of [1, 2.5, -7, 1e6]) {
      const { ours, hyperFormula, agrees } = probeBoth(sheet, value);
      expect(agrees, `${sheet.name} at ${value}: ${ours} vs ${hyperFormula}`).toBe(true);
    }
  });

  describe('the build from new text', () => {
    it.each(SHEETS.slice(0, 2).map((sheetOf) => ({ name: sheetOf().name, sheetOf })))(
      '$name: each variant is new text, and both engines build it to the same values',
      ({ sheetOf }) => {
        const variants = [0, 1, 2, 3].map((variant) => sheetOf(variant));
        variants.forEach((sheet, i) => {
          const shapes = shapesOf(sheet);
          for (const other of variants.slice(i + 1)) expect([...shapesOf(other)].filter((shape) => shapes.has(shape))).toEqual([]);
          const hf = buildHyperFormula(sheet);
          const [ours, hyperFormula] = [probeOf(sheet, buildOurs(sheet).evaluation), hyperFormulaProbeOf(sheet, hf)];
          hf.destroy();
          expect(agreesWithin(ours, hyperFormula), `${sheet.name}, variant ${i}: ${ours} vs ${hyperFormula}`).toBe(true);
        });
        // The variants compute different values (a closed form for the chain: 1 + 999 × the step).
        const probes = variants.map((sheet) => probeOf(sheet, buildOurs(sheet).evaluation));
        expect(new Set(probes).size).toBe(probes.length);
        if (variants[0]!.name === 'chain 1000') expect(probes[2]).toBeCloseTo(1 + 999 * (1 + 2 / 1e6), 9);
      },
    );
  });

  it('the compiled sweep gives every output of the hand-written baseline', () => {
    const work = sweepWorkloads();
    const at = (name: string) => work.model.cells.positionOf(name)!;
    for (let i = 0; i < 200; i += 7) {
      const values = work.valuesAt(i)!;
      const expected = handWrittenBaseline(...sweepPoint(i));
      const pairs: [string, number | readonly number[]][] = [
        ['total_budget_base', expected.totalBudgetBase],
        ['budget', expected.budget],
        ['extra_money', expected.extraMoney],
        ['extra_to_private', expected.extraToPrivate],
        ['extra_to_nhs', expected.extraToNhs],
        ['private_spend', expected.privateSpend],
        ['private_share', expected.privateShare],
        ['cumulative_extra_to_private', expected.cumulativeExtraToPrivate],
        ['cumulative_extra_to_nhs', expected.cumulativeExtraToNhs],
      ];
      BASELINE_INPUTS.forEach((name, index) => {
        pairs.push([name, sweepPoint(i)[index]!]);
      });
      for (const [name, want] of pairs) {
        const got = values[at(name)]!;
        const [a, b] = [[got].flat(), [want].flat()];
        expect(a, name).toHaveLength(b.length);
        a.forEach((x, year) => {
          expect(agreesWithin(x, b[year]!, 1e-12), `${name}[${year}] at run ${i}: ${x} vs ${b[year]}`).toBe(true);
        });
      }
    }
    expect(agreesWithin(work.compiled(), work.handWritten(), 1e-12)).toBe(true);
  });

  it('reads styles from escape sequences as Ink takes them', () => {
    expect(styledRuns('\u001B[7m\u001B[1m› \u001B[22m\u001B[33m* \u001B[1m\u001B[36mname\u001B[39m\u001B[22m 5\u001B[27m')).toEqual([
      { text: '› ', style: { inverse: true, bold: true } },
      { text: '* ', style: { inverse: true, color: 'yellow' } },
      { text: 'name', style: { inverse: true, color: 'cyan', bold: true } },
      { text: ' 5', style: { inverse: true } },
    ]);
    expect(() => styledRuns('\u001B[38;5;100mx')).toThrow('unknown text style');
  });

  describe('the keystroke workload', () => {
    const open: { close(): void }[] = [];
    afterAll(() => {
      for (const screen of open) screen.close();
    });

    it.each(TERMINALS)('$columns×$rows: + shows the nudged input, and bare Ink draws the very same coloured lines', { timeout: 60_000 }, async (terminal) => {
      const tui = await openTui(terminal, SMALL_MODEL);
      open.push(tui);
      const bare = await openBareInkScreen(tui.first, terminal.columns, terminal.rows);
      open.push(bare);
      expect(bare.shown().coloured).toContain('\u001B[');
      const model = buildModel(tui.scenario.cells, tui.scenario.baseYear);
      let evaluation = evaluate(model);
      for (let nudges = 1; nudges <= 3; nudges++) {
        const { frame } = await tui.nudge();
        expect(tui.rowOf(frame.plain, EDITED)).toContain(nudgedText(nudges));
        ({ evaluation } = setInput(model, evaluation, EDITED, (87 + nudges) / 10));
        // Every row of the model shows on the tallest terminal, and the values that depend on the input are right.
        if (terminal.rows === 60) {
          for (const name of ['cumulative_extra_to_private', 'cumulative_plus_26']) {
            expect(tui.rowOf(frame.plain, name)).toContain(formatNumber(numberOf(evaluation, name), '£bn'));
          }
        }
        bare.show(frame);
        const drawn = await bare.press();
        expect(drawn.frame.coloured).toBe(frame.coloured);
      }
    });

    it('with p5–p95 shown, + shows the nudged input with the figures marked, then the p5–p95 of private_share that simulate gives for the edited scenario', {
      timeout: 60_000,
    }, async () => {
      const tui = await openTui(TERMINALS[1], SMALL_MODEL, { spread: true });
      open.push(tui);
      const { value, figures } = await tui.nudgeSimulated();
      expect(tui.rowOf(value.frame.plain, EDITED)).toContain(nudgedText(1));
      expect(spreadPending(value.frame)).toBe(true);
      const { frame } = figures;
      expect(tui.rowOf(frame.plain, EDITED)).toContain(nudgedText(1));
      expect(spreadPending(frame)).toBe(false);
      const nudged = tui.scenario.cells.map((cell) => (cell.name === EDITED && cell.kind === 'input' ? { ...cell, value: 8.8 } : cell));
      const simulation = simulate(compute({ ...tui.scenario, cells: nudged }), {
        samples: DEFAULT_SAMPLES,
        seed: DEFAULT_SEED,
        show: [{ kind: 'cell', name: 'private_share', unit: 'percent' }],
        conditions: [],
      });
      const last = simulation.outputs[0]!.summaries.at(-1)!;
      expect(tui.rowOf(frame.plain, 'private_share')).toContain(`${formatNumber(last.p5, 'percent')}–${formatNumber(last.p95, 'percent')}`);
    });

    it('on 2,000 cells over 30 years, + shows the nudged input and what depends on it; j moves the selection', { timeout: 60_000 }, async () => {
      const tui: Tui = await openTui(TERMINALS[1], LARGE_MODEL);
      open.push(tui);
      expect(tui.scenario.cells).toHaveLength(2000);
      const model = buildModel(tui.scenario.cells, tui.scenario.baseYear);
      let evaluation = evaluate(model);
      expect(evaluation.years).toHaveLength(30);
      // Every added cell depends on the edited input.
      const reached = new Set([EDITED]);
      for (const name of model.order) if (model.cells.get(name)!.dependencies.some((dependency) => reached.has(dependency))) reached.add(name);
      const added = tui.scenario.cells.slice(baselineCells().length);
      expect(added).toHaveLength(2000 - baselineCells().length);
      expect(added.filter((cell) => !reached.has(cell.name))).toEqual([]);
      for (let nudges = 1; nudges <= 2; nudges++) {
        const { frame } = await tui.nudge();
        ({ evaluation } = setInput(model, evaluation, EDITED, (87 + nudges) / 10));
        expect(tui.rowOf(frame.plain, EDITED)).toContain(nudgedText(nudges));
        for (const name of ['cumulative_extra_to_private', 'cumulative_plus_2']) {
          expect(tui.rowOf(frame.plain, name)).toContain(formatNumber(numberOf(evaluation, name), '£bn'));
        }
      }
      const moved = await tui.moveCursor();
      expect(tui.rowOf(moved.frame.plain, 'private_share_base')).toContain('›');
      expect(tui.rowOf(moved.frame.plain, EDITED)).not.toContain('›');
      const back = await tui.moveCursor();
      expect(tui.rowOf(back.frame.plain, EDITED)).toContain('›');
    });
  });

  describe('the cold start', () => {
    it('bundles hello-Ink with the flags the command is bundled with, and it draws in tmux as the app does', { timeout: 60_000 }, () => {
      const flags = buildFlags();
      expect(flags).toEqual(expect.arrayContaining(['--bundle', '--minify', '--format=esm', '--platform=node']));
      expect(flags.some((flag) => flag.startsWith('--banner:js=#!/usr/bin/env node\n'))).toBe(true);
      const hello = bundleLikeTheCommand(HELLO_INK_SOURCE);
      const tmux = openTmux();
      try {
        const text = readFileSync(hello.file, 'utf8');
        expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
        // Ink and React are in the bundle, not loaded from node_modules.
        expect(text).not.toMatch(/from\s*["'](ink|react)["']/);
        expect(tmux.start(helloInk(hello.file)).screen).toContain('Hello from Ink');
        expect(tmux.start(APP).screen).toContain('cumulative_extra_to_nhs');
      } finally {
        tmux.close();
        hello.remove();
      }
    });

    it('reads the bundle script as a shell does', () => {
      expect(shellWords(`esbuild a.ts --define:x=\\"p\\" '--banner:js=#!x\ny "z"' "q \\"r\\""`)).toEqual([
        'esbuild',
        'a.ts',
        '--define:x="p"',
        '--banner:js=#!x\ny "z"',
        'q "r"',
      ]);
      expect(() => shellWords('esbuild a.ts && rm -rf x')).toThrow('more than one esbuild command');
    });
  });

  it('the start-up commands succeed, and run prints the baseline', { timeout: 60_000 }, () => {
    for (const args of Object.values(START_UP)) expect(runNode(args).code, args.join(' ')).toBe(0);
    const run = spawnSync(process.execPath, [...START_UP.run], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const cells = baselineCells();
    const cumulative = numberOf(evaluate(buildModel(cells, '2015/16')), 'cumulative_extra_to_private');
    expect(run.stdout).toContain(formatNumber(cumulative, '£bn'));
  });

  it('the loading workload checks valid files of exactly 1,000, 10,000 and 20,000 cells, new text for each sample', { timeout: 120_000 }, () => {
    expect(LOADING_SIZES.at(-1)).toBe(MAX_CELLS);
    const file = join(tmpdir(), `nhs-whatif-bench-agree-${process.pid}.yaml`);
    try {
      for (const cells of LOADING_SIZES) {
        const [text, other] = [generatedScenario(cells, 0), generatedScenario(cells, 1)];
        expect(text).not.toBe(other);
        writeFileSync(file, text);
        expect(statSync(file).size).toBeLessThan(MAX_FILE_BYTES);
        expect(checkFile(file)).toBe(cells);
      }
      const checked = spawnSync(process.execPath, [BUILT_COMMAND, 'check', file], { cwd: ROOT, encoding: 'utf8' });
      expect(checked.stdout).toContain(`ok (${MAX_CELLS} cells)`);
      expect(checked.status).toBe(0);
    } finally {
      rmSync(file, { force: true });
    }
  });
});
