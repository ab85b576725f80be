import { checkTarget, targetWords } from '../../../analysis/target.js';
import { readAsNote, readValue } from '../../../editing/index.js';
import { evaluateMeasure, formatNumber, type Measure } from '../../../engine/index.js';
import { openPrompt, refuse } from '../../overlays/prompt.js';
import { selectedName } from '../../state/selectors.js';
import { push, sliceOf } from '../../state/stack.js';
import type { State } from '../../state/types.js';
import { error, info } from '../../state/update.js';
import { firstChoice, inputChoices } from './choices.js';
import { type GoalSeekQuestion, withSolve } from './state.js';

const EXAMPLES = { percent: 'in percent, e.g. 10% (or 0.1)', '£bn': 'in £bn, e.g. 12 or £12bn', years: 'in years', number: 'a number' } as const;

/** The target offered on a cell: its last year for a cell with a value per year, else the cell itself. */
function defaultTarget(state: State, cell: string): string {
  const asked = sliceOf(state, 'solve').lastAsked;
  if (asked?.cell === cell) return asked.target;
  return state.sheet.model.cells.get(cell)?.series ? `last(${cell})` : cell;
}

/** The inputs to choose from, the last one used (or the first the target depends on) under the cursor. */
function chooseInput(state: State, question: GoalSeekQuestion): State {
  const choices = inputChoices(state.sheet, question.target);
  const selected = firstChoice(choices, sliceOf(state, 'solve').lastInput);
  const asked = { cell: question.cell, target: question.target.text, wanted: question.wantedText };
  return push(withSolve(state, { question, choices, selected, top: 0, result: undefined, lastAsked: asked }), 'solve');
}

/** "equal VALUE", in the target's unit. */
function wantedPrompt(state: State, cell: string, target: Measure): State {
  const now = evaluateMeasure(state.sheet, target);
  const asked = sliceOf(state, 'solve').lastAsked;
  // Offered by Enter alone rather than as text, so that typing a value as the first time does not add to it.
  const last = asked?.cell === cell && asked.target === target.text ? asked.wanted : undefined;
  const what = targetWords(target, state.sheet.evaluation.years);
  return openPrompt(state, {
    purpose: 'goal-seek-value',
    label: `goal seek: make ${target.text} equal`,
    hint: `${EXAMPLES[target.unit]}${now.ok ? `; ${what} is ${formatNumber(now.value, target.unit)} now` : ''}${last ? `; Enter alone: ${last} as last time` : ''}`,
    accept: (closed, typed) => {
      const text = typed.trim() === '' && last ? last : typed;
      const read = readValue({ kind: 'input', name: target.text, value: 0, unit: target.unit }, text);
      if (!read.ok) return refuse(read.problem);
      const question: GoalSeekQuestion = { cell, target, wanted: read.value, wantedText: text.trim() };
      const chosen = chooseInput(closed, question);
      const readAs = readAsNote({ kind: 'input', name: target.text, value: read.value, unit: target.unit }, read.value, text);
      return readAs ? info(chosen, readAs) : chosen;
    },
  });
}

/** Goal seek on the selected cell: "make TARGET equal VALUE", then the input to change is chosen from a list. */
export function openGoalSeek(state: State): State {
  const cell = selectedName(state);
  if (cell === undefined) return error(state, 'no cell is selected');
  return openPrompt(state, {
    purpose: 'goal-seek-target',
    label: 'goal seek: make',
    text: defaultTarget(state, cell),
    hint: 'a formula that gives one number, e.g. last(private_share); then the value it should equal',
    accept: (closed, text) => {
      const checked = checkTarget(closed.sheet, text, 'the target');
      return checked.ok ? wantedPrompt(closed, cell, checked.measure) : refuse(checked.problem);
    },
  });
}
