import { formatNumber } from '../../../engine/index.js';
import { bodyRowsOf, clip, MIN_COLUMNS } from '../../layout.js';
import type { Frame, Laid } from '../../screen.js';
import { sliceOf, topScreen } from '../../state/stack.js';
import type { State } from '../../state/types.js';
import { fitNotes } from '../../wrap.js';
import { extentOf, HEADER_LINES, type HeatPicture, layOutHeat, shadeLegend } from './heat.js';
import type { DataTableShown, DataTableSlice } from './state.js';

/** A line under the grid: what the cursor is on, what the marks and shades mean, what failed. */
export interface DataTableNote {
  readonly text: string;
  readonly tone: 'cursor' | 'key' | 'error';
}

export interface DataTableScreenLayout {
  readonly width: number;
  readonly height: number;
  readonly heading: string;
  readonly picture?: HeatPicture;
  readonly notes: readonly DataTableNote[];
}

const HEADING_ROWS = 1;

/** The notes under the grid, before wrapping: the cursor's cell, the scenario's own values, the shades, failures. */
export function dataTableNotes(shown: DataTableShown, cursor: DataTableSlice['cursor']): { text: string; tone: DataTableNote['tone'] }[] {
  const { grid, formula } = shown;
  const value = grid.values[cursor.row]?.[cursor.column];
  const at = `${grid.down.name} ${grid.down.labels[cursor.row]}, ${grid.across.name} ${grid.across.labels[cursor.column]}`;
  const notes: { text: string; tone: DataTableNote['tone'] }[] = [
    { text: `At ${at}: ${formula} ${value === undefined ? 'cannot be computed' : formatNumber(value, grid.unit)}.`, tone: 'cursor' },
    { text: `[ ] nearest the scenario's own values, ${shown.own}; every other input as in the scenario.`, tone: 'key' },
    { text: shadeLegend(extentOf(grid).lowest, extentOf(grid).highest, grid.unit), tone: 'key' },
  ];
  if (shown.failedValues > 0) {
    const [first] = shown.failures;
    notes.push({ text: `✗ ${shown.failedValues} of the values could not be computed (ERROR)${first ? `, e.g. ${first}` : ''}.`, tone: 'error' });
  }
  return notes;
}

/**
 * The data table in the rows between the title and the status line: a heading, the grid, the notes under it. The
 * grid keeps its header and at least one row; notes give way first.
 */
export function layOutDataTable(frame: Frame, state: State): Laid<DataTableSlice['fit'], DataTableScreenLayout> {
  const width = Math.max(MIN_COLUMNS, frame.columns);
  const height = bodyRowsOf(frame);
  const slice = sliceOf(state, 'data-table');
  const { shown } = slice;
  if (topScreen(state) !== 'data-table' || !shown) return { fit: { rows: 0, columns: 0 }, view: { width, height, heading: '', notes: [] } };
  const heading = clip(`Data table of ${shown.words}${shown.words === shown.formula ? '' : ` (${shown.formula})`}, in ${shown.grid.unit}`, width);
  const room = height - HEADING_ROWS;
  const notes = fitNotes(dataTableNotes(shown, slice.cursor), width, Math.max(0, room - HEADER_LINES - Math.min(3, shown.grid.down.labels.length)));
  const picture = layOutHeat(shown.grid, { columns: width, rows: Math.max(HEADER_LINES + 1, room - notes.length) }, slice);
  return { fit: { rows: picture.rows.count, columns: picture.columns.count }, view: { width, height, heading, picture, notes } };
}
