import { combinationsProblem, dataTable, type Lever } from '../../../analysis/data-table.js';
import { targetWords } from '../../../analysis/target.js';
import { checkMeasure, evaluateMeasure, formatNumber, type InputCell, type Measure, type Sheet } from '../../../engine/index.js';
import { scrollTop } from '../../cursor.js';
import { openPrompt, refuse } from '../../overlays/prompt.js';
import { selectedName } from '../../state/selectors.js';
import { push, sliceOf, topScreen, withSlice } from '../../state/stack.js';
import type { State } from '../../state/types.js';
import { info } from '../../state/update.js';
import { defaultInputs, defaultOutput } from './defaults.js';
import type { HeatGrid } from './heat.js';
import { defaultLeverText, readLever } from './levers.js';

/** What was asked for, as typed: the output formula and each lever's `input=values`, offered again by `e`. */
export interface DataTableAsked {
  readonly output: string;
  readonly down: string;
  readonly across: string;
}

/** A data table computed, as the screen shows it. */
export interface DataTableShown {
  readonly asked: DataTableAsked;
  readonly grid: HeatGrid;
  /** The output in words (`private_share in 2020/21`) and as a formula. */
  readonly words: string;
  readonly formula: string;
  /** The scenario's own values of the two inputs, and the output there, in their units. */
  readonly own: string;
  /** Why values failed, for the first few. */
  readonly failures: readonly string[];
  readonly failedValues: number;
}

export interface DataTableSlice {
  readonly shown?: DataTableShown;
  /** The cell the cursor is on, and the first row and column shown. */
  readonly cursor: { readonly row: number; readonly column: number };
  readonly top: number;
  readonly left: number;
  /** Rows and columns of the grid that fit. */
  readonly fit: { readonly rows: number; readonly columns: number };
}

export const INITIAL_DATA_TABLE: DataTableSlice = { cursor: { row: 0, column: 0 }, top: 0, left: 0, fit: { rows: 0, columns: 0 } };

/** The level nearest `value`. */
const nearest = (levels: readonly number[], value: number): number =>
  levels.reduce((best, level, i) => (Math.abs(level - value) < Math.abs(levels[best]! - value) ? i : best), 0);

/** The table computed by the same function as the command line's `table`, laid out as the screen shows it. */
export function dataTableShown(sheet: Sheet, measure: Measure, levers: readonly [Lever, Lever], asked: DataTableAsked): DataTableShown {
  const table = dataTable({ sheet, levers, outputs: [measure] });
  const [down, across] = levers;
  const cells = levers.map((lever) => sheet.model.cells.get(lever.input)!.cell as InputCell) as [InputCell, InputCell];
  const axis = (lever: Lever, cell: InputCell) => ({
    name: lever.input,
    labels: lever.levels.map((level) => formatNumber(level, cell.unit)),
    current: nearest(lever.levels, cell.value),
  });
  const width = across.levels.length;
  const values = down.levels.map((_, row) => across.levels.map((_, column) => table.points[row * width + column]!.values[0]));
  const here = evaluateMeasure(sheet, measure);
  const own = `${cells.map((cell) => `${cell.name} ${formatNumber(cell.value, cell.unit)}`).join(', ')}: ${measure.text} ${
    here.ok ? formatNumber(here.value, measure.unit) : 'cannot be computed'
  }`;
  const failures = table.failures.map((failure) => {
    const at = failure.levels.map((level, i) => `${cells[i]!.name} ${formatNumber(level, cells[i]!.unit)}`).join(', ');
    return `at ${at}: ${failure.problem}`;
  });
  return {
    asked,
    grid: { down: axis(down, cells[0]), across: axis(across, cells[1]), values, unit: measure.unit },
    words: targetWords(measure, sheet.evaluation.years),
    formula: measure.text,
    own,
    failures,
    failedValues: table.failedValues,
  };
}

/** Shows a table computed, the cursor on the scenario's own cell; over the screen shown, unless it is already shown. */
function show(state: State, shown: DataTableShown): State {
  const cursor = { row: shown.grid.down.current, column: shown.grid.across.current };
  const opened = withSlice(state, 'data-table', { shown, cursor, top: 0, left: 0 });
  const on = topScreen(opened) === 'data-table' ? opened : push(opened, 'data-table');
  return info(on, `data table of ${shown.words}: ${shown.grid.down.labels.length} × ${shown.grid.across.labels.length} values`);
}

