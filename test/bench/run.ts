// npm run bench [-- --json] [-- --quick] [-- --only recalc,build,sweep,keystroke,cold-start]
import './production.js';
import './colour-terminal.js';
import { coldStart } from './cold-start.js';
import { formatMarkdown, formatTable, type Result } from './report.js';
import { build, recalc, SHEETS } from './spreadsheet-bench.js';
import { sweeps } from './sweep-bench.js';
import { keystroke } from './tui-bench.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const markdown = args.includes('--markdown');
const quick = args.includes('--quick');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? '').split(',')) : undefined;
const wanted = (group: string) => !only || only.has(group);

const progress = (text: string) => {
  if (!json) process.stderr.write(`${text}\n`);
};

const results: Result[] = [];
const groups: [string, () => Result[] | Promise<Result[]>][] = [
  ['recalc', () => SHEETS().map((sheet) => recalc(sheet, quick))],
  ['build', () => SHEETS().map((sheet) => build(sheet, quick))],
  ['sweep', () => sweeps(quick)],
  ['keystroke', () => keystroke(quick)],
  ['cold-start', () => [coldStart(quick)]],
];
for (const [group, run] of groups) {
  if (!wanted(group)) continue;
  progress(`… ${group}`);
  results.push(...(await run()));
}

if (json) {
  process.stdout.write(`${JSON.stringify({ node: process.version, quick, results }, null, 2)}\n`);
} else {
  process.stdout.write(`${markdown ? formatMarkdown(results) : formatTable(results)}\n`);
}
if (results.some((r) => r.agrees === false)) process.exitCode = 1;
