import { describe, expect, it } from 'vitest';
import { absentCell, EMPTY, errorCell, type Format, numberCell, RENDERERS, type Report, textCell } from '../../src/tables/index.js';

/** Two tables, as an analysis prints a result and the inputs it varied: every kind of cell, notes, a failure. */
const REPORT: Report = {
  title: 'Tornado',
  tables: [
    {
      title: 'Swing',
      columns: [{ header: 'input' }, { header: 'low' }, { header: 'change' }, { header: '%' }, { header: 'unit', only: 'data' }],
      rows: [
        [
          textCell('budget_growth'),
          numberCell(18.673275091764715, '£bn'),
          numberCell(-1.25, '£bn', 'change'),
          numberCell(-0.0669, '£bn', 'relative-change'),
          textCell('£bn'),
        ],
        [textCell('private_share'), numberCell(0.11874275987241223, 'percent'), numberCell(0.0196, 'percent', 'change'), EMPTY, textCell('percent')],
        [textCell('=cmd'), errorCell('result is Infinity'), absentCell('not in this scenario'), EMPTY, textCell('number')],
      ],
      notes: ['Low is each input at its low end.', 'Sorted by swing.'],
    },
    {
      title: 'Not varied',
      only: 'people',
      columns: [{ header: 'input' }, { header: 'why', align: 'left' }],
      rows: [[textCell('horizon_years'), textCell('no low or high')]],
    },
  ],
  failures: ['s.yaml:3:4: x: result is Infinity'],
};

/** The report in a text format. */
function rendered(format: Format): string {
  const renderer = RENDERERS[format];
  if (renderer.binary) throw new Error(`${format} is binary`);
  return renderer.render(REPORT);
}

describe('one report, rendered in every format', () => {
  it('text: aligned columns, each table under its title with its notes, then the failures', () => {
    expect(rendered('table')).toBe(
      [
        'Tornado',
        '',
        'Swing',
        'input               low    change      %',
        'budget_growth  £18.67bn  -£1.25bn  -6.7%',
        'private_share    11.87%  +1.96 pp',
        '=cmd              ERROR         —',
        '',
        'Low is each input at its low end.',
        'Sorted by swing.',
        '',
        'Not varied',
        'input          why',
        'horizon_years  no low or high',
        '',
        'Errors:',
        '  s.yaml:3:4: x: result is Infinity',
        '',
      ].join('\n'),
    );
  });

  it('Markdown: a heading, a heading per table, notes as a sentence, failures as a list', () => {
    expect(rendered('md')).toBe(
      [
        '### Tornado',
        '',
        '#### Swing',
        '',
        '| input | low | change | % |',
        '| --- | ---: | ---: | ---: |',
        '| budget_growth | £18.67bn | -£1.25bn | -6.7% |',
        '| private_share | 11.87% | +1.96 pp |  |',
        '| =cmd | ERROR | — |  |',
        '',
        'Low is each input at its low end. Sorted by swing.',
        '',
        '#### Not varied',
        '',
        '| input | why |',
        '| --- | --- |',
        '| horizon_years | no low or high |',
        '',
        'Errors:',
        '',
        '- s.yaml:3:4: x: result is Infinity',
        '',
      ].join('\n'),
    );
  });

  it('CSV: the data tables only, raw numbers, a last error column, formulas made inert', () => {
    expect(rendered('csv')).toBe(
      [
        'input,low,change,%,unit,error',
        'budget_growth,18.673275091764715,-1.25,-0.0669,£bn,',
        'private_share,0.11874275987241223,0.0196,,percent,',
        "'=cmd,ERROR,,,number,result is Infinity",
        '',
      ].join('\n'),
    );
  });

  it('JSON without a document of its own: the data tables at full precision, keyed by header', () => {
    expect(JSON.parse(rendered('json'))).toEqual({
      title: 'Tornado',
      tables: [
        {
          title: 'Swing',
          columns: ['input', 'low', 'change', '%', 'unit'],
          rows: [
            { input: 'budget_growth', low: 18.673275091764715, change: -1.25, '%': -0.0669, unit: '£bn' },
            { input: 'private_share', low: 0.11874275987241223, change: 0.0196, '%': null, unit: 'percent' },
            { input: '=cmd', low: { error: 'result is Infinity' }, change: { absent: 'not in this scenario' }, '%': null, unit: 'number' },
          ],
          notes: ['Low is each input at its low end.', 'Sorted by swing.'],
        },
      ],
      failures: ['s.yaml:3:4: x: result is Infinity'],
    });
  });

  it('text and Markdown list the failures themselves; CSV, JSON and workbooks leave them to stderr', () => {
    expect(Object.fromEntries(Object.entries(RENDERERS).map(([name, renderer]) => [name, renderer.failuresInOutput]))).toEqual({
      table: true,
      json: false,
      csv: false,
      md: true,
      xlsx: false,
    });
  });
});
