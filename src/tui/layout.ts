import { textWidth } from './wrap.js';

/** Where things go on a terminal of a given size. Pure, so it can be tested without a terminal. */
export interface ScreenLayout {
  readonly columns: number;
  /** Detail panel beside the grid (wide terminals) or below it. */
  readonly panel: 'side' | 'bottom';
  readonly panelWidth: number;
  readonly panelHeight: number;
  readonly gridWidth: number;
  /** Rows of cells that fit. */
  readonly gridRows: number;
  readonly nameWidth: number;
  readonly sparkWidth: number;
  /** Some cells have one value per year. */
  readonly series: boolean;
  /** Year columns that fit. */
  readonly yearColumns: number;
}

export const GUTTER_WIDTH = 4; // selection marker and change mark, each with a space
export const VALUE_WIDTH = 12;
export const YEAR_WIDTH = 11;
export const MAX_SPARK = 16;
const SIDE_PANEL_MIN_COLUMNS = 150;
const SIDE_PANEL_WIDTH = 46;
const BOTTOM_PANEL_HEIGHT = 9;
const MIN_PANEL_HEIGHT = 3;
/** Title and column header; the status line and footer come on top (two rows, more for a long message). */
const TITLE_ROWS = 2;

/** What the screen has to show, as far as the layout cares. */
export interface ScreenContent {
  readonly longestName: number;
  readonly years: number;
  readonly hasSeries: boolean;
  /** Rows of cells in the grid. */
  readonly cells: number;
  /** Rows the status line and the footer need: two, or more when a message wraps. */
  readonly messageRows?: number;
}

/** Narrower terminals get a 40-column screen, cut by the terminal. */
export const MIN_COLUMNS = 40;

export function screenLayout(columns: number, rows: number, content: ScreenContent): ScreenLayout {
  const { longestName, years, hasSeries, cells, messageRows = 2 } = content;
  const cols = Math.max(MIN_COLUMNS, columns);
  const chrome = TITLE_ROWS + messageRows;
  // One row is kept free: Ink redraws the whole screen (flickering) when output is as tall as the terminal.
  const height = Math.max(TITLE_ROWS + 2 + 3, rows - 1);
  const side = cols >= SIDE_PANEL_MIN_COLUMNS;
  const panelWidth = side ? SIDE_PANEL_WIDTH : cols;
  // A long message takes rows from the grid and panel, down to one row of cells.
  const shared = Math.max(1, height - chrome);
  // Below the grid, the panel has at least its usual share (never more than half), and whatever rows the cells leave.
  // A panel too short for a line of detail (under its border and title) is left out.
  const usualPanel = side ? 0 : Math.min(BOTTOM_PANEL_HEIGHT, Math.floor(shared / 2));
  const leftForPanel = shared - Math.max(1, Math.min(cells, shared - usualPanel));
  const panelHeight = leftForPanel >= MIN_PANEL_HEIGHT ? leftForPanel : 0;
  const gridRows = shared - panelHeight;
  const gridWidth = side ? cols - panelWidth - 1 : cols;
  return {
    columns: cols,
    panel: side ? 'side' : 'bottom',
    panelWidth,
    panelHeight,
    gridWidth,
    gridRows,
    series: hasSeries,
    ...gridColumns(gridWidth, longestName, years, hasSeries),
  };
}

/**
 * The name, trend and year columns of a grid `width` wide. When not every year fits, room is kept for the hidden-years
 * hint ("←3 4→"), names are narrowed first and then the trend is left out, so the hint always shows in full.
 */
function gridColumns(width: number, longestName: number, years: number, hasSeries: boolean): Pick<ScreenLayout, 'nameWidth' | 'sparkWidth' | 'yearColumns'> {
  const nameFor = (reserve: number) => Math.max(8, Math.min(longestName, 32, width - GUTTER_WIDTH - VALUE_WIDTH - reserve));
  const roomAfter = (name: number, spark: number) => width - GUTTER_WIDTH - name - VALUE_WIDTH - spark;
  const fullSpark = Math.min(years, MAX_SPARK) + 2;
  if (!hasSeries) return { nameWidth: nameFor(2), sparkWidth: 0, yearColumns: 0 };
  if (roomAfter(nameFor(2), fullSpark) >= years * YEAR_WIDTH) return { nameWidth: nameFor(2), sparkWidth: fullSpark, yearColumns: years };
  // As wide as the hint can be: both sides with as many digits as the whole horizon.
  const hint = textWidth(` ←${years} ${years}→`);
  const nameWidth = nameFor(hint);
  const sparkWidth = roomAfter(nameWidth, fullSpark) >= hint ? fullSpark : 0;
  const yearColumns = Math.max(0, Math.min(years, Math.floor((roomAfter(nameWidth, sparkWidth) - hint) / YEAR_WIDTH)));
  return { nameWidth, sparkWidth, yearColumns };
}

