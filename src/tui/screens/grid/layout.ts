import { dependentsOf, type Model } from '../../../engine/index.js';
import { bodyRows, MIN_COLUMNS } from '../../layout.js';
import type { Frame, Laid } from '../../screen.js';
import { selectedName } from '../../state/selectors.js';
import type { State } from '../../state/types.js';
import { textWidth } from '../../wrap.js';
import { changedBy, type GridWindow, gridWindow } from './pinned.js';
import { spreadColumn } from './spread.js';
import { type GridFit, shownFirstYear } from './state.js';
import { type ValueWidths, valueWidths } from './value-widths.js';

/** Where the grid and its detail panel go on a terminal of a given size. Pure, so it can be tested without a terminal. */
export interface GridLayout {
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
  /** The Value column's width, and each year column's: wide enough for the widest number, with room between. */
  readonly valueWidth: number;
  readonly yearWidth: number;
  /** The p5–p95 column's width beside the Value column; 0 while it is off. */
  readonly spreadWidth: number;
}

export const GUTTER_WIDTH = 4; // selection marker and change mark, each with a space
/** The narrowest the Value and year columns get; wider numbers (£1,389.94bn) widen them. */
export const VALUE_WIDTH = 12;
export const YEAR_WIDTH = 11;
/** Spaces before the widest number of a column. */
const NUMBER_GAP = 2;
export const MAX_SPARK = 16;
/** `p5–p95 2020/21 cash`, the column's header at its longest. */
const SPREAD_HEADER_WIDTH = 19;
/** Name characters the p5–p95 column leaves at least. */
const SPREAD_NAME_ROOM = 16;
const SIDE_PANEL_MIN_COLUMNS = 150;
const SIDE_PANEL_WIDTH = 46;
const BOTTOM_PANEL_HEIGHT = 9;
/** A border, the title and one line: also the panel while it gives way to the cells an input changes. */
const MIN_PANEL_HEIGHT = 3;

/** What the grid has to show, as far as the layout cares. */
export interface GridContent {
  readonly longestName: number;
  readonly years: number;
  readonly hasSeries: boolean;
  /** Rows of cells in the grid. */
  readonly cells: number;
  /** Rows the status line and the footer need: two, or more when a message wraps. */
  readonly messageRows?: number;
  /** The widest number in the Value column and in the year columns (see valueWidths); narrower ones take the usual widths. */
  readonly widest?: ValueWidths;
  /**
   * An input that other cells read is selected: on a terminal too short for every row beside the usual panel, the
   * panel below gives way (down to its title and one line) so that the cells the input changes show.
   */
  readonly focus?: boolean;
  /** The widest p5–p95 text, while the column is on. */
  readonly spread?: number;
}

export function gridLayout(columns: number, rows: number, content: GridContent): GridLayout {
  const { longestName, years, hasSeries, cells, messageRows = 2, widest = { value: 0, year: 0 }, focus = false, spread = 0 } = content;
  const valueWidth = Math.max(VALUE_WIDTH, widest.value + NUMBER_GAP);
  const yearWidth = Math.max(YEAR_WIDTH, widest.year + NUMBER_GAP);
  const cols = Math.max(MIN_COLUMNS, columns);
  const side = cols >= SIDE_PANEL_MIN_COLUMNS;
  const panelWidth = side ? SIDE_PANEL_WIDTH : cols;
  // The rows under the column header, shared by the cells and the panel below them.
  const shared = bodyRows(rows, messageRows) - 1;
  // Below the grid, the panel has at least its usual share (never more than half), and whatever rows the cells leave.
  // A panel too short for a line of detail (under its border and title) is left out.
  const usualPanel = side ? 0 : Math.min(BOTTOM_PANEL_HEIGHT, Math.floor(shared / 2));
  const panel = focus && cells > shared - usualPanel ? Math.min(usualPanel, MIN_PANEL_HEIGHT) : usualPanel;
  const leftForPanel = shared - Math.max(1, Math.min(cells, shared - panel));
  const panelHeight = leftForPanel >= MIN_PANEL_HEIGHT ? leftForPanel : 0;
  const gridRows = shared - panelHeight;
  const gridWidth = side ? cols - panelWidth - 1 : cols;
  // Where the p5–p95 column would leave too little of the names, it is left out: the panel still gives the figures.
  const wanted = spread > 0 ? Math.max(SPREAD_HEADER_WIDTH, spread) + NUMBER_GAP : 0;
  const spreadWidth = gridWidth - GUTTER_WIDTH - Math.min(longestName, SPREAD_NAME_ROOM) - valueWidth - wanted >= 0 ? wanted : 0;
  return {
    columns: cols,
    panel: side ? 'side' : 'bottom',
    panelWidth,
    panelHeight,
    gridWidth,
    gridRows,
    series: hasSeries,
    valueWidth,
    yearWidth,
    spreadWidth,
    // The p5–p95 column goes with the Value column: years give way to it.
    ...gridColumns(gridWidth, longestName, years, hasSeries, valueWidth + spreadWidth, yearWidth),
  };
}

