import type { CellFailure } from './cell-error.js';
import { computeFormula } from './compute-formula.js';
import { FormulaError, type ParsedFormula, parseFormula } from './formula.js';
import { type LinkScope, linkFormula } from './link-formula.js';
import { type Model, settingOf } from './model.js';
import { didYouMean, YEAR_SYMBOL } from './names.js';
import type { Sheet } from './sheet.js';
import { checkSwept, compileRun } from './sweep.js';
import type { Unit } from './types.js';

/**
 * A measure: a formula in the scenario's language that gives one number from an evaluated scenario, such as
 * `last(private_share)`, `sum(extra_to_nhs)` or `at(budget, "2019/20") - budget_base`. Goal seek, data tables,
 * tornado and explain read their targets through it.
 */
export interface Measure {
  readonly text: string;
  readonly formula: ParsedFormula;
  /** The unit of its value: the unit of the one cell it reads, picks a year of or reduces (except prod); else 'number'. */
  readonly unit: Unit;
}

export type MeasureCheck =
  | { readonly ok: true; readonly measure: Measure }
  /** `index` is the character offset in the text the problem is at, when known. */
  | { readonly ok: false; readonly problem: string; readonly index?: number };

export type MeasureResult = { readonly ok: true; readonly value: number } | CellFailure;

/** Checks a measure like any formula of the sheet's model, and that it gives one number rather than one per year. */
export function checkMeasure(sheet: Sheet, text: string): MeasureCheck {
  let formula: ParsedFormula;
  try {
    formula = parseFormula(text.trim());
  } catch (error) {
    return error instanceof FormulaError ? { ok: false, problem: error.message, index: error.index } : { ok: false, problem: String(error) };
  }
  const { model } = sheet;
  const linked = linkFormula(formula, {
    positionOf: (name) => model.cells.positionOf(name),

    baseYear: model.baseYear,
    suggestion: (name) => didYouMean(name, model.cells.keys()),
  });
  const [problem] = linked.problems;
  if (problem) return { ok: false, problem: linked.problems.map((each) => each.message).join('; '), index: problem.index };
  const perYear = formula.reads.find((read, i) => {
    if (read.kind === 'label' || read.whole) return false;
    return read.kind === 'year' || model.cells.items[linked.readPositions[i]!]!.series;
  });
  if (perYear) {
    const name = perYear.kind === 'cell' ? perYear.name : YEAR_SYMBOL;
    const year = sheet.evaluation.years.at(-1) ?? '2019/20';
    return {
      ok: false,
      problem: `${name} gives one value per year; use last(${name}), first(${name}), at(${name}, "${year}") or sum(${name}) for one number`,
      index: formula.names.find((use) => use.name === name)?.index,
    };
  }
  return { ok: true, measure: { text: formula.text, formula, unit: unitOf(formula, model) } };
}

/** checkMeasure's measure, or an Error with its problem. */
export function measureOf(sheet: Sheet, text: string): Measure {
  const checked = checkMeasure(sheet, text);
  if (!checked.ok) throw new Error(checked.problem);
  return checked.measure;
}

/** Links a measure checked earlier to a model's cells, without suggestions. */
const silentScope = (model: Model): LinkScope => ({
  positionOf: (name) => model.cells.positionOf(name),

  baseYear: model.baseYear,
  suggestion: () => '',
});

function unitOf({ tree, reads }: ParsedFormula, model: Model): Unit {
  const inner = tree.kind === 'pick' || (tree.kind === 'aggregate' && tree.function !== 'prod') ? tree.arg : tree;
  const read = inner.kind === 'cell' ? reads[inner.read] : undefined;
  return read?.kind === 'cell' ? (model.cells.get(read.name)?.cell.unit ?? 'number') : 'number';
}

/** The measure's value on a sheet (any sheet of the same cells, such as one setInput made), or why it has none. */
export function evaluateMeasure(sheet: Sheet, measure: Measure): MeasureResult {
  const { model } = sheet;
  const linked = linkFormula(measure.formula, silentScope(model));
  const [problem] = linked.problems;
  if (problem) return { ok: false, error: problem.message, origin: { kind: 'static', cause: problem.cause } };
  const result = computeFormula(settingOf(model), measure.formula, linked.readPositions, false, sheet.evaluation.results.items);
  return result.ok ? { ok: true, value: result.value as number } : result;
}

/** Measures computed for many values of a few inputs, fast: for goal seek, data tables and sensitivity. */
export interface MeasureSweep {
  readonly inputs: readonly string[];
  readonly measures: readonly Measure[];
  /**
   * Each measure's value for these input values (in the order of `inputs`), or undefined where it fails (use
   * setInput and evaluateMeasure to see why). Only the cells the measures read are computed; as when evaluating,
   * a failing cell fails a measure only if the measure uses its value.
   */
  readonly run: (values: readonly number[]) => readonly (number | undefined)[];
}

/** Compiles the cells the measures read, and the measures, into one function of `inputs` (see compileSweep). */
export function compileMeasures(model: Model, inputs: readonly string[], measures: readonly Measure[]): MeasureSweep {
  checkSwept(model, inputs);
  const linked = measures.map((measure) => linkFormula(measure.formula, silentScope(model)));
  const needed = neededBy(
    model,
    linked.flatMap((link) => link.readPositions.filter((position) => position >= 0)),
  );
  const usable = linked.map((link) => link.problems.length === 0);
  const run = compileRun(
    model,
    inputs,
    needed,
    measures.flatMap((measure, i) => (usable[i] ? [{ formula: measure.formula, readPositions: linked[i]!.readPositions }] : [])),
  );
  return {
    inputs,
    measures,
    run: (values) => {
      const output = run(values);
      let next = 0;
      return measures.map((_, i) => {
        if (!usable[i]) return undefined;
        const value = output?.formulas[next++];
        return typeof value === 'number' ? value : undefined;
      });
    },
  };
}

/** The cells at `positions` and everything they read, directly or not. */
function neededBy(model: Model, positions: readonly number[]): boolean[] {
  const needed = model.cells.items.map(() => false);
  const stack = [...positions];
  while (stack.length > 0) {
    const position = stack.pop()!;
    if (needed[position]) continue;
    needed[position] = true;
    stack.push(...model.cells.items[position]!.dependencyPositions);
  }
  return needed;
}
