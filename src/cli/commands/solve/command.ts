import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { type SolveRequest, solve, solveRangeProblem } from '../../../analysis/solve.js';
import { isCondition, targetWords } from '../../../analysis/target.js';
import { formatNumber, HORIZON_CELL } from '../../../engine/index.js';
import { compute, derivedScenarioText, loadScenario, type Scenario } from '../../../scenario/index.js';
import { solveReport, thresholdHint } from '../../../tables/solve.js';
import { inputFlag, targetFlag, valueForInput, valueInUnit } from '../../analysis-flags.js';
import { WriteError } from '../../deliver.js';
import { textFlag } from '../../flags.js';
import type { CommandRequest, Outcome } from '../../outcome.js';
import { UsageError } from '../../usage.js';

const required = (value: string | undefined, flag: string, example: string): string => {
  if (value === undefined) throw new UsageError(`solve needs ${flag}, e.g. ${example}`);
  return value;
};

/** --between LOW:HIGH in the input's unit. */
function betweenFlag(request: Pick<SolveRequest, 'sheet' | 'input'>, text: string | undefined): SolveRequest['between'] {
  if (text === undefined) return undefined;
  const parts = text.split(':');
  if (parts.length !== 2) throw new UsageError(`--between ${text}: write LOW:HIGH, e.g. --between 0%:100%`);
  const cell = inputFlag(request.sheet, request.input, '--for', 'solve');
  const [min, max] = parts.map((part) => valueForInput(cell, part, '--between')) as [number, number];
  return { min, max };
}

/** Refuses a --save file that exists or whose folder does not, before any work is done. */
function checkSaveFile(file: string, scenario: Scenario): void {
  if (existsSync(file)) throw new UsageError(`--save ${file} exists; name a new file (the scenario it would replace is kept)`);
  if (!(statSync(dirname(file), { throwIfNoEntry: false })?.isDirectory() ?? false)) {
    throw new WriteError(`--save ${file}: there is no folder ${dirname(file)}; create it first`);
  }
  if (!/\.ya?ml$/i.test(file))
    throw new UsageError(`--save ${file}: a scenario file ends in .yaml, e.g. ${scenario.file.replace(/\.ya?ml$/i, '')}-solved.yaml`);
}

/**
 * `solve FILE --for INPUT --target FORMULA --equals VALUE`: goal seek. Exit code 1 when no value of the input gives
 * the wanted value (the report says what the target reaches instead).
 */
export function run({ files, flags }: CommandRequest): Outcome {
  const scenario = loadScenario(files[0]!);
  const sheet = compute(scenario);
  const input = required(textFlag(flags, 'for'), '--for INPUT', '--for marginal_private_share');
  const cell = inputFlag(sheet, input, '--for', 'solve');
  const target = targetFlag(sheet, required(textFlag(flags, 'target'), '--target FORMULA', '--target "last(private_share)"'), '--target');
  const wanted = valueInUnit(required(textFlag(flags, 'equals'), '--equals VALUE', '--equals 10%'), target.unit, '--equals', target.text);
  if (isCondition(target) && wanted !== 0 && wanted !== 1) {
    throw new UsageError(
      `--equals ${textFlag(flags, 'equals')}: ${target.text} is a condition, 1 when true and 0 when false; use --equals 1 for where it holds, or for its threshold ${thresholdHint(target)}`,
    );
  }
  const between = betweenFlag({ sheet, input }, textFlag(flags, 'between'));
  const problem = solveRangeProblem(cell, between);
  // A range given with --between is that flag's to fix; else the input is.
  const flag = between && input !== HORIZON_CELL ? `--between ${textFlag(flags, 'between')}` : `--for ${input}`;
  if (problem) throw new UsageError(`${flag}: ${problem}`);
  const saveFile = textFlag(flags, 'save');
  if (saveFile !== undefined) checkSaveFile(saveFile, scenario);

  const request: SolveRequest = { sheet, input, target, wanted, ...(between ? { between } : {}) };
  const solution = solve(request);
  const report = solveReport(scenario.name, request, solution);
  if (solution.kind !== 'solved' || saveFile === undefined) return { report, exitCode: solution.kind === 'solved' ? 0 : 1 };
  if (solution.dependsOnInput === false) {
    // Any value would do, so the file would hold the current one: the scenario unchanged under another name.
    const why = `${target.text} does not read ${input}, so the file would be ${scenario.name} unchanged`;
    return { report, exitCode: 1, messages: [`nhs-whatif: ${saveFile} not saved: ${why}; solve for an input the target depends on`] };
  }
  const goal = `${target.text} = ${formatNumber(wanted, target.unit)}`;
  const text = derivedScenarioText(
    scenario.file,
    saveFile,
    `${scenario.name}: ${targetWords(target, sheet.evaluation.years)} at ${formatNumber(wanted, target.unit)}`,
    [{ name: input, value: solution.value, source: `assumption: solved so that ${goal}, by goal seek on ${scenario.name} (${scenario.file})` }],
    `${input} solved so that ${goal}, by goal seek on ${scenario.name}.\nEverything else is as in the file this one extends.`,
  );
  return { report, exitCode: 0, files: [{ path: saveFile, text }], messages: [`nhs-whatif: saved ${saveFile}`] };
}
