import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/engine/index.js';
import { layOutSolve } from '../../src/tui/screens/solve/layout.js';
import { initialState } from '../../src/tui/state/reducer.js';
import { selectedName } from '../../src/tui/state/selectors.js';
import type { State } from '../../src/tui/state/types.js';
import { referenceBaseline } from '../engine/baseline-cells.js';
import { baseline, press, promptOf, questionOf, select, shownAs, valueIn } from './helpers.js';

const BASE = 8.7 / 0.076;
/** budget and extra money in 2020/21, the fifth projected year at 2% growth, written out by hand. */
const BUDGET_5 = BASE * 1.02 ** 5;
const EXTRA_5 = BUDGET_5 - BASE;
/** The researcher's question answered by hand: (8.7 + m · extra_5) / budget_5 = 10%. */
const CLOSED_FORM = (0.1 * BUDGET_5 - 8.7) / EXTRA_5;
/** Eight significant digits in percent, as the answer is shown. */
const precisePercent = (value: number) => `${Number((value * 100).toPrecision(8))}%`;

const onPrivateShare = (): State => select(initialState(baseline()), 'private_share');
const inputValue = (state: State, name: string) => {
  const cell = state.sheet.model.cells.get(name)?.cell;
  if (cell?.kind !== 'input') throw new Error(`${name} is not an input`);
  return cell.value;
};
const lastShare = (state: State) => (valueIn(state, 'private_share') as readonly number[]).at(-1)!;
const screenText = (state: State, columns = 100, rows = 30) =>
  layOutSolve({ columns, rows, messageRows: 2 }, state)
    .view.lines.map((line) => line.text)
    .join('\n');

/** The keys of the researcher's question: w, the target as offered, 10%, two down to marginal_private_share, solve. */
const QUESTION_KEYS = ['w', ['enter'], '10%', ['enter'], 'jj', ['enter']] as const;
const asked = (state: State) => press(state, ...QUESTION_KEYS);