/**
 * The name, trend and year columns of a grid `width` wide. When not every year fits, room is kept for the hidden-years
 * hint ("←3 4→"), names are narrowed first and then the trend is left out, so the hint always shows in full.
 */
function gridColumns(
  width: number,
  longestName: number,
  years: number,
  hasSeries: boolean,
  valueWidth: number,
  yearWidth: number,
): Pick<GridLayout, 'nameWidth' | 'sparkWidth' | 'yearColumns'> {
  const nameFor = (reserve: number) => Math.max(8, Math.min(longestName, 32, width - GUTTER_WIDTH - valueWidth - reserve));
  const roomAfter = (name: number, spark: number) => width - GUTTER_WIDTH - name - valueWidth - spark;
  const fullSpark = Math.min(years, MAX_SPARK) + 2;
  if (!hasSeries) return { nameWidth: nameFor(2), sparkWidth: 0, yearColumns: 0 };
  if (roomAfter(nameFor(2), fullSpark) >= years * yearWidth) return { nameWidth: nameFor(2), sparkWidth: fullSpark, yearColumns: years };
  // As wide as the hint can be: both sides with as many digits as the whole horizon.
  const hint = textWidth(` ←${years} ${years}→`);
  const nameWidth = nameFor(hint);
  const sparkWidth = roomAfter(nameWidth, fullSpark) >= hint ? fullSpark : 0;
  const yearColumns = Math.max(0, Math.min(years, Math.floor((roomAfter(nameWidth, sparkWidth) - hint) / yearWidth)));
  return { nameWidth, sparkWidth, yearColumns };
}

/** Evenly spaced samples, so a long series still fits a short sparkline. */
export function sample(values: readonly number[], count: number): number[] {
  if (values.length <= count) return [...values];
  return Array.from({ length: count }, (_, i) => values[Math.round((i * (values.length - 1)) / (count - 1))]!);
}

/** What the layout needs of a model, computed once per model (a keystroke that edits a value keeps the model). */
const modelFacts = new WeakMap<Model, { readonly longestName: number; readonly hasSeries: boolean }>();

function factsOf(model: Model) {
  let facts = modelFacts.get(model);
  if (!facts) {
    facts = {
      longestName: Math.max(4, ...[...model.cells.keys()].map((name) => name.length)),
      hasSeries: [...model.cells.values()].some((compiled) => compiled.series),
    };
    modelFacts.set(model, facts);
  }
  return facts;
}

/** The grid's layout in the frame, with the height of its body (header, cells and panel). */
export interface GridScreenLayout extends GridLayout {
  readonly bodyHeight: number;
  /** The first year column shown. */
  readonly firstYear: number;
  /** The rows shown, and those pinned under them: what the selected input changes, when it would be off screen. */
  readonly window: GridWindow;
  /** The selected input, while the grid and the panel give way to what it changes. */
  readonly focused?: string;
  /** Each formula cell's p5–p95 text by name, while the column is on; marked `…` while being recomputed after an edit. */
  readonly spreads?: ReadonlyMap<string, string>;
}

/** The selected cell, when it is an input that other cells read. */
function inputSelected(state: State): string | undefined {
  const name = selectedName(state);
  const compiled = name === undefined ? undefined : state.sheet.model.cells.get(name);
  return compiled?.cell.kind === 'input' && dependentsOf(state.sheet.model, compiled.cell.name).length > 0 ? compiled.cell.name : undefined;
}

export function layOutGrid(frame: Frame, state: State): Laid<GridFit, GridScreenLayout> {
  const { model, evaluation } = state.sheet;
  const input = inputSelected(state);
  const column = spreadColumn(state);
  const spreads = column?.texts;
  const content = {
    ...factsOf(model),
    years: evaluation.years.length,
    cells: model.cells.size,
    messageRows: frame.messageRows,
    widest: valueWidths(state.sheet),
    ...(column ? { spread: column.widest } : {}),
  };
  const layout = gridLayout(frame.columns, frame.rows, { ...content, focus: input !== undefined });
  const { selected, top } = state.screens.grid;
  const changed = input === undefined ? undefined : changedBy(model, input);
  const window = gridWindow(model.cells.size, layout.gridRows, selected, top, changed?.changed ?? [], changed?.outputs ?? new Set());
  const firstYear = shownFirstYear(state.screens.grid.firstYear, evaluation.years.length, layout.yearColumns);
  // The panel gave way, or rows are pinned: the panel shows its most useful lines for an input being nudged.
  const gaveWay = input !== undefined && (window.pinned.length > 0 || layout.panelHeight !== gridLayout(frame.columns, frame.rows, content).panelHeight);
  return {
    fit: { rows: layout.gridRows, yearColumns: layout.yearColumns },
    view: {
      ...layout,
      bodyHeight: layout.gridRows + 1 + layout.panelHeight,
      firstYear,
      window,
      ...(gaveWay ? { focused: input } : {}),
      ...(spreads ? { spreads } : {}),
    },
  };
}