/** How many columns (years, or compared scenarios) are hidden on each side, e.g. ` ←3 26→`; empty when all show. */
export function hiddenColumnsHint(before: number, shown: number, total: number): string {
  const after = Math.max(0, total - before - shown);
  const parts = [before > 0 ? `←${before}` : '', after > 0 ? `${after}→` : ''].filter((part) => part !== '');
  return parts.length > 0 ? ` ${parts.join(' ')}` : '';
}

/** The picker's heading and the current scenario's line, above the files. */
export const PICKER_CHROME_ROWS = 3;
/** Files the picker shows in the rows the grid and panel would take. */
export const pickerRows = (bodyHeight: number): number => Math.max(1, bodyHeight - PICKER_CHROME_ROWS);

/** The most rows the status line and footer may take, so that the title, the grid's header and one row of cells still show. */
export const maxMessageRows = (rows: number): number => Math.max(2, rows - 1 - TITLE_ROWS - 1);

/** The first row to show so that `selected` stays visible, moving the window as little as possible. */
export function scrollTop(previousTop: number, selected: number, visible: number, count: number): number {
  let top = Math.min(previousTop, Math.max(0, count - visible));
  if (selected < top) top = selected;
  if (selected >= top + visible) top = selected - visible + 1;
  return Math.max(0, top);
}

/** Evenly spaced samples, so a long series still fits a short sparkline. */
export function sample(values: readonly number[], count: number): number[] {
  if (values.length <= count) return [...values];
  return Array.from({ length: count }, (_, i) => values[Math.round((i * (values.length - 1)) / (count - 1))]!);
}

export const clip = (text: string, width: number): string => (text.length > width ? `${text.slice(0, Math.max(0, width - 1))}…` : text);

/** Where the comparison goes: a label column, the current scenario, then value, change and % for each other scenario. */
export interface CompareLayout {
  readonly columns: number;
  /** Rows of the comparison that fit. */
  readonly rows: number;
  readonly labelWidth: number;
  /** Width of each scenario's value column, in scenario order. */
  readonly valueWidths: readonly number[];
  /** Compared scenarios that fit beside the current one. */
  readonly groups: number;
}

export const CHANGE_WIDTH = 13; // e.g. "+£15.67bn ▲" with room
export const PERCENT_WIDTH = 9;
const COMPARE_GUTTER = 2;
/** " ←12 34→" */
const COLUMNS_HINT_WIDTH = 9;
/** Title, caption and column header; the notes, status line and footer come on top. */
const COMPARE_CHROME_ROWS = 3;

export const groupWidth = (valueWidth: number): number => valueWidth + CHANGE_WIDTH + PERCENT_WIDTH;

export function compareLayout(
  columns: number,
  rows: number,
  labels: readonly string[],
  scenarios: readonly string[],
  messageRows = 2,
  noteRows = 2,
): CompareLayout {
  const cols = Math.max(MIN_COLUMNS, columns);
  const chrome = COMPARE_CHROME_ROWS + messageRows + noteRows;
  const height = Math.max(chrome + 3, rows - 1);
  // A column is as wide as its scenario's name, within reason; names longer than that are cut.
  const valueWidths = scenarios.map((name) => Math.max(12, Math.min(30, name.length + 2)));
  const first = valueWidths[0] ?? 12;
  const widest = Math.max(0, ...valueWidths.slice(1).map(groupWidth));
  const longest = Math.max(4, ...labels.map((label) => label.length));
  const others = valueWidths.length - 1;
  const fitting = (hint: number) => {
    const labelWidth = Math.max(12, Math.min(longest, 40, cols - COMPARE_GUTTER - first - Math.max(widest, 1) - hint));
    const room = cols - COMPARE_GUTTER - labelWidth - first - hint;
    return { labelWidth, groups: widest === 0 ? 0 : Math.min(others, Math.max(1, Math.floor(room / widest))) };
  };
  // When not every scenario fits, room is kept for the hint saying how many are hidden on each side.
  const all = fitting(0);
  const { labelWidth, groups } = all.groups < others ? fitting(COLUMNS_HINT_WIDTH) : all;
  return { columns: cols, rows: Math.max(1, height - chrome), labelWidth, valueWidths, groups };
}
