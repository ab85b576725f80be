import { laidOut, type Screen } from '../../screen.js';
import { GridScreen } from './GridScreen.js';
import { GRID_KEYS } from './keys.js';
import { layOutGrid } from './layout.js';
import { MARKS } from './marks.js';
import { askForSpread, runSpread, type SpreadEffect } from './spread.js';
import { type GridSlice, INITIAL_GRID, keepGridInView } from './state.js';
import { gridTable } from './table.js';

/** The cells of the scenario, to read and edit: always at the bottom of the stack. */
export const grid: Screen<GridSlice, SpreadEffect> = {
  help: { title: 'In the grid', sections: [MARKS] },
  initial: INITIAL_GRID,
  bindings: GRID_KEYS,
  table: gridTable,
  // After every action the selection is kept in view, and an edit with p5–p95 shown asks for its simulation.
  keepInView: (state) => askForSpread(keepGridInView(state)),
  effects: { 'grid-spread': runSpread },
  render: laidOut(layOutGrid, GridScreen),
};
