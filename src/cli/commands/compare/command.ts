import { basename } from 'node:path';
import { comparableCells, compareScenarios } from '../../../analysis/compare.js';
import { withObserved } from '../../../analysis/compare-observed.js';
import { observedSheetOf } from '../../../analysis/observed.js';
import { closestName, type NamedSheet } from '../../../engine/index.js';
import { compute, loadScenario, type Problem, type Scenario, ScenarioError } from '../../../scenario/index.js';
import { comparisonReport } from '../../../tables/comparison.js';
import { cellFailures } from '../../failures.js';
import { textFlag } from '../../flags.js';
import { realSheet } from '../../money.js';
import type { CommandRequest, Outcome } from '../../outcome.js';
import { UsageError } from '../../usage.js';

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
export function loadAll(files: readonly string[], real = false): { entries: NamedSheet[]; failures: string[]; scenarios: Scenario[]; baseYears: Set<string> } {
  const problems: Problem[] = [];
  const entries: NamedSheet[] = [];
  const scenarios: Scenario[] = [];
  const failures: string[] = [];
  const baseYears = new Set<string>();
  for (const file of files) {
    try {
      const scenario = loadScenario(file);
      const computed = compute(scenario);
      scenarios.push(scenario);
      baseYears.add(scenario.baseYear);
      entries.push({ name: scenario.name, ...(real ? realSheet(scenario, computed) : computed) });
      failures.push(...cellFailures(scenario, computed));
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
  return { entries: entries.map((entry, i) => ({ ...entry, name: names[i]! })), failures, scenarios, baseYears };
}

/**
 * `compare FILE FILE [FILE...]`: the scenarios side by side with differences from the first; with --real, each in
 * its base-year prices through its own deflator. Without --cells,
 * series show their final year and horizon total; cells chosen with --cells show every year. Exit code 1 when a
 * cell of any scenario fails (the comparison is still delivered).
 */
export function run({ files, flags }: CommandRequest): Outcome {
  const real = flags.real === true;
  const { entries, failures, baseYears, scenarios } = loadAll(files, real);
  if (real && baseYears.size > 1)
    throw new UsageError(`--real: the scenarios have different base years (${[...baseYears].join(', ')}), so their prices differ`);
  const cellsText = textFlag(flags, 'cells');
  const cells = cellsText === undefined ? undefined : chosenCells(cellsText, comparableCells(entries));
  const observedEntries = entries.map((entry, i) => observedSheetOf(entry.name, entry, scenarios[i]!));
  // Observed money is in cash: beside money in base-year prices it would mislead.
  const comparison = withObserved(compareScenarios(entries, cells, cells ? 'every-year' : 'summary'), observedEntries, (unit) => !real || unit !== '£bn');
  const report = comparisonReport(comparison, files, failures);
  if (!real) return { report, exitCode: failures.length > 0 ? 1 : 0 };
  const prices = `£bn ${[...baseYears][0]} prices`;
  const note = `Money is in ${prices}, each scenario deflated by its own deflator; totals over the years are summed from the deflated values.`;
  const document = { ...(report.document as Record<string, unknown>), money: { unit: prices } };
  return { report: { ...report, notes: [...(report.notes ?? []), note], document }, exitCode: failures.length > 0 ? 1 : 0 };
}
