import { readAsNote } from '../../../editing/index.js';
import { formatNumber, parseNumber } from '../../../engine/index.js';
import { back, stepKeys } from '../../moving-keys.js';
import { openPrompt, refuse } from '../../overlays/prompt.js';
import type { Binding } from '../../screen.js';
import { selectedName } from '../../state/selectors.js';
import type { State } from '../../state/types.js';
import { error, info } from '../../state/update.js';
import { moveToSeries, referenceOf, withReference } from './state.js';

/** Asks for the selected cell's reference line in its unit (10% or 0.1 for a share, 12 for £12bn); empty removes it. */
function referencePrompt(state: State): State {
  const cell = selectedName(state);
  const compiled = cell === undefined ? undefined : state.sheet.model.cells.get(cell);
  if (!cell || !compiled?.series) return error(state, 'a reference line needs a cell with a value for each year: ↑↓ jk go to one');
  const { unit } = compiled.cell;
  return openPrompt(state, {
    purpose: 'reference-line',
    label: `reference line for ${cell}:`,
    text: referenceOf(state, cell)?.typed ?? '',
    hint: `in ${unit === 'percent' ? 'percent, e.g. 10% (or 0.1)' : unit === '£bn' ? '£bn, e.g. 12 or £12bn' : unit}; empty removes the line`,
    accept: (closed, text) => {
      const typed = text.trim();
      if (typed === '') return info(withReference(closed, cell, undefined), `no reference line for ${cell}`);
      const value = parseNumber(typed);
      if (value === undefined) return refuse(`"${typed}" is not a number (try ${unit === 'percent' ? '10% or 0.1' : '12'})`);
      const note = readAsNote({ kind: 'input', name: cell, unit, value }, value, typed);
      const done = info(withReference(closed, cell, { value, typed }), `reference line at ${formatNumber(value, unit)} for ${cell}`);
      return note ? info(done, `${done.message?.text} (${note})`) : done;
    },
  });
}

export const CHART_KEYS: readonly Binding[] = [
  ...stepKeys({
    previous: 'chart.previous-series',
    next: 'chart.next-series',
    describePrevious: 'chart the cell with values by year above this one',
    describeNext: 'chart the next cell with values by year',
    hint: 'other cell',
    footerRank: 3,
    step: moveToSeries,
  }),
  {
    command: 'chart.reference',
    keys: ['r'],
    label: 'r',
    description: "set a horizontal reference line in the cell's unit (10%), naming the year each line crosses it; empty removes it",
    hint: 'reference line',
    footerRank: 2,
    run: referencePrompt,
  },
  { command: 'chart.back', keys: ['escape', 'v'], label: 'Esc v', description: 'back to the grid', hint: 'back', footerRank: 1, run: back },
];
