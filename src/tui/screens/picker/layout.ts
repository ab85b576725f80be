import { bodyRowsOf, MIN_COLUMNS } from '../../layout.js';
import type { Frame, Laid } from '../../screen.js';
import type { PickerSlice } from './state.js';

/** The picker's heading and the current scenario's line, above the files. */
export const PICKER_CHROME_ROWS = 3;
/** Files the picker shows in the rows the grid and panel would take. */
export const pickerRows = (bodyHeight: number): number => Math.max(1, bodyHeight - PICKER_CHROME_ROWS);

export interface PickerLayout {
  readonly width: number;
  /** Files that fit; the picker is three rows taller. */
  readonly rows: number;
}

export function layOutPicker(frame: Frame): Laid<PickerSlice['fit'], PickerLayout> {
  const rows = pickerRows(bodyRowsOf(frame));
  return { fit: { rows }, view: { width: Math.max(MIN_COLUMNS, frame.columns), rows } };
}
