import { back, stepKeys } from '../../moving-keys.js';
import { laidOut, type Screen } from '../../screen.js';
import { ExplainView } from './ExplainView.js';
import { layOutExplain } from './layout.js';
import { type ExplainSlice, explainNextRow, explainOtherScenario, INITIAL_EXPLAIN, openExplain } from './state.js';

/** Why two compared scenarios differ on the selected row: its gap as a waterfall of contributions; `e` in the comparison. */
export const explainScreen: Screen<ExplainSlice> = {
  help: { title: 'Explain a difference (e in the comparison)' },
  initial: INITIAL_EXPLAIN,
  bindings: [
    ...stepKeys({
      previous: 'explain.previous-row',
      next: 'explain.next-row',
      describePrevious: "explain the comparison's row above (its selection follows)",
      describeNext: "explain the comparison's row below",
      hint: 'other row',
      footerRank: 2,
      step: explainNextRow,
    }),
    ...stepKeys({
      previous: 'explain.previous-scenario',
      next: 'explain.next-scenario',
      describePrevious: 'explain the gap to the compared scenario before this one',
      describeNext: 'explain the gap to the next compared scenario',
      hint: 'other scenario',
      footerRank: 3,
      across: true,
      step: explainOtherScenario,
    }),
    { command: 'explain.back', keys: ['escape', 'e'], label: 'Esc e', description: 'back to the comparison', hint: 'back', footerRank: 1, run: back },
  ],
  entries: [
    {
      on: 'compare',
      binding: {
        command: 'explain.open',
        keys: ['e'],
        label: 'e',
        description: "explain the selected row's gap between the reference and the scenario beside it, as a waterfall of contributions",
        hint: 'explain',
        footerRank: 5,
        run: openExplain,
      },
    },
  ],
  render: laidOut(layOutExplain, ExplainView),
};
