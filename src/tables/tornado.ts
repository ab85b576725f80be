import { targetWords } from '../analysis/target.js';
import type { Tornado } from '../analysis/tornado.js';
import { BASE_MARK, HIGH_MARK, LOW_MARK, tornadoBars } from '../charts/tornado-bars.js';
import { formatNumber, type InputCell, type Measure, type Sheet } from '../engine/index.js';
import { numberCell, type Report, type Table, textCell } from './table.js';

const SIDES = { across: '', above: 'both ends above the base', below: 'both ends below the base', none: 'no change' } as const;

function tornadoTable(sheet: Sheet, tornado: Tornado): Table {
  const { output } = tornado;
  const unitOf = (name: string) => (sheet.model.cells.get(name)!.cell as InputCell).unit;
  const bars = tornadoBars(tornado.bars, tornado.base);
  const what = targetWords(output, sheet.evaluation.years);
  const notes = [
    `${what === output.text ? output.text : `${output.text} (${what})`} is ${formatNumber(tornado.base, output.unit)} with every input at its value. Each input with a low and a high is set to each in turn, the others kept at their values; largest swing first.`,
    `Bars: ${LOW_MARK} the input at its low, ${HIGH_MARK} at its high, ${BASE_MARK} the base.`,
  ];
  if (tornado.notVaried.length > 0) notes.push(`Not varied (no low and high): ${tornado.notVaried.join(', ')}.`);
  for (const failure of tornado.failures) {
    notes.push(`${failure.input} at its ${failure.at} (${formatNumber(failure.value, unitOf(failure.input))}): ${failure.problem}.`);
  }
  return {
    title: `${output.text}: base ${formatNumber(tornado.base, output.unit)}`,
    columns: [
      { header: 'input' },
      { header: 'low' },
      { header: 'high' },
      { header: `at low` },
      { header: `at high` },
      { header: 'swing' },
      { header: 'bar', only: 'people', align: 'left' },
      { header: 'note', only: 'people', align: 'left' },
    ],
    rows: tornado.bars.map((bar, i) => [
      textCell(bar.input),
      numberCell(bar.low, unitOf(bar.input)),
      numberCell(bar.high, unitOf(bar.input)),
      numberCell(bar.atLow, output.unit),
      numberCell(bar.atHigh, output.unit),
      numberCell(bar.swing, output.unit),
      textCell(bars[i]!),
      textCell(SIDES[bar.side]),
    ]),
    notes,
  };
}

/** A tornado per output: inputs by swing, with their ends and where the output lands at each. */
export function tornadoReport(scenarioName: string, sheet: Sheet, results: readonly (Tornado | { output: Measure; problem: string })[]): Report {
  const tables = results.flatMap((result) => ('problem' in result ? [] : [tornadoTable(sheet, result)]));
  const problems = results.flatMap((result) => ('problem' in result ? [`${result.output.text} cannot be computed: ${result.problem}`] : []));
  return {
    title: `Tornado: ${scenarioName}`,
    tables,
    notes: problems,
    failures: [],
    document: {
      scenario: scenarioName,
      tornadoes: results.map((result) =>
        'problem' in result
          ? { output: result.output.text, problem: result.problem }
          : {
              output: result.output.text,
              unit: result.output.unit,
              base: result.base,
              bars: result.bars,
              notVaried: result.notVaried,
              failures: result.failures,
            },
      ),
    },
  };
}