/** The third question: the input across the top; then the table is computed and shown. */
function askAcross(state: State, measure: Measure, down: Lever, asked: DataTableAsked): State {
  return openPrompt(state, {
    purpose: 'data-table-across',
    label: 'across the top:',
    text: asked.across,
    hint: 'another input and its values: a list 10%,30%,52.9%, a range 1%:5%:1%, or the name alone',
    accept: (closed, text) => {
      const read = readLever(closed.sheet, text);
      if (!read.ok) return refuse(read.problem);
      if (read.lever.input === down.input) return refuse(`${down.input} is already down the side: choose another input`);
      const problem = combinationsProblem([down, read.lever]);
      if (problem) return refuse(problem);
      return show(closed, dataTableShown(closed.sheet, measure, [down, read.lever], { ...asked, across: read.text }));
    },
  });
}

/** The second question: the input down the side, with its values. */
function askDown(state: State, measure: Measure, asked: DataTableAsked): State {
  return openPrompt(state, {
    purpose: 'data-table-down',
    label: 'down the side:',
    text: asked.down,
    hint: 'an input and its values in its unit, as table --vary takes them: a list 10%,30%,52.9%, a range 1%:5%:1%, or the name alone',
    accept: (closed, text) => {
      const read = readLever(closed.sheet, text);
      if (!read.ok) return refuse(read.problem);
      return askAcross(closed, measure, read.lever, { ...asked, down: read.text });
    },
  });
}

/** The inputs offered for an output: those of the table shown when its output is the same, else the defaults. */
function offeredLevers(state: State, measure: Measure, output: string): Pick<DataTableAsked, 'down' | 'across'> {
  const before = sliceOf(state, 'data-table').shown?.asked;
  if (before && before.output.trim() === output.trim()) return { down: before.down, across: before.across };
  const selected = selectedName(state);
  const input = selected !== undefined && state.sheet.model.cells.get(selected)?.cell.kind === 'input' ? selected : undefined;
  const [down = '', across = ''] = defaultInputs(state.sheet, measure, input).map((name) => defaultLeverText(state.sheet, name));
  return { down, across };
}

/**
 * Asks for a data table in three prompts, each offering a default so that Enter three times gives one: the output
 * (the selected cell, or the table shown's), the input down the side and the one across the top with their values.
 */
export function askDataTable(state: State): State {
  const before = sliceOf(state, 'data-table').shown?.asked;
  const output = topScreen(state) === 'data-table' && before ? before.output : defaultOutput(state.sheet, selectedName(state));
  return openPrompt(state, {
    purpose: 'data-table-output',
    label: 'data table of:',
    text: output,
    hint: 'a formula that gives one number, e.g. last(private_share) or cumulative_extra_to_private',
    accept: (closed, text) => {
      if (text.trim() === '') return refuse('type a formula that gives one number, e.g. last(private_share)');
      const checked = checkMeasure(closed.sheet, text);
      if (!checked.ok) return refuse(checked.problem);
      return askDown(closed, checked.measure, { output: text.trim(), ...offeredLevers(closed, checked.measure, text) });
    },
  });
}

/** Moves the cursor by rows or columns, within the table. */
export function moveCursor(state: State, rows: number, columns: number): State {
  const { shown, cursor } = sliceOf(state, 'data-table');
  if (!shown) return state;
  const row = Math.max(0, Math.min(shown.grid.down.labels.length - 1, cursor.row + rows));
  const column = Math.max(0, Math.min(shown.grid.across.labels.length - 1, cursor.column + columns));
  return withSlice(state, 'data-table', { cursor: { row, column } });
}

/** Keeps the cursor's row and column among those shown, moving the rows and columns shown as little as possible. */
export function keepDataTableInView(state: State): State {
  const slice = sliceOf(state, 'data-table');
  const { shown, cursor, top, left, fit } = slice;
  if (!shown || fit.rows === 0) return state;
  const nextTop = scrollTop(top, cursor.row, fit.rows, shown.grid.down.labels.length);
  const nextLeft = scrollTop(left, cursor.column, fit.columns, shown.grid.across.labels.length);
  return nextTop === top && nextLeft === left ? state : withSlice(state, 'data-table', { top: nextTop, left: nextLeft });
}
