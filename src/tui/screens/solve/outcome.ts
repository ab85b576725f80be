import { type SolveRequest, solve } from '../../../analysis/solve.js';
import { targetWords } from '../../../analysis/target.js';
import { affectedBy, type CellResult, evaluateMeasure, formatNumber, type InputCell, isSeries, type Sheet } from '../../../engine/index.js';
import { formatPrecisely } from '../../../tables/show.js';
import { unsolvedSentence } from '../../../tables/solve.js';
import { back } from '../../moving-keys.js';
import { ask } from '../../overlays/question.js';
import { apply } from '../../state/history.js';
import { applySolvedValue } from '../../state/sheet.js';
import { pop, sliceOf } from '../../state/stack.js';
import type { State } from '../../state/types.js';
import { error, note } from '../../state/update.js';
import type { ChangedFigure, GoalSeekQuestion, GoalSeekResult } from './state.js';
import { withSolve } from './state.js';

/** Key outputs shown before and after: the outputs the input changes first, then the cells nearest them. */
const MAX_CHANGES = 8;

const figureOf = (result: CellResult | undefined): number | undefined => {
  if (!result?.ok) return undefined;
  return isSeries(result.value) ? result.value.at(-1) : result.value;
};

/** What applying `value` to `input` would change, worked out on a copy that never reaches the undo history. */
function changesOf(sheet: Sheet, input: string, value: number): ChangedFigure[] {
  const change = applySolvedValue(sheet, input, value);
  if (!change.ok) return [];
  const { model } = sheet;
  const affected = affectedBy(model, [input]).filter((name) => name !== input);
  const isOutput = (name: string) => model.dependentPositions[model.cells.positionOf(name)!]?.length === 0;
  const order = (name: string) => model.cells.positionOf(name)!;
  const outputs = affected.filter(isOutput).sort((a, b) => order(a) - order(b));
  const others = affected.filter((name) => !isOutput(name)).sort((a, b) => order(b) - order(a));
  const lastYear = sheet.evaluation.years.at(-1);
  return [...outputs, ...others].slice(0, MAX_CHANGES).map((name) => {
    const compiled = model.cells.get(name)!;
    const before = figureOf(sheet.evaluation.results.get(name));
    const after = figureOf(change.sheet.evaluation.results.get(name));
    return {
      label: compiled.series && lastYear ? `${name} in ${lastYear}` : name,
      unit: compiled.cell.unit,
      ...(before === undefined ? {} : { before }),
      ...(after === undefined ? {} : { after }),
    };
  });
}

/** The target and value as the undo history names them: `last(private_share) = 10.00%`. */
const goalOf = (question: GoalSeekQuestion): string => `${question.target.text} = ${formatNumber(question.wanted, question.target.unit)}`;

/** Solves for `input`: the scenario is not changed, and nothing enters the undo history until the answer is applied. */
export function goalSeekResult(sheet: Sheet, question: GoalSeekQuestion, input: string): GoalSeekResult {
  const request: SolveRequest = { sheet, input, target: question.target, wanted: question.wanted };
  const solution = solve(request);
  const cell = sheet.model.cells.get(input)!.cell as InputCell;
  const before = evaluateMeasure(sheet, question.target);
  return {
    input,
    solution,
    before: cell.value,
    ...(before.ok ? { targetBefore: before.value } : {}),
    changes: solution.kind === 'solved' ? changesOf(sheet, input, solution.value) : [],
    ...(solution.kind === 'solved' ? {} : { unsolved: unsolvedSentence(request, solution) }),
  };
}

/** Applies the solved value as one undoable change, back on the grid. */
function applySolution(state: State): State {
  const { question, result } = sliceOf(state, 'solve');
  const grid = withSolve(pop(state), { result: undefined });
  if (!question || result?.solution.kind !== 'solved') return error(grid, 'there is no solved value to apply');
  const { input } = result;
  const value = result.solution.value;
  return apply(grid, applySolvedValue(state.sheet, input, value), (after) => {
    const cell = after.sheet.model.cells.get(input)?.cell as InputCell;
    return `${input} = ${formatNumber(value, cell.unit)} (goal seek: ${goalOf(question)})`;
  });
}

const discard = (state: State): State => note(withSolve(pop(state), { result: undefined }), 'goal seek not applied; nothing changed');

/** Solves for the input under the cursor; a solved value is shown with what it changes, and asked about before it is applied. */
export function solveChosen(state: State): State {
  const solveSlice = sliceOf(state, 'solve');
  const { question, choices, selected } = solveSlice;
  const choice = choices[selected];
  if (!question || !choice) return back(state);
  if (choice.problem) return error(state, `${choice.problem}; choose another input`);
  const result = goalSeekResult(state.sheet, question, choice.name);
  const solved = withSolve(state, { result, lastInput: choice.name });
  if (result.solution.kind !== 'solved') {
    const what = targetWords(question.target, state.sheet.evaluation.years);
    return error(solved, `no value of ${choice.name} makes ${what} ${formatNumber(question.wanted, question.target.unit)}: choose another input, or Esc`);
  }
  const cell = state.sheet.model.cells.get(choice.name)!.cell as InputCell;
  return ask(solved, {
    kind: 'apply-solution',
    text: `Apply ${choice.name} = ${formatPrecisely(result.solution.value, cell.unit)}? One change: u undoes it.`,
    answers: [
      { answer: 'yes', keys: ['enter', 'y'], label: 'Enter y', hint: 'apply', run: applySolution },
      { answer: 'discard', keys: ['escape', 'n'], label: 'Esc n', hint: 'discard', run: discard },
    ],
  });
}
