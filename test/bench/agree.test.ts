import './colour-terminal.js';
import { afterAll, describe, expect, it } from 'vitest';
import { buildModel, evaluate, formatNumber, setInput } from '../../src/engine/index.js';
import { agreesWithin } from './agree.js';
import { BASELINE_INPUTS, handWrittenBaseline } from './baseline.js';
import { chain, grid } from './models.js';
import { probeBoth } from './spreadsheet-bench.js';
import { sweepPoint, sweepWorkloads } from './sweep.js';
import { nudgedText, openTui } from './tui-keystroke.js';

// The benchmarks' workloads compute what their references do (no timing here).
describe('benchmark workloads agree with their references', () => {
  it.each([chain(1000), grid(32)])('$name: the probe equals HyperFormula within 1e-9 relative', (sheet) => {
    for (const value of [1, 2.5, -7, 1e6]) {
      const { ours, hyperFormula, agrees } = probeBoth(sheet, value);
      expect(agrees, `${sheet.name} at ${value}: ${ours} vs ${hyperFormula}`).toBe(true);
    }
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

  describe('the keystroke workload', () => {
    let tui: Awaited<ReturnType<typeof openTui>> | undefined;
    afterAll(() => tui?.close());

    it('shows the nudged input and the values that depend on it', { timeout: 30_000 }, async () => {
      tui = await openTui();
      const model = buildModel(tui.scenario.cells, tui.scenario.baseYear);
      for (let nudges = 1; nudges <= 3; nudges++) {
        const { frame } = await tui.nudge();
        expect(tui.rowOf(frame, 'private_spend_base')).toContain(nudgedText(nudges));
        const { evaluation } = setInput(model, evaluate(model), 'private_spend_base', (87 + nudges) / 10);
        for (const name of ['cumulative_extra_to_private', 'cumulative_plus_26']) {
          const result = evaluation.results.get(name);
          if (!result?.ok || typeof result.value !== 'number') throw new Error(`${name} did not compute`);
          expect(tui.rowOf(frame, name)).toContain(formatNumber(result.value, '£bn'));
        }
      }
    });
  });
});
