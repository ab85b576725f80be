import { describe, expect, it } from 'vitest';
import { chartSeriesReport } from '../../src/tables/chart-series.js';
import { renderCsv } from '../../src/tables/render/csv.js';
import { renderMarkdown } from '../../src/tables/render/markdown.js';

// Two lines over different horizons, one with observed values: the chart's lines as the table a briefing quotes.
const input = {
  quantity: 'private_share',
  unit: 'percent' as const,
  reference: 0.1,
  series: [
    {
      name: 'Baseline',
      years: ['2016/17', '2017/18', '2018/19'],
      values: [0.085, 0.094, 0.102],
      observed: { source: 'Full Fact, 2019', points: [{ year: '2016/17', value: 0.077 }] },
    },
    { name: 'Short', years: ['2016/17', '2017/18'], values: [0.08, 0.09] },
  ],
};

describe('a chart as a table', () => {
  it('has a row per year, a column per line and its observed values, — where a line has no value, and the reference line in the notes', () => {
    const markdown = renderMarkdown(chartSeriesReport(input));
    expect(markdown).toContain('| year | Baseline | Baseline observed | Short |');
    expect(markdown).toContain('| 2016/17 | 8.50% | 7.70% | 8.00% |');
    expect(markdown).toContain('| 2018/19 | 10.20% | — | — |');
    expect(markdown).toContain('Reference line at 10.00%: private_share crosses 10.00% in 2018/19 (Baseline); never within 2016/17–2017/18 (Short).');
    expect(markdown).toContain('Baseline observed: Full Fact, 2019.');
    expect(markdown).toContain('— means no value for that year: outside the horizon, or not observed.');
  });

  it('gives data formats the raw numbers', () => {
    expect(renderCsv(chartSeriesReport(input)).split('\n').slice(0, 2)).toEqual(['year,Baseline,Baseline observed,Short,error', '2016/17,0.085,0.077,0.08,']);
  });
});
