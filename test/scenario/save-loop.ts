// Saves the scenario given on the command line over and over, alternating budget_growth between
// two values, until killed. Used by the crash-safety test.
import { loadScenario, saveScenario } from '../../src/scenario/index.js';

const file = process.argv[2]!;
const scenario = loadScenario(file);
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const value = i % 2 === 0 ? 0.03 : 0.02;
  saveScenario(
    scenario,
    scenario.cells.map((cell) => (cell.name === 'budget_growth' && cell.kind === 'input' ? { ...cell, value } : cell)),
    file,
    { force: true },
  );
}
