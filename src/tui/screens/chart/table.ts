import { chartSeriesReport } from '../../../tables/chart-series.js';
import type { ViewExport } from '../../export/view-table.js';
import { chartSubject } from './chart-input.js';

/** The chart's lines as a table: a row per year, a column per scenario (and its observed values), the reference line in the notes. */
export function chartTable(state: Parameters<typeof chartSubject>[0]): ViewExport {
  const subject = chartSubject(state);
  if (subject.kind === 'message') return { nothing: subject.text };
  const { input } = subject;
  const report = chartSeriesReport(input, `${input.quantity} by year (${input.unit})`);
  const left = subject.left.map((why) => `Not in the table: ${why}.`);
  return {
    view: `chart-${input.quantity}`,
    what: `the chart of ${input.quantity}`,
    report: left.length > 0 ? { ...report, notes: left } : report,
    cells: [input.quantity],
  };
}
