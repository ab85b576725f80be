import {
  checkMeasure,
  compileMeasures,
  HORIZON_CELL,
  type InputCell,
  type Measure,
  type MeasureSweep,
  type Model,
  type NamedSheet,
  type Sheet,
} from '../engine/index.js';
import { CoalitionError, DEFAULT_ORDERINGS, EXACT_UP_TO, type ShapleyMethod, shapleyValues } from './shapley.js';

/** Something that differs between the two scenarios: an input's value, or the formulas (all of them, as one). */
export type Contributor =
  | { readonly kind: 'input'; readonly name: string; readonly a: number; readonly b: number; readonly unit: InputCell['unit'] }
  | { readonly kind: 'formulas'; readonly cells: readonly string[] };

export interface Explanation {
  /** The target as asked, or `at(x, "2019/20")` for one year of a per-year target. */
  readonly target: string;
  readonly unit: Measure['unit'];
  /** For one year of a per-year target: the cell, and the year explained. */
  readonly year?: string;
  readonly cell?: string;
  readonly a: number;
  readonly b: number;
  /** One per contributor; they add up to b − a. */
  readonly contributions: readonly number[];
  readonly method: ShapleyMethod;
  readonly evaluations: number;
}

export type ExplainResult =
  | {
      readonly kind: 'explained';
      readonly contributors: readonly Contributor[];
      readonly explanations: readonly Explanation[];
      /** Set when a per-year target was explained year by year over the years both scenarios project. */
      readonly perYear?: { readonly years: readonly string[]; readonly horizonsDiffer: boolean };
    }
  | { readonly kind: 'failed'; readonly problem: string };

export interface ExplainOptions {
  readonly seed?: number;
  readonly orderings?: number;
}

const inputsOf = (model: Model): Map<string, InputCell> =>
  new Map([...model.cells.values()].flatMap(({ cell }) => (cell.kind === 'input' ? [[cell.name, cell] as const] : [])));

/** Formula cells that differ between the models, and inputs only one of them has (they come with its formulas). */
function formulaDifferences(a: Model, b: Model): string[] {
  const names = new Set([...a.cells.keys(), ...b.cells.keys()]);
  return [...names].filter((name) => {
    const [x, y] = [a.cells.get(name)?.cell, b.cells.get(name)?.cell];
    if (!x || !y) return true;
    if (x.kind !== y.kind) return true;
    return x.kind === 'formula' && y.kind === 'formula' && x.formula !== y.formula;
  });
}

/** What differs between A and B: each input whose value differs, then the formulas as one contributor. */
function contributorsOf(a: Sheet, b: Sheet, { withHorizon = true } = {}): Contributor[] {
  const [inputsA, inputsB] = [inputsOf(a.model), inputsOf(b.model)];
  const inputs: Contributor[] = [...inputsA.values()].flatMap((cell) => {
    const other = inputsB.get(cell.name);
    if (!other || other.value === cell.value || (!withHorizon && cell.name === HORIZON_CELL)) return [];
    return [{ kind: 'input' as const, name: cell.name, a: cell.value, b: other.value, unit: cell.unit }];
  });
  const cells = formulaDifferences(a.model, b.model);
  return cells.length > 0 ? [...inputs, { kind: 'formulas', cells }] : inputs;
}

/** A per-year target given as a bare cell name: explained once per year both scenarios project. */
function perYearCell(a: Sheet, b: Sheet, text: string): string | undefined {
  const name = text.trim();
  return a.model.cells.get(name)?.series && b.model.cells.get(name)?.series ? name : undefined;
}

const commonYears = (a: Sheet, b: Sheet): string[] => a.evaluation.years.filter((year) => b.evaluation.years.includes(year));

/**
 * B − A for each target, split into one contribution per thing that differs (each changed input, and the formulas
 * as one) by Shapley values: every coalition for up to ten contributors, else seeded random orderings. The
 * contributions add up to the gap. Every target is computed with each scenario's own inputs, the horizon among them,
 * so its A and B are what each scenario gives. A target that gives one value per year, named as a cell, is explained
 * year by year over the years both scenarios project: there the horizon contributes only through formulas that read
 * its value, since every coalition's horizon projects those years.
 */
