import { basename } from 'node:path';
import {
  ABSENT,
  type ComparedValue,
  type Comparison,
  comparableCells,
  compareScenarios,
  type FormattedComparison,
  formatComparison,
} from '../analysis/index.js';
import { closestName, type NamedSheet } from '../engine/index.js';
import { compute, loadScenario, type Problem, ScenarioError } from '../scenario/index.js';
import { cellErrors } from './cell-errors.js';
import { reportCellErrors } from './commands.js';
import type { Format } from './formats.js';
import { type Io, toJson } from './output.js';
import { alignColumns, toCsv, toMarkdown } from './table.js';
import { UsageError } from './usage.js';

export interface CompareOptions {
  readonly format: Format;
  /** Comma-separated cell names; without it every cell is compared. */
  readonly cells?: string;
}

/** The cells named in --cells, each checked against the scenarios' cells. Throws UsageError. */
function chosenCells(text: string, known: readonly string[]): string[] {
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (names.length === 0) throw new UsageError(`--cells needs cell names separated by commas, e.g. --cells cumulative_extra_to_private,private_share`);
  for (const name of names) {
    if (known.includes(name)) continue;
    const suggestion = closestName(name, known);
    throw new UsageError(
      `--cells: no cell named "${name}" in these scenarios${suggestion ? ` (did you mean "${suggestion}"?)` : `; cells are: ${known.join(', ')}`}`,
    );
  }
  return [...new Set(names)];
}

/** The JSON document of `compare --format json`: full precision, errors and gaps in place of values. */
function compareJson(comparison: Comparison, files: readonly string[]): string {
  const jsonValue = (value: ComparedValue) =>
    value.kind === 'value' ? value.value : value.kind === 'error' ? { error: value.error } : { absent: value.reason };
  return toJson({
    scenarios: comparison.scenarios.map((name, i) => ({ name, file: files[i], years: comparison.years[i] })),
    rows: comparison.rows.map((row) => ({
      cell: row.cell,
      label: row.label,
      part: row.part,
      ...(row.year === undefined ? {} : { year: row.year }),
      unit: row.unit,
      values: row.values.map(jsonValue),
      differences: row.differences.map((difference) => difference ?? null),
    })),
  });
}

/**
 * Raw numbers for a spreadsheet: one column per scenario, then each later scenario's change and relative change,
 * then `error`: why each scenario shown as ERROR failed.
 */
function csvRows(comparison: Comparison): string[][] {
  const [first = '', ...others] = comparison.scenarios;
  const header = ['cell', 'part', 'year', 'unit', first, ...others, ...others.flatMap((name) => [`${name} change`, `${name} relative change`]), 'error'];
  const raw = (value: ComparedValue) => (value.kind === 'value' ? String(value.value) : value.kind === 'error' ? 'ERROR' : '');
  const reasons = (values: readonly ComparedValue[]) =>
    values.flatMap((value, i) => (value.kind === 'error' ? [`${comparison.scenarios[i]}: ${value.error}`] : [])).join('; ');
  const body = comparison.rows.map((row) => [
    row.cell,
    row.part,
    row.year ?? '',
    row.unit,
    ...row.values.map(raw),
    ...row.differences.flatMap((difference) => [
      difference ? String(difference.absolute) : '',
      difference?.relative === undefined ? '' : String(difference.relative),
    ]),
    reasons(row.values),
  ]);
  return [header, ...body];
}

/** Label, first scenario, then for each other scenario its value, change and % change. */
function humanRows(formatted: FormattedComparison): string[][] {
  const [first = '', ...others] = formatted.scenarios;
  const header = ['cell', first, ...others.flatMap((name) => [name, 'change', '%'])];
  const body = formatted.rows.map((row) => [
    row.label,
    row.values[0] ?? '',
    ...others.flatMap((_, i) => [row.values[i + 1] ?? '', row.differences[i]?.absolute ?? '', row.differences[i]?.relative ?? '']),
  ]);
  return [header, ...body];
}

function notes(formatted: FormattedComparison): string[] {
  const lines = [`Changes are against ${formatted.scenarios[0]}; shares change in percentage points (pp).`];
  if (formatted.horizonsDiffer)
    lines.push("Horizons differ: totals, and values summed over the years, cover each scenario's own years, so they are not subtracted.");
  if (formatted.hasAbsent) lines.push(`${ABSENT} means the scenario has no such cell, or that year is outside its horizon.`);
  return lines;
}

/** `errors`: every failing cell of every scenario as `file:line:col: cell: message`, listed under table and Markdown. */
function renderComparison(comparison: Comparison, files: readonly string[], format: Format, errors: readonly string[]): string {
  if (format === 'json') return compareJson(comparison, files);
  if (format === 'csv') return toCsv(csvRows(comparison));
  const formatted = formatComparison(comparison);
  if (format === 'md') {
    const errorNotes = errors.length > 0 ? `\nErrors:\n\n${errors.map((line) => `- ${line}`).join('\n')}\n` : '';
    return `### ${formatted.scenarios.join(' vs ')}\n\n${toMarkdown(humanRows(formatted))}\n${notes(formatted).join(' ')}\n${errorNotes}`;
  }
  const errorLines = errors.length > 0 ? ['', 'Errors:', ...errors.map((line) => `  ${line}`)] : [];
  return `${[...alignColumns(humanRows(formatted)), '', ...notes(formatted), ...errorLines].join('\n')}\n`;
}

/**
 * Column names: each scenario's name, with `[file name]` after a name several scenarios share; `[path]` when
 * their file names are the same too, and `[file name #position]` when the same file is given twice.
 */
function columnNames(names: readonly string[], files: readonly string[]): string[] {
  const withSuffix = (labels: readonly string[], suffix: (i: number) => string) =>
    labels.map((label, i) => (labels.indexOf(label) !== labels.lastIndexOf(label) ? `${names[i]} [${suffix(i)}]` : label));
  const byFile = withSuffix(names, (i) => basename(files[i]!));
  const byPath = withSuffix(byFile, (i) => files[i]!);
  return withSuffix(byPath, (i) => `${basename(files[i]!)} #${i + 1}`);
}

/** Every scenario loaded and computed, under its column name; throws one ScenarioError with the problems of every file that fails to load. */
function loadAll(files: readonly string[]): { entries: NamedSheet[]; errors: string[] } {
  const problems: Problem[] = [];
  const entries: NamedSheet[] = [];
  const errors: string[] = [];
  for (const file of files) {
    try {
      const scenario = loadScenario(file);
      const computed = compute(scenario);
      entries.push({ name: scenario.name, ...computed });
      errors.push(...cellErrors(scenario, computed));
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new ScenarioError(problems);
  const names = columnNames(
    entries.map((entry) => entry.name),
    files,
  );
  return { entries: entries.map((entry, i) => ({ ...entry, name: names[i]! })), errors };
}

/**
 * `compare FILE FILE [FILE...]`: the scenarios side by side with differences from the first. Without --cells,
 * series show their final year and horizon total; cells chosen with --cells show every year. Returns the exit
 * code: 1 when a cell of any scenario has an error (the comparison is still printed), else 0.
 */
export function compareCommand(files: readonly string[], options: CompareOptions, io: Io): number {
  const { entries, errors } = loadAll(files);
  const cells = options.cells === undefined ? undefined : chosenCells(options.cells, comparableCells(entries));
  const comparison = compareScenarios(entries, cells, cells ? 'every-year' : 'summary');
  io.out(renderComparison(comparison, files, options.format, errors));
  reportCellErrors(errors, options.format, io);
  return errors.length > 0 ? 1 : 0;
}
