import { bodyRowsOf, MIN_COLUMNS } from '../../layout.js';
import type { Frame, Laid } from '../../screen.js';
import type { FindSlice } from './state.js';

/** The heading above the matches. */
const FIND_CHROME_ROWS = 1;

export interface FindLayout {
  readonly width: number;
  /** Matches that fit. */
  readonly rows: number;
}

export function layOutFind(frame: Frame): Laid<FindSlice['fit'], FindLayout> {
  const rows = Math.max(1, bodyRowsOf(frame) - FIND_CHROME_ROWS);
  return { fit: { rows }, view: { width: Math.max(MIN_COLUMNS, frame.columns), rows } };
}
