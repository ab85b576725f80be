// npm run bench [-- --json | --markdown] [-- --quick] [-- --only WORKLOAD,...]
import './production.js';
import './colour-terminal.js';
import { analyses } from './analysis-bench.js';
import { coldStart } from './cold-start.js';
import { columns } from './columns-bench.js';
import { loading } from './loading.js';
import { formatMarkdown, formatTable, type Result } from './report.js';
import { simulation } from './simulate-bench.js';
import { build, buildNewProcess, recalc, SHEETS } from './spreadsheet-bench.js';
import { startUp } from './start-up.js';
import { sweeps } from './sweep-bench.js';
import { keystroke, keystrokeLarge, keystrokeSimulated } from './tui-bench.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const markdown = args.includes('--markdown');
const quick = args.includes('--quick');

const WORKLOADS: [string, () => Result[] | Promise<Result[]>][] = [
  ['recalc', () => SHEETS.map((sheetOf) => recalc(sheetOf(), quick))],
  ['build', () => SHEETS.map((sheetOf) => build(sheetOf, quick))],
  ['build-new-process', () => [2, 3].map((sheetIndex) => buildNewProcess(sheetIndex, quick))],
  ['sweep', () => sweeps(quick)],
  ['analyses', () => analyses(quick)],
  ['columns', () => columns(quick)],
  ['simulate', () => simulation(quick)],
  ['loading', () => loading(quick)],
  ['keystroke', () => keystroke(quick)],
  ['keystroke-large', () => keystrokeLarge(quick)],
  ['keystroke-simulated', () => keystrokeSimulated(quick)],
  ['cold-start', () => [coldStart(quick)]],
  ['start-up', () => startUp(quick)],
];

const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? (args[onlyAt + 1] ?? '').split(',').filter((name) => name !== '') : undefined;
const names = WORKLOADS.map(([name]) => name);
const unknown = only?.filter((name) => !names.includes(name)) ?? [];
if (only?.length === 0 || unknown.length > 0) {
  process.stderr.write(
    `--only takes workload names separated by commas${unknown.length > 0 ? ` (unknown: ${unknown.join(', ')})` : ''}; the workloads are: ${names.join(', ')}\n`,
  );
  process.exit(2);
}

const progress = (text: string) => {
  if (!json) process.stderr.write(`${text}\n`);
};

const results: Result[] = [];
for (const [name, run] of WORKLOADS) {
  if (only && !only.includes(name)) continue;
  progress(`… ${name}`);
  results.push(...(await run()));
}

if (json) {
  process.stdout.write(`${JSON.stringify({ node: process.version, quick, results }, null, 2)}\n`);
} else {
  process.stdout.write(`${markdown ? formatMarkdown(results) : formatTable(results)}\n`);
}
if (results.some((r) => r.agrees === false)) process.exitCode = 1;
