import { MIN_COLUMNS } from '../../layout.js';
import type { Frame, Laid } from '../../screen.js';
import { sliceOf } from '../../state/stack.js';
import type { State } from '../../state/types.js';
import { textWidth } from '../../wrap.js';
import { type CompareNotes, compareNotes } from './compare-notes.js';
import { headerLines } from './header-lines.js';
import { type ShownRow, totalsPeriod } from './rows.js';
import { type CompareSlice, rowsShown } from './state.js';

/** Where the comparison goes: a label column, the reference scenario, then value, change and % for each other scenario. */
export interface CompareLayout {
  readonly columns: number;
  /** Rows of the comparison that fit. */
  readonly rows: number;
  readonly labelWidth: number;
  /** Width of the reference's value column, and of each other scenario's. */
  readonly referenceWidth: number;
  readonly valueWidth: number;
  readonly changeWidth: number;
  readonly percentWidth: number;
  /** Compared scenarios that fit beside the reference. */
  readonly groups: number;
  /** Each scenario's name as its column header, in scenario order: one to three lines, aligned at the bottom. */
  readonly headers: readonly (readonly string[])[];
  /** Rows the column header takes: one, or as many as the longest name needs. */
  readonly headerRows: number;
}

/** How wide the numbers of a comparison are as shown: each scenario's values, and the changes and % changes. */
export interface CompareContent {
  readonly labels: readonly string[];
  /**
   * Labels shown whole only in room the rest leaves (an observed value's, with its year and publisher); any label
   * longer than the usual cap widens into that room too.
   */
  readonly longLabels?: readonly string[];
  /** Scenario names, the reference first. */
  readonly scenarios: readonly string[];
  /** The widest value of each scenario, in scenario order. */
  readonly values?: readonly number[];
  readonly change?: number;
  readonly percent?: number;
  /** Rows the status line and footer take, and the notes under the table. */
  readonly messageRows?: number;
  readonly noteRows?: number;
}

const GUTTER = 2;
/** Spaces before a number. */
const GAP = 2;
/** The narrowest columns, whatever their numbers (`5`, `±0`). */
const MIN_VALUE_WIDTH = 8;
const MIN_CHANGE_WIDTH = 8;
const MIN_PERCENT_WIDTH = 6;
/** A value column is at least as wide as the longest word of its scenario's name, up to this, so no word is cut. */
const MAX_WORD_WIDTH = 16;
/** A column grows at most this wide to show its scenario's name whole. */
const MAX_NAME_WIDTH = 24;
/** Names take two header rows, three on a terminal this tall. */
const TALL_ROWS = 30;
/** Labels are cut (to no less than this) before fewer than two compared scenarios show. */
const MIN_LABEL_WIDTH = 16;
const SIDE_BY_SIDE = 2;
/** " ←12 34→" */
const COLUMNS_HINT_WIDTH = 9;
/** The title bar and the caption; the column header, the notes, status line and footer come on top. */
const COMPARE_CHROME_ROWS = 2;

const longestWord = (name: string): number => Math.max(0, ...name.split(/[\s]+|(?<=-)/).map(textWidth));

/** True when `name` heads a column `width` wide on `lines` lines without being shortened. */
const showsWhole = (name: string, width: number, lines: number): boolean => !headerLines(name, width - 1, lines).some((line) => line.endsWith('…'));

/** The narrowest column, from `least` up, that shows `name` whole on `lines` lines (at most MAX_NAME_WIDTH). */
function nameWidth(name: string, least: number, lines: number): number {
  for (let width = least; width < MAX_NAME_WIDTH; width++) if (showsWhole(name, width, lines)) return width;
  return Math.max(least, MAX_NAME_WIDTH);
}

/**
 * As many compared scenarios as fit beside the reference, at least one and, by cutting long labels, two where it can;
 * then the room left widens the reference's column and the others' so their names show whole, on up to two lines
 * (three on a tall terminal); what is left after that shows long labels (see CompareContent.longLabels) whole.
 * Every value column is at least as wide as the longest word of its name, so headers break between words.
 */
