import { targetWords } from '../../../analysis/target.js';
import { formatNumber, type InputCell, type Sheet } from '../../../engine/index.js';
import { formatPrecisely } from '../../../tables/show.js';
import { bodyRowsOf, clip, MIN_COLUMNS } from '../../layout.js';
import type { Frame, Laid } from '../../screen.js';
import { sliceOf, topScreen } from '../../state/stack.js';
import type { State } from '../../state/types.js';
import { wrapText } from '../../wrap.js';
import type { GoalSeekQuestion, GoalSeekResult, SolveSlice } from './state.js';

/** A line of the goal seek screen, by what it shows. */
export interface SolveLine {
  readonly text: string;
  readonly tone: 'heading' | 'header' | 'choice' | 'selected' | 'unusable' | 'figure' | 'note' | 'problem';
}

export interface SolveLayout {
  readonly width: number;
  readonly height: number;
  readonly lines: readonly SolveLine[];
}

const EMPTY_LINE: SolveLine = { text: '', tone: 'note' };

const inputOf = (sheet: Sheet, name: string): InputCell => sheet.model.cells.get(name)!.cell as InputCell;

/** Rows of text in columns as wide as their widest entry, two spaces apart. */
function columns(rows: readonly (readonly string[])[]): string[] {
  const widths = rows.reduce<number[]>((most, row) => row.map((cell, i) => Math.max(most[i] ?? 0, [...cell].length)), []);
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

/**
 * Figures before and after under a header row, in columns when they fit in `width`; else each label on a line of its
 * own with `before → after` under it, so no figure is cut.
 */
function figureLines(rows: readonly (readonly [string, string, string])[], width: number): SolveLine[] {
  const table = columns(rows);
  if (table.every((line) => [...line].length <= width)) return table.map((text, i) => ({ text, tone: i === 0 ? 'header' : 'figure' }));
  const [header, ...figures] = rows;
  return [
    { text: `${header![0]} (${header![1]} → ${header![2]})`.trim(), tone: 'header' },
    ...figures.flatMap(([label, before, after]): SolveLine[] => [
      { text: label, tone: 'figure' },
      { text: `  ${before} → ${after}`, tone: 'figure' },
    ]),
  ];
}

/** "Goal seek: make private_share in 2020/21 (last(private_share)) equal 10.00% by changing …". */
function headingOf(sheet: Sheet, question: GoalSeekQuestion, input?: string): string {
  const what = targetWords(question.target, sheet.evaluation.years);
  const target = what === question.target.text ? what : `${what} (${question.target.text})`;
  return `Goal seek: make ${target} equal ${formatNumber(question.wanted, question.target.unit)} by changing ${input ?? 'which input? (↑↓ choose, Enter solves)'}`;
}

const rangeOf = (cell: InputCell): string =>
  cell.min === undefined || cell.max === undefined ? '' : `${formatNumber(cell.min, cell.unit)} to ${formatNumber(cell.max, cell.unit)}`;

/** The inputs to choose from, the cursor's marked with `›`, each with its value and range or why it cannot be changed. */
function choiceLines(sheet: Sheet, slice: SolveSlice, rows: number): SolveLine[] {
  const shown = slice.choices.slice(slice.top, slice.top + rows);
  const table = columns([
    ['  input', 'value', 'range'],
    ...shown.map((choice, i) => {
      const cell = inputOf(sheet, choice.name);
      const mark = slice.top + i === slice.selected ? '›' : ' ';
      return [`${mark} ${choice.name}`, formatNumber(cell.value, cell.unit), choice.problem ? `✗ ${choice.problem}` : rangeOf(cell)];
    }),
  ]);
  return table.map((text, i) => {
    if (i === 0) return { text, tone: 'header' };
    const at = slice.top + i - 1;
    return { text, tone: at === slice.selected ? 'selected' : slice.choices[at]?.problem ? 'unusable' : 'choice' };
  });
}

/** A solved value: the input and the target now and solved, how it was found, and what else it changes. */
function solvedLines(sheet: Sheet, question: GoalSeekQuestion, result: GoalSeekResult, width: number): SolveLine[] {
  if (result.solution.kind !== 'solved') return [];
  const { solution } = result;
  const cell = inputOf(sheet, result.input);
  const what = targetWords(question.target, sheet.evaluation.years);
  const inTarget = (value: number | undefined) => (value === undefined ? 'ERROR' : formatNumber(value, question.target.unit));
  const top = figureLines(
    [
      ['', 'now', 'solved'],
      [result.input, formatPrecisely(result.before, cell.unit), formatPrecisely(solution.value, cell.unit)],
      [what, inTarget(result.targetBefore), inTarget(solution.reached)],
    ],
    width,
  );
  const others = solution.others.map((value) => formatNumber(value, cell.unit));
  const found = `Found in ${solution.evaluations} evaluations, searching ${rangeOf(cell) || 'its range'}; ${
    others.length === 0
      ? 'no other value gives it.'
      : `other values give it too (${others.join(', ')}): this is the one nearest ${formatNumber(cell.value, cell.unit)}.`
  }`;
  const figure = (value: number | undefined, unit: InputCell['unit']) => (value === undefined ? 'ERROR' : formatNumber(value, unit));
  const changes = figureLines(
    [
      ['What it changes', 'before', 'after'],
      ...result.changes.map((change): [string, string, string] => [change.label, figure(change.before, change.unit), figure(change.after, change.unit)]),
    ],
    width,
  );
  return [...top, ...wrapText(found, width).map((text): SolveLine => ({ text, tone: 'note' })), ...(result.changes.length > 0 ? [EMPTY_LINE, ...changes] : [])];
}

/**
 * The question, then the inputs to choose from (with why there is no answer, after a solve that found none), or the
 * solved value with what it changes. Laid out only while shown.
 */
export function layOutSolve(frame: Frame, state: State): Laid<SolveSlice['fit'], SolveLayout> {
  const width = Math.max(MIN_COLUMNS, frame.columns);
  const height = bodyRowsOf(frame);
  const slice = sliceOf(state, 'solve');
  const { question, result } = slice;
  if (topScreen(state) !== 'solve' || !question) return { fit: slice.fit, view: { width, height, lines: [] } };
  const { sheet } = state;
  const clipped = (line: SolveLine): SolveLine => ({ ...line, text: clip(line.text, width) });
  if (result?.solution.kind === 'solved') {
    const heading = wrapText(headingOf(sheet, question, result.input), width).map((text): SolveLine => ({ text, tone: 'heading' }));
    const solved = solvedLines(sheet, question, result, width);
    // The blank line under the heading goes first when the rows are short.
    const spaced = heading.length + 1 + solved.length <= height ? [...heading, EMPTY_LINE] : heading;
    const lines = [...spaced, ...solved].slice(0, height).map(clipped);
    return { fit: slice.fit, view: { width, height, lines } };
  }
  const heading = wrapText(headingOf(sheet, question), width).map((text): SolveLine => ({ text, tone: 'heading' }));
  const why = result?.unsolved
    ? [
        EMPTY_LINE,
        ...wrapText(`✗ ${result.unsolved} (${result.solution.evaluations} evaluations).`, width).map((text): SolveLine => ({ text, tone: 'problem' })),
      ]
    : [];
  const rows = Math.max(1, height - heading.length - 1 - why.length);
  const lines = [...heading, ...choiceLines(sheet, slice, rows), ...why].slice(0, height).map(clipped);
  return { fit: { rows }, view: { width, height, lines } };
}