describe('goal seek from the grid', () => {
  it('answers the researcher’s question and applies it in under fifteen keys, landing on the closed form', () => {
    const keys = [...QUESTION_KEYS, ['enter']].flatMap((key) => (typeof key === 'string' ? [...key] : key));
    expect(keys.length).toBeLessThan(15);
    const start = onPrivateShare();
    const solved = asked(start);
    // Shown before it is applied, with the question asked; nothing has changed yet.
    expect(questionOf(solved)?.text).toBe(`Apply marginal_private_share = ${precisePercent(CLOSED_FORM)}? One change: u undoes it.`);
    expect(solved.sheet).toBe(start.sheet);
    expect(solved.undo).toHaveLength(0);
    const applied = press(solved, ['enter']);
    expect(shownAs(applied)).toBe('grid');
    expect(selectedName(applied)).toBe('private_share');
    expect(Math.abs(inputValue(applied, 'marginal_private_share') - CLOSED_FORM) / CLOSED_FORM).toBeLessThan(1e-12);
    expect(CLOSED_FORM * 100).toBeCloseTo(33.059, 3);
    expect(Math.abs(lastShare(applied) - 0.1)).toBeLessThan(1e-13);
    expect(formatNumber(lastShare(applied), 'percent')).toBe('10.00%');
    expect(applied.undo).toHaveLength(1);
    expect(applied.message?.text).toBe('marginal_private_share = 33.06% (goal seek: last(private_share) = 10.00%)');
  });

  it('is one undoable change: u brings back the share from the file and the 11.87% it gives', () => {
    const undone = press(asked(onPrivateShare()), ['enter'], 'u');
    expect(inputValue(undone, 'marginal_private_share')).toBe(900 / 1700);
    expect(lastShare(undone)).toBe(lastShare(onPrivateShare()));
    expect(formatNumber(lastShare(undone), 'percent')).toBe(formatNumber(referenceBaseline(0.02).privateShare[4]!, 'percent'));
    expect(formatNumber(lastShare(undone), 'percent')).toBe('11.87%');
    expect(undone.undo).toHaveLength(0);
    expect(undone.message?.text).toBe('undid: marginal_private_share = 33.06% (goal seek: last(private_share) = 10.00%)');
  });

  it('shows the answer in the input’s unit, the target reached, the evaluations and what else it changes, before and after', () => {
    const text = screenText(asked(onPrivateShare()));
    const after = referenceBaseline(0.02, 5, CLOSED_FORM);
    const before = referenceBaseline(0.02);
    expect(text).toContain('Goal seek: make private_share in 2020/21 (last(private_share)) equal 10.00% by changing');
    expect(text).toMatch(new RegExp(`marginal_private_share +52\\.941176% +${precisePercent(CLOSED_FORM).replace('.', '\\.')}`));
    expect(text).toMatch(/private_share in 2020\/21 +11\.87% +10\.00%/);
    expect(text).toMatch(/Found in \d+ evaluations, searching 0\.00% to 100\.00%; no other value gives it\./);
    const row = (label: string, was: number, now: number) => new RegExp(`${label} +${formatNumber(was, '£bn')} +${formatNumber(now, '£bn')}`);
    expect(text).toMatch(row('cumulative_extra_to_private', before.cumulativePrivate, after.cumulativePrivate));
    expect(text).toMatch(row('cumulative_extra_to_nhs', before.cumulativeNhs, after.cumulativeNhs));
    expect(text).toMatch(row('extra_to_private in 2020/21', before.toPrivate[4]!, after.toPrivate[4]!));
    expect(after.cumulativePrivate).toBeCloseTo(11.66, 2);
  });

  it('fits the answer from 40 to 200 columns without cutting a figure, down to 40x12', () => {
    const state = asked(onPrivateShare());
    for (const [columns, rows] of [
      [40, 12],
      [40, 30],
      [60, 20],
      [80, 24],
      [120, 40],
      [200, 60],
    ] as const) {
      const lines = layOutSolve({ columns, rows, messageRows: 3 }, state).view.lines.map((line) => line.text);
      expect(lines.length).toBeLessThanOrEqual(rows);
      for (const line of lines) expect([...line].length).toBeLessThanOrEqual(columns);
      expect(lines.join('\n')).toContain(precisePercent(CLOSED_FORM));
      expect(lines.some((line) => line.includes('…'))).toBe(false);
    }
  });

  it('offers the last year of the selected series as the target, then the first input it depends on, or the one used last', () => {
    let state = press(onPrivateShare(), 'w');
    expect(promptOf(state)?.text).toBe('last(private_share)');
    state = press(state, ['enter']);
    expect(promptOf(state)?.label).toBe('goal seek: make last(private_share) equal');
    expect(promptOf(state)?.hint).toContain('private_share in 2020/21 is 11.87% now');
    state = press(state, '10%', ['enter']);
    expect(shownAs(state)).toBe('solve');
    const { choices, selected } = state.screens.solve;
    expect(choices[selected]?.name).toBe('private_spend_base');
    expect(choices.find((choice) => choice.name === 'horizon_years')?.problem).toBe(
      'horizon_years is a whole number of years: try each in a data table (t) instead',
    );
    // Asked again on the same cell: the same target and value, and the input used last.
    const again = press(press(state, 'jj', ['enter'], ['enter']), 'w');
    expect(promptOf(again)?.text).toBe('last(private_share)');
    expect(promptOf(press(again, ['enter']))?.hint).toContain('Enter alone: 10% as last time');
    const chosen = press(again, ['enter'], ['enter']).screens.solve;
    expect(chosen.question?.wanted).toBe(0.1);
    expect(press(again, ['enter'], '12%', ['enter']).screens.solve.question?.wanted).toBe(0.12);
    expect(chosen.choices[chosen.selected]?.name).toBe('marginal_private_share');
  });

  it('offers a single number’s own name, and solves a total for its closed form', () => {
    let state = press(select(initialState(baseline()), 'cumulative_extra_to_private'), 'w');
    expect(promptOf(state)?.text).toBe('cumulative_extra_to_private');
    state = press(state, ['enter'], '£15bn', ['enter'], 'jj', ['enter'], ['enter']);
    // The total is m times the extra money summed over the five years.
    const extra = referenceBaseline(0.02).extra.reduce((sum, each) => sum + each, 0);
    expect(Math.abs(inputValue(state, 'marginal_private_share') - 15 / extra)).toBeLessThan(1e-12);
    expect(formatNumber(valueIn(state, 'cumulative_extra_to_private') as number, '£bn')).toBe('£15.00bn');
  });

  it('says what the target reaches when the value is out of reach, in the command line’s words, and changes nothing', () => {
    const start = onPrivateShare();
    const state = press(start, 'w', ['enter'], '30%', ['enter'], 'jj', ['enter']);
    const { budget, extra } = referenceBaseline(0.02);
    const low = formatNumber(8.7 / budget[4]!, 'percent');
    const high = formatNumber((8.7 + extra[4]!) / budget[4]!, 'percent');
    expect(state.overlay).toBeUndefined();
    expect(state.message?.tone).toBe('error');
    expect(screenText(state, 200).replace(/\n/g, ' ')).toContain(
      `✗ private_share in 2020/21 goes from ${low} (at 0.00%) to ${high} (at 100.00%) as marginal_private_share goes from 0.00% to 100.00%: 30.00% is out of reach`,
    );
    expect(low).toBe('6.88%');
    expect(high).toBe('16.31%');
    // Another input can be tried at once: 30% is within reach of budget_growth.
    const growth = press(state, 'j', ['enter']);
    expect(questionOf(growth)?.text).toMatch(/^Apply budget_growth = /);
    const back = press(state, ['escape']);
    expect(shownAs(back)).toBe('grid');
    expect(back.sheet).toBe(start.sheet);
    expect(back.undo).toHaveLength(0);
  });

  it('discards the answer with Esc: nothing changed, nothing to undo', () => {
    const start = onPrivateShare();
    const discarded = press(asked(start), ['escape']);
    expect(shownAs(discarded)).toBe('grid');
    expect(discarded.sheet).toBe(start.sheet);
    expect(discarded.undo).toHaveLength(0);
    expect(discarded.message?.text).toBe('goal seek not applied; nothing changed');
    expect(press(discarded, 'u').message?.text).toBe('nothing to undo');
  });

  it('refuses a target that is not one number, and an input the target does not depend on, saying why', () => {
    let state = press(onPrivateShare(), 'w', ['ctrl-u'], 'private_shar', ['enter']);
    expect(promptOf(state)?.problem).toMatch(/private_shar.*did you mean "private_share"/);
    state = press(state, ['ctrl-u'], 'private_share', ['enter']);
    expect(promptOf(state)?.problem).toContain('private_share gives one value per year; use last(private_share)');
    state = press(state, ['ctrl-u'], 'total_budget_base', ['enter'], '£100bn', ['enter']);
    const { choices } = state.screens.solve;
    expect(choices.find((choice) => choice.name === 'budget_growth')?.problem).toBe('total_budget_base does not depend on budget_growth');
    // private_spend_base and private_share_base set it: 8.7 / s = 100 at s = 8.7%.
    expect(choices.filter((choice) => !choice.problem).map((choice) => choice.name)).toEqual(['private_spend_base', 'private_share_base']);
    const refused = press(state, 'jjj', ['enter']);
    expect(refused.message?.text).toBe('total_budget_base does not depend on budget_growth; choose another input');
    expect(refused.overlay).toBeUndefined();
    const share = press(state, 'j', ['enter'], ['enter']);
    expect(inputValue(share, 'private_share_base')).toBeCloseTo(0.087, 12);
  });
});
