import { compareScenarios } from '../analysis/compare.js';
import { withObserved } from '../analysis/compare-observed.js';
import { type ObservedSheet, observedSheetOf } from '../analysis/observed.js';
import { rangedInputs, tornadoes } from '../analysis/tornado.js';
import type { ChartInput } from '../charts/model.js';
import { lineChartSvg } from '../charts/svg-line-chart.js';
import { tornadoSvg } from '../charts/svg-tornado.js';
import {
  type Cell,
  checkMeasure,
  evaluateMeasure,
  type FormulaCell,
  formatNumber,
  type InputCell,
  isSeries,
  measureOf,
  type NamedSheet,
  showControls,
} from '../engine/index.js';
import type { CheckRecord, CitedSource, InputCitation } from '../export/provenance.js';
import { comparisonReport } from '../tables/comparison.js';
import { renderMarkdown } from '../tables/render/markdown.js';
import { keyDeltas } from './words.js';

/** A scenario as the briefing reports it. */
export interface BriefedScenario extends NamedSheet {
  readonly description?: string;
  readonly file: string;
  readonly cells: readonly Cell[];
  readonly sources: readonly CitedSource[];
  readonly checks: readonly CheckRecord[];
  /** Each input's citation, and its mark when changed from its source, by name (inputCitationsOf). */
  readonly citations: ReadonlyMap<string, InputCitation>;
  /** The sha256 of the file's bytes, then of each file it extends, nearest first. */
  readonly hashes: readonly { readonly file: string; readonly sha256: string }[];
  /** What the file records as observed, with its source records, for the comparison's observed rows. */
  readonly observations?: Pick<ObservedSheet, 'observed' | 'sources'>;
}

/** A chart written beside the briefing. */
export interface ChartFile {
  readonly file: string;
  readonly alt: string;
  readonly svg: string;
}

export interface Briefing {
  readonly markdown: string;
  readonly charts: readonly ChartFile[];
}

export const QUESTION = 'When the NHS gets extra money, how much of it goes to NHS trusts and how much to private (independent-sector) providers?';

/** The series the briefing charts: the private share of spending where the scenarios have it. */
const MAIN_SERIES = 'private_share';

/** Text from a scenario file, safe in Markdown: no HTML, control characters shown. */
export const markdownText = (text: string): string => showControls(text).replace(/[&<>]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[char]!);

function mainSeries(scenarios: readonly BriefedScenario[]): string | undefined {
  const seriesCells = scenarios.flatMap((scenario) => [...scenario.model.cells.values()].filter((each) => each.series).map((each) => each.cell.name));
  return seriesCells.includes(MAIN_SERIES) ? MAIN_SERIES : seriesCells[0];
}

function lineChart(scenarios: readonly BriefedScenario[], cell: string): ChartFile | undefined {
  const unit = scenarios.map((scenario) => scenario.model.cells.get(cell)?.cell.unit).find((found) => found !== undefined) ?? 'number';
  const series = scenarios.flatMap((scenario) => {
    const result = scenario.evaluation.results.get(cell);
    return result?.ok && isSeries(result.value) ? [{ name: scenario.name, years: scenario.evaluation.years, values: result.value }] : [];
  });
  if (series.length === 0) return undefined;
  const input: ChartInput = { quantity: cell, unit, series };
  const title = `${cell} by year${series.length > 1 ? ', one line per scenario' : ''}`;
  return { file: `${cell}.svg`, alt: title, svg: lineChartSvg(input, title) };
}

/** A tornado of the chart's series in its final year, for the first scenario whose inputs have a low and a high. */
function tornadoChart(scenarios: readonly BriefedScenario[], cell: string): ChartFile | undefined {
  const scenario = scenarios.find((each) => rangedInputs(each).length > 0);
  if (!scenario) return undefined;
  const [result] = tornadoes(scenario, [measureOf(scenario, `last(${cell})`)]);
  if (!result || 'problem' in result || result.bars.length === 0) return undefined;
  const unitOf = (name: string) => (scenario.model.cells.get(name)!.cell as InputCell).unit;
  const bars = result.bars.map((bar) => ({
    label: `${bar.input} (${formatNumber(bar.low, unitOf(bar.input))} → ${formatNumber(bar.high, unitOf(bar.input))})`,
    atLow: bar.atLow,
    atHigh: bar.atHigh,
  }));
  const year = scenario.evaluation.years.at(-1) ?? '';
  const title = `What moves ${cell} in ${year} most (${scenario.name})`;
  return { file: 'tornado.svg', alt: title, svg: tornadoSvg(title, bars, result.base, result.output.unit) };
}

const table = (headers: readonly string[], rows: readonly (readonly string[])[]): string =>
  [
    `| ${headers.join(' | ')} |`,
    `|${headers.map(() => ' --- ').join('|')}|`,
    ...rows.map((row) => `| ${row.map((field) => field.replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`),
  ].join('\n');

