// Run by the benchmark as `node --import tsx test/bench/build-in-new-process.ts ENGINE SHEET VARIANT`: builds one
// sheet once in a new process, where nothing has been parsed, compiled or optimised yet, and prints the milliseconds.
import { timed } from './measure.js';
import { buildHyperFormula, buildOurs, hyperFormulaProbeOf, probeOf } from './spreadsheet.js';
import { SHEETS } from './spreadsheet-bench.js';

const [engine, sheetIndex, variant] = process.argv.slice(2);
const sheet = SHEETS[Number(sheetIndex)]!(Number(variant));
if (engine === 'ours') {
  const { value, ms } = timed(() => buildOurs(sheet));
  process.stdout.write(`${JSON.stringify({ ms, probe: probeOf(sheet, value.evaluation) })}\n`);
} else {
  const { value, ms } = timed(() => buildHyperFormula(sheet));
  process.stdout.write(`${JSON.stringify({ ms, probe: hyperFormulaProbeOf(sheet, value) })}\n`);
}
