import { back } from '../../moving-keys.js';
import { laidOut, type Screen } from '../../screen.js';
import { ExplainView } from './ExplainView.js';
import { layOutExplain } from './layout.js';
import { type ExplainSlice, explainNextRow, explainOtherScenario, INITIAL_EXPLAIN, openExplain } from './state.js';

/** Why two compared scenarios differ on the selected row: its gap as a waterfall of contributions; `e` in the comparison. */
export const explainScreen: Screen<ExplainSlice> = {
  help: { title: 'Explain a difference (e in the comparison)' },
  initial: INITIAL_EXPLAIN,
  bindings: [
    {
      command: 'explain.previous-row',
      keys: ['up', 'k'],
      label: '↑ k',
      description: "explain the comparison's row above (its selection follows)",
      hint: 'other row',
      footerKeys: '↑↓ jk',
      footerRank: 2,
      run: (state) => explainNextRow(state, -1),
    },
    {
      command: 'explain.next-row',
      keys: ['down', 'j'],
      label: '↓ j',
      description: "explain the comparison's row below",
      run: (state) => explainNextRow(state, 1),
    },
    {
      command: 'explain.previous-scenario',
      keys: ['left', 'h'],
      label: '← h',
      description: 'explain the gap to the compared scenario before this one',
      hint: 'other scenario',
      footerKeys: '←→ hl',
      footerRank: 3,
      run: (state) => explainOtherScenario(state, -1),
    },
    {
      command: 'explain.next-scenario',
      keys: ['right', 'l'],
      label: '→ l',
      description: 'explain the gap to the next compared scenario',
      run: (state) => explainOtherScenario(state, 1),
    },
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
