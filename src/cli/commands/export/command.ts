import { plural } from '../../../engine/index.js';
import { checksOf, sourcesOf } from '../../../export/provenance.js';
import { workbookSubject } from '../../../export/scenario-workbook.js';
import { planWorkbook, WorkbookRefusal } from '../../../export/workbook-plan.js';
import { workbookBytes } from '../../../export/write-workbook.js';
import { compute, loadScenario, type Problem, ScenarioError } from '../../../scenario/index.js';
import { checkOutputFile } from '../../destination.js';
import { textFlag } from '../../flags.js';
import type { CommandRequest, Outcome } from '../../outcome.js';
import { UsageError } from '../../usage.js';

/** The --xlsx file, checked before any work is done. Throws UsageError. */
async function workbookFile(flags: CommandRequest['flags'], files: readonly string[]): Promise<string> {
  const file = textFlag(flags, 'xlsx');
  if (file === undefined) throw new UsageError(`export needs --xlsx FILE, e.g. nhs-whatif export ${files[0]} --xlsx scenario.xlsx`);
  if (!/\.xlsx$/i.test(file)) throw new UsageError(`--xlsx ${file}: a workbook file ends in .xlsx, e.g. --xlsx ${file.replace(/\.[^./\\]*$/, '')}.xlsx`);
  await checkOutputFile(file, files, '--xlsx');
  return file;
}

/**
 * `export FILE --xlsx OUT.xlsx`: the scenario as a workbook whose every computed cell is a live formula. A cell that
 * fails, or a formula with no spreadsheet form that means the same, is a problem of the file at its place (exit 1),
 * and nothing is written.
 */
export async function run({ files, flags }: CommandRequest): Promise<Outcome> {
  const file = await workbookFile(flags, files);
  const scenario = loadScenario(files[0]!);
  const sheet = compute(scenario);
  let plan: ReturnType<typeof planWorkbook>;
  try {
    plan = planWorkbook(workbookSubject(scenario, sheet));
  } catch (error) {
    if (!(error instanceof WorkbookRefusal)) throw error;
    const problems = error.reasons.map((reason): Problem => ({ ...scenario.place(reason.cell), message: reason.message }));
    throw new ScenarioError(problems);
  }
  const inputs = plan.placed.filter((place) => place.sheet === 'Inputs').length;
  const formulas = plan.placed.length - inputs;
  const years = sheet.evaluation.years;
  const sources = sourcesOf(scenario).length;
  const checks = checksOf(scenario).length;
  return {
    report: {
      title: `${scenario.name}: ${file}`,
      tables: [],
      notes: [
        `Wrote ${file}: Inputs (${plural(inputs, 'input')}), Model (${plural(formulas, 'formula cell')} over ${years[0]}–${years.at(-1)}, live formulas with the values cached), Sources (${sources}), Checks (${checks === 0 ? 'none in this scenario' : checks}).`,
        `The workbook is written for a horizon of ${plural(years.length, 'year')}; change inputs in column B of Inputs and everything recomputes.`,
      ],
      failures: [],
    },
    exitCode: 0,
    files: [{ path: file, bytes: await workbookBytes(plan) }],
  };
}