export function explain(a: NamedSheet, b: NamedSheet, targets: readonly string[], options: ExplainOptions = {}): ExplainResult {
  const series = targets.map((text) => perYearCell(a, b, text));
  const perYear = series.some((name) => name !== undefined);
  const years = commonYears(a, b);
  const horizonsDiffer = a.evaluation.years.join() !== b.evaluation.years.join();
  if (perYear && years.length === 0) return { kind: 'failed', problem: `${a.name} and ${b.name} project no year in common` };
  const expanded = targets.flatMap((text, i): { text: string; year?: string; cell?: string }[] => {
    const cell = series[i];
    return cell === undefined ? [{ text }] : years.map((year) => ({ text: `at(${cell}, "${year}")`, year, cell }));
  });
  const contributors = contributorsOf(a, b);
  const explanations: Explanation[] = [];
  for (const { text, year, cell } of expanded) {
    const result = explainOne(a, b, text, contributors, options);
    if ('problem' in result) return { kind: 'failed', problem: result.problem };
    explanations.push({ ...result, ...(year === undefined ? {} : { year, cell }) });
  }
  return { kind: 'explained', contributors, explanations, ...(perYear ? { perYear: { years, horizonsDiffer } } : {}) };
}

/** The target compiled over one scenario's model, as a function of the changed inputs. */
function sweepOver(sheet: NamedSheet, text: string, inputs: readonly string[]): { sweep: MeasureSweep; measure: Measure } | { problem: string } {
  const checked = checkMeasure(sheet, text);
  if (!checked.ok) return { problem: `${text} in ${sheet.name}: ${checked.problem}` };
  return { sweep: compileMeasures(sheet.model, inputs, [checked.measure]), measure: checked.measure };
}

function explainOne(
  a: NamedSheet,
  b: NamedSheet,
  text: string,
  contributors: readonly Contributor[],
  options: ExplainOptions,
): Omit<Explanation, 'year' | 'cell'> | { problem: string } {
  const inputs = contributors.flatMap((contributor) => (contributor.kind === 'input' ? [contributor] : []));
  const names = inputs.map((input) => input.name);
  const overA = sweepOver(a, text, names);
  if ('problem' in overA) return overA;
  const overB = contributors.some((contributor) => contributor.kind === 'formulas') ? sweepOver(b, text, names) : overA;
  if ('problem' in overB) return overB;
  const worth = (members: readonly boolean[]): number | undefined => {
    let input = 0;
    const values: number[] = [];
    let formulasFromB = false;
    contributors.forEach((contributor, i) => {
      if (contributor.kind === 'formulas') formulasFromB = members[i]!;
      else values[input++] = members[i] ? contributor.b : contributor.a;
    });
    return (formulasFromB ? overB : overA).sweep.run(values)[0];
  };
  const none = contributors.map(() => false);
  const all = contributors.map(() => true);
  const [valueA, valueB] = [worth(none), worth(all)];
  if (valueA === undefined) return { problem: `${text} cannot be computed in ${a.name}` };
  if (valueB === undefined) return { problem: `${text} cannot be computed in ${b.name}` };
  try {
    const shapley = shapleyValues(contributors.length, worth, {
      exactUpTo: EXACT_UP_TO,
      orderings: options.orderings ?? DEFAULT_ORDERINGS,
      seed: options.seed ?? 1,
    });
    return { target: text, unit: overA.measure.unit, a: valueA, b: valueB, ...shapley };
  } catch (error) {
    if (!(error instanceof CoalitionError)) throw error;
    const mixed = contributors.map(
      (contributor, i) => `${contributor.kind === 'input' ? contributor.name : 'the formulas'} from ${error.members[i] ? b.name : a.name}`,
    );
    return { problem: `${text} cannot be computed with ${mixed.join(', ')}` };
  }
}