export function compareLayout(columns: number, rows: number, content: CompareContent): CompareLayout {
  const { labels, longLabels = [], scenarios, values = [], change = 0, percent = 0, messageRows = 2, noteRows = 2 } = content;
  const cols = Math.max(MIN_COLUMNS, columns);
  const columnFor = (index: number) => Math.max(MIN_VALUE_WIDTH, (values[index] ?? 0) + GAP, Math.min(MAX_WORD_WIDTH, longestWord(scenarios[index] ?? '') + 1));
  const leastReference = columnFor(0);
  const others = Math.max(0, scenarios.length - 1);
  const leastValue = Math.max(MIN_VALUE_WIDTH, ...scenarios.slice(1).map((_, i) => columnFor(i + 1)));
  // A change is followed by a space and its mark (▲ ▼).
  const changeWidth = Math.max(MIN_CHANGE_WIDTH, change + 2 + GAP);
  const percentWidth = Math.max(MIN_PERCENT_WIDTH, percent + GAP);
  const group = leastValue + changeWidth + percentWidth;
  // A loop, not a spread: a comparison of every year of a large file has more labels than a call takes arguments.
  const widest = (texts: readonly string[]) => texts.reduce((most, text) => Math.max(most, textWidth(text)), 0);
  const longest = Math.min(40, Math.max(4, widest(labels)));
  const fitting = (labelWidth: number, hint: number) => {
    const room = cols - GUTTER - labelWidth - leastReference - hint;
    return { labelWidth, room, groups: others === 0 ? 0 : Math.min(others, Math.max(1, Math.floor(room / group))) };
  };
  const withHint = (labelWidth: number) => {
    const all = fitting(labelWidth, 0);
    // When not every scenario fits, room is kept for the hint saying how many are hidden on each side.
    return all.groups < others ? fitting(labelWidth, COLUMNS_HINT_WIDTH) : all;
  };
  let fit = withHint(Math.max(12, Math.min(longest, cols - GUTTER - leastReference - (others > 0 ? group : 0))));
  const wanted = Math.min(others, SIDE_BY_SIDE);
  if (fit.groups < wanted) {
    const hint = others > wanted ? COLUMNS_HINT_WIDTH : 0;
    const cut = cols - GUTTER - leastReference - hint - wanted * group;
    if (cut >= MIN_LABEL_WIDTH) fit = withHint(cut);
  }
  const { room, groups } = fit;
  const spare = Math.max(0, room - groups * group);
  // As few header rows as the room allows for every name whole; at the most rows, names still too long are shortened.
  const most = rows >= TALL_ROWS ? 3 : 2;
  const widthsFor = (lines: number) => {
    const reference = nameWidth(scenarios[0] ?? '', leastReference, lines);
    const value = Math.max(leastValue, ...scenarios.slice(1).map((name) => nameWidth(name, leastValue, lines)));
    const whole = scenarios.every((name, i) => showsWhole(name, i === 0 ? reference : value, lines));
    return { lines, reference, value, whole, cost: reference - leastReference + groups * (value - leastValue) };
  };
  // The fewest lines that show every name whole in the room there is; at the most lines, names may be shortened.
  const chosen =
    [1, 2, 3]
      .slice(0, most)
      .map(widthsFor)
      .find((widths) => widths.whole && widths.cost <= spare) ?? widthsFor(most);
  const referenceWidth = Math.min(chosen.reference, leastReference + spare);
  const left = spare - (referenceWidth - leastReference);
  const valueWidth = groups === 0 ? leastValue : Math.min(chosen.value, leastValue + Math.floor(left / groups));
  const unused = left - groups * (valueWidth - leastValue);
  const labelWidth = fit.labelWidth + Math.max(0, Math.min(unused, Math.max(widest(labels), widest(longLabels)) - fit.labelWidth));
  const headers = scenarios.map((name, i) => headerLines(name, (i === 0 ? referenceWidth : valueWidth) - 1, chosen.lines));
  const headerRows = Math.max(1, ...headers.map((lines) => lines.length));
  const chrome = COMPARE_CHROME_ROWS + headerRows + messageRows + noteRows;
  const height = Math.max(chrome + 3, rows - 1);
  return { columns: cols, rows: Math.max(1, height - chrome), labelWidth, referenceWidth, valueWidth, changeWidth, percentWidth, groups, headers, headerRows };
}

/** The comparison's layout, the rows it shows and the lines under it. */
export interface CompareScreenLayout {
  readonly layout: CompareLayout;
  readonly rows: readonly ShownRow[];
  readonly notes: CompareNotes;
}

/** The widest value of each scenario, change and % change among the rows. */
function measured(rows: readonly ShownRow[], scenarios: number): Pick<CompareContent, 'values' | 'change' | 'percent'> {
  const values = Array.from({ length: scenarios }, () => 0);
  let change = 0;
  let percent = 0;
  for (const { row } of rows) {
    row.values.forEach((value, i) => {
      values[i] = Math.max(values[i] ?? 0, textWidth(value));
    });
    for (const difference of row.differences) {
      change = Math.max(change, textWidth(difference.absolute));
      percent = Math.max(percent, textWidth(difference.relative));
    }
  }
  return { values, change, percent };
}

export function layOutComparison(frame: Frame, state: State): Laid<CompareSlice['fit'], CompareScreenLayout> {
  const compare = sliceOf(state, 'compare');
  const { table, seriesRows, changedOnly } = compare;
  const formatted = table?.formatted;
  const rows = rowsShown(compare);
  const notes = compareNotes(formatted, {
    everyYear: seriesRows === 'every-year',
    ...(changedOnly ? { changedOnly: { shown: rows.length, of: table?.rows.length ?? 0 } } : {}),
    ...(table ? { totals: totalsPeriod(table.comparison) } : {}),
    columns: Math.max(MIN_COLUMNS, frame.columns),
  });
  const scenarios = formatted?.scenarios ?? [];
  const layout = compareLayout(frame.columns, frame.rows, {
    // Measured on every row, so that leaving out the unchanged ones does not move the columns.
    labels: (table?.rows ?? []).flatMap((row) => (row.observed ? [] : [row.label])),
    longLabels: (table?.rows ?? []).flatMap((row) => (row.observed ? [row.label] : [])),
    scenarios,
    ...measured(table?.rows ?? [], scenarios.length),
    messageRows: frame.messageRows,
    noteRows: notes.notes.length + notes.errors.length,
  });
  return { fit: { rows: layout.rows, columns: layout.groups }, view: { layout, rows, notes } };
}
