import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { checksOf, inputCitationsOf, sourcesOf } from '../../../export/provenance.js';
import { type BriefedScenario, briefing } from '../../../report/briefing.js';
import { variantDescription } from '../../../report/variant.js';
import { loadScenario, type Scenario } from '../../../scenario/index.js';
import { WriteError } from '../../deliver.js';
import { textFlag } from '../../flags.js';
import type { CommandRequest, Outcome } from '../../outcome.js';
import { UsageError } from '../../usage.js';
import { loadAll } from '../compare/command.js';

const REPORT_FILE = 'report.md';

/** The --output folder: an existing folder, or a new one in an existing folder. Throws UsageError. */
function outputFolder(flags: CommandRequest['flags'], files: readonly string[]): string {
  const folder = textFlag(flags, 'output');
  if (folder === undefined) throw new UsageError(`report needs --output DIR, the folder for ${REPORT_FILE} and its charts, e.g. --output briefing`);
  const found = statSync(folder, { throwIfNoEntry: false });
  if (found && !found.isDirectory())
    throw new UsageError(`--output ${folder} is a file; report writes ${REPORT_FILE} and its charts into a folder: name a folder`);
  if (!found && !statSync(dirname(resolve(folder)), { throwIfNoEntry: false })?.isDirectory()) {
    throw new WriteError(`--output ${folder}: there is no folder ${dirname(folder)} to make it in; create it first`);
  }
  if (files.some((file) => resolve(file) === resolve(folder, REPORT_FILE))) {
    throw new UsageError(`--output ${folder}: its ${REPORT_FILE} is a scenario file this command reads; writing it would replace the scenario`);
  }
  return folder;
}

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** The scenario `parent` names (a file extends it), loaded. */
const loadParent = (scenario: Scenario, parent: string): Scenario => loadScenario(relative(process.cwd(), resolve(dirname(scenario.file), parent)) || parent);

/** The file's hash, then each parent's it extends, nearest first. */
const hashesOf = (scenario: Scenario): { file: string; sha256: string }[] =>
  [scenario.file, ...scenario.extendedFiles].map((file) => ({ file, sha256: sha256(file) }));

/** The file's own description; for a file that extends another without one, what it changes of its parent. */
function descriptionOf(scenario: Scenario): string | undefined {
  if (scenario.description !== undefined || scenario.extends === undefined) return scenario.description;
  return variantDescription(loadParent(scenario, scenario.extends).name, scenario.cells, scenario.inherited);
}

/**
 * `report FILE [FILE…] --output DIR`: DIR/report.md, a briefing to paste, and its SVG charts beside it. Exit code 1
 * when a cell of any scenario fails (the briefing shows it as an error and is still written).
 */
export function run({ files, flags }: CommandRequest): Outcome {
  const folder = outputFolder(flags, files);
  const { entries, failures, scenarios } = loadAll(files);
  const briefed = entries.map((entry, i): BriefedScenario => {
    const scenario = scenarios[i]!;
    const description = descriptionOf(scenario);
    return {
      ...entry,
      ...(description ? { description } : {}),
      file: scenario.file,
      cells: scenario.cells,
      sources: sourcesOf(scenario),
      checks: checksOf(scenario),
      citations: inputCitationsOf(scenario),
      hashes: hashesOf(scenario),
      observations: { observed: scenario.observed, sources: scenario.sources },
    };
  });
  const { markdown, charts } = briefing(briefed, failures);
  mkdirSync(folder, { recursive: true });
  const written = [join(folder, REPORT_FILE), ...charts.map((chart) => join(folder, chart.file))];
  return {
    report: { title: `Briefing: ${entries.map((entry) => entry.name).join(' vs ')}`, tables: [], notes: [`Wrote ${written.join(', ')}.`], failures },
    exitCode: failures.length > 0 ? 1 : 0,
    files: [{ path: written[0]!, text: markdown }, ...charts.map((chart, i) => ({ path: written[i + 1]!, text: chart.svg }))],
  };
}