function checksSection(scenarios: readonly BriefedScenario[]): string[] {
  const rows = scenarios.flatMap((scenario) =>
    scenario.checks.map((check) => {
      const measure = checkMeasure(scenario, check.formula);
      const result = measure.ok ? evaluateMeasure(scenario, measure.measure) : undefined;
      const verdict = !measure.ok
        ? `cannot be checked: ${measure.problem}`
        : result?.ok
          ? result.value !== 0
            ? '✓ holds'
            : '✗ fails'
          : `cannot be checked: ${result?.error}`;
      return [scenario.name, check.name, check.claim, check.source ?? '', verdict].map(markdownText);
    }),
  );
  if (rows.length === 0) return ['No claim checks: none of these scenarios states a claim from its sources to check against the model.'];
  return [table(['scenario', 'check', 'claim', 'source', 'result'], rows)];
}

function assumptionsSection(scenario: BriefedScenario): string[] {
  const inputs = scenario.cells.filter((cell): cell is InputCell => cell.kind === 'input');
  const cited = inputs.map((cell) => scenario.citations.get(cell.name) ?? { citation: 'not given' });
  const changed = cited.some((citation) => citation.changed !== undefined);
  const rows = inputs.map((cell, i) =>
    [cell.name, formatNumber(cell.value, cell.unit), cited[i]!.citation, ...(changed ? [cited[i]!.changed ?? ''] : [])].map(markdownText),
  );
  const headers = ['input', 'value', 'source', ...(changed ? ['changed from its source'] : [])];
  const lines = [`### ${markdownText(scenario.name)}`, '', table(headers, rows)];
  const formulas = scenario.cells.filter((cell): cell is FormulaCell => cell.kind === 'formula');
  if (formulas.length > 0) {
    const written = formulas.map((cell) => `\`${showControls(`${cell.name} = ${cell.formula}`).replace(/`/g, "'")}\``);
    lines.push('', `Formulas: ${written.join('; ')}.`);
  }
  return lines;
}

function hashSection(scenarios: readonly BriefedScenario[]): string[] {
  const rows = scenarios.flatMap((scenario) =>
    scenario.hashes.map((hash, i) => [scenario.name, i === 0 ? hash.file : `${hash.file} (extended)`, `\`${hash.sha256}\``].map(markdownText)),
  );
  return [
    'The exact files this briefing was computed from (sha256 of their bytes, and of each file they extend): anyone can run the same files and get the same numbers.',
    '',
    table(['scenario', 'file', 'sha256'], rows),
  ];
}

/**
 * A briefing a journalist can paste: the question, the key deltas in words, the comparison table with units, the
 * charts, the claim checks, every input with its value and source, and the content hash of every file read.
 */
export function briefing(scenarios: readonly BriefedScenario[], failures: readonly string[]): Briefing {
  const entries = scenarios.map((scenario) => ({ ...scenario, name: markdownText(scenario.name) }));
  const comparison = compareScenarios(entries);
  const main = mainSeries(entries);
  const charts = main === undefined ? [] : [lineChart(entries, main), tornadoChart(entries, main)].flatMap((chart) => (chart ? [chart] : []));
  const title = entries.map((entry) => entry.name).join(' vs ');
  const described = scenarios.flatMap((scenario) =>
    scenario.description ? [`- **${markdownText(scenario.name)}**: ${markdownText(scenario.description)}`] : [],
  );
  const observed = withObserved(
    comparison,
    entries.map((entry) => observedSheetOf(entry.name, entry, entry.observations ?? {})),
  );
  const tables = renderMarkdown(
    comparisonReport(
      observed,
      scenarios.map((scenario) => scenario.file),
      failures,
    ),
  ).replace(/^### .*\n\n/, '');
  const lines = [
    `# Briefing: ${title}`,
    '',
    `**The question.** ${QUESTION}`,
    '',
    ...(described.length > 0 ? [...described, ''] : []),
    '## Key figures',
    '',
    ...keyDeltas(comparison, entries).map((line) => `- ${line}`),
    '',
    '## Comparison',
    '',
    tables.trimEnd(),
    '',
    ...(charts.length > 0 ? ['## Charts', '', ...charts.flatMap((chart) => [`![${chart.alt}](${chart.file})`, ''])] : []),
    '## Claim checks',
    '',
    ...checksSection(scenarios),
    '',
    '## Appendix: assumptions and sources',
    '',
    'Every input of each scenario with its value and where it comes from; "assumption" marks a choice of the modeller rather than a published figure.',
    '',
    ...scenarios.flatMap((scenario) => [...assumptionsSection(scenario), '']),
    '## Appendix: scenario files',
    '',
    ...hashSection(scenarios),
    '',
  ];
  return { markdown: lines.join('\n'), charts };
}
