import { checkTarget } from '../../../analysis/target.js';
import { back, stepKeys } from '../../moving-keys.js';
import { openPrompt, refuse } from '../../overlays/prompt.js';
import type { Binding } from '../../screen.js';
import { selectedName } from '../../state/selectors.js';
import type { State } from '../../state/types.js';
import { info } from '../../state/update.js';
import { moveToFormula, outputTextOf, withOutputText } from './state.js';

/** Asks what to show for the selected cell: any formula that gives one number; empty goes back to the cell's default. */
function outputPrompt(state: State): State {
  const cell = selectedName(state);
  if (cell === undefined) return state;
  return openPrompt(state, {
    purpose: 'tornado-output',
    label: 'tornado of:',
    text: outputTextOf(state, cell),
    hint: 'a formula that gives one number, e.g. last(private_share) or sum(extra_to_nhs); empty: the selected cell',
    accept: (closed, text) => {
      if (text.trim() === '') return info(withOutputText(closed, cell, undefined), `tornado of ${outputTextOf(withOutputText(closed, cell, undefined), cell)}`);
      const checked = checkTarget(closed.sheet, text, 'the output');
      return checked.ok ? info(withOutputText(closed, cell, checked.measure.text), `tornado of ${checked.measure.text}`) : refuse(checked.problem);
    },
  });
}

export const TORNADO_KEYS: readonly Binding[] = [
  ...stepKeys({
    previous: 'tornado.previous-cell',
    next: 'tornado.next-cell',
    describePrevious: 'the formula cell above',
    describeNext: 'the next formula cell',
    hint: 'other cell',
    footerRank: 3,
    step: moveToFormula,
  }),
  {
    command: 'tornado.output',
    keys: ['e', 'enter'],
    label: 'e Enter',
    description: 'show another formula giving one number',
    hint: 'what to show',
    footerRank: 2,
    run: outputPrompt,
  },
  { command: 'tornado.back', keys: ['escape', 'T'], label: 'Esc T', description: 'back to the grid', hint: 'back', footerRank: 1, run: back },
];
