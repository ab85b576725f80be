import { laidOut, type Screen } from '../../screen.js';
import { ChartView } from './ChartView.js';
import { CHART_KEYS } from './keys.js';
import { layOutChart } from './layout.js';
import { type ChartSlice, INITIAL_CHART, openChart } from './state.js';
import { chartTable } from './table.js';

/** The selected cell's values by year as a line chart, one line per compared scenario; `v` in the grid opens it. */
export const chart: Screen<ChartSlice> = {
  help: { title: 'Chart (v)' },
  initial: INITIAL_CHART,
  bindings: CHART_KEYS,
  entries: [
    {
      on: 'grid',
      binding: {
        command: 'chart.open',
        keys: ['v'],
        label: 'v',
        description: 'chart the selected cell by year, with every compared scenario',
        hint: 'chart',
        footerRank: 11,
        run: openChart,
      },
    },
  ],
  table: chartTable,
  render: laidOut(layOutChart, ChartView),
};
