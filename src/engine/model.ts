import { type StaticCause, staticFailure } from './cell-error.js';
import { CellTable } from './cell-table.js';
import { computeFormula, type FormulaSetting, type Results } from './compute-formula.js';
import { FormulaError, type ParsedFormula, parseFormula } from './formula.js';
import { orderCells } from './graph.js';
import { horizonProblem } from './horizon.js';
import { type LinkScope, linkFormula } from './link-formula.js';
import { HORIZON_CELL, MAX_HORIZON, Suggester } from './names.js';
import type { Cell, CellResult } from './types.js';
import { yearLabels } from './years.js';

export interface CompiledCell {
  readonly cell: Cell;
  readonly formula?: ParsedFormula;
  /** A problem found without evaluating: bad syntax, unknown name, circular reference, too much work. */
  readonly staticError?: string;
  /** What kind of problem `staticError` is. */
  readonly staticCause?: StaticCause;
  /** Character offset in the formula that the static error points at. */
  readonly errorIndex?: number;
  /** Cells this one reads (a reference to the year `t`, or at(), reads the horizon). */
  readonly dependencies: readonly string[];
  /** True when the cell has one value per projected year. */
  readonly series: boolean;
  /** Positions of `dependencies` in the model. */
  readonly dependencyPositions: readonly number[];
  /** Where each of the formula's reads comes from: a cell's position, or YEAR_READ, LABEL_READ, MISSING_READ (see compute-formula.ts). */
  readonly readPositions: readonly number[];
}

export interface Model {
  readonly baseYear: string;
  /** Cells in the order the scenario lists them. */
  readonly cells: CellTable<CompiledCell>;
  /** Cells that can be evaluated, each after everything it depends on: all but those on a circular reference. */
  readonly order: readonly string[];
  readonly dependents: ReadonlyMap<string, readonly string[]>;
  /** `order` and `dependents` by position, for recalculation. */
  readonly orderPositions: Int32Array;
  readonly dependentPositions: readonly (readonly number[])[];
}

export interface Evaluation {
  readonly years: readonly string[];
  readonly results: CellTable<CellResult>;
}

/** Problems reported per formula (a hostile file may have thousands of unknown names; its Suggester bounds the work). */
const MAX_UNKNOWN_NAMES_SHOWN = 5;

type Draft = { -readonly [K in keyof CompiledCell]: CompiledCell[K] };

const refuse = (draft: Draft, message: string, cause: StaticCause, index?: number) => {
  draft.staticError = message;
  draft.staticCause = cause;
  draft.errorIndex = index;
};

const EMPTY: readonly number[] = [];
const NO_NAMES: readonly string[] = [];

/** Parses every formula, links references into a dependency graph and orders it. Never throws. */
export function buildModel(cells: readonly Cell[], baseYear: string): Model {
  const positions = new Map<string, number>();
  const drafts: Draft[] = [];
  for (const cell of cells) {
    if (positions.has(cell.name)) continue;
    positions.set(cell.name, drafts.length);
    drafts.push({ cell, formula: undefined, dependencies: NO_NAMES, series: false, dependencyPositions: EMPTY, readPositions: EMPTY });
  }
  let suggester: Suggester | undefined;
  const scope: LinkScope = {
    positionOf: (name) => positions.get(name),
    baseYear,
    suggestion: (name) => {
      suggester ??= new Suggester(positions.keys());
      return suggester.didYouMean(name);
    },
  };
  for (const draft of drafts) {
    if (draft.cell.kind !== 'formula') continue;
    if (draft.cell.name === HORIZON_CELL) {
      refuse(draft, `${HORIZON_CELL} must be an input (a whole number of years from 1 to ${MAX_HORIZON}), not a formula`, 'formula');
      continue;
    }
    let parsed: ParsedFormula;
    try {
      parsed = parseFormula(draft.cell.formula);
    } catch (error) {
      const problem = error instanceof FormulaError ? error : new FormulaError(String(error));
      refuse(draft, problem.message, problem.staticCause, problem.index);
      continue;
    }
    draft.formula = parsed;
    const linked = linkFormula(parsed, scope);
    draft.readPositions = linked.readPositions;
    draft.dependencies = linked.dependencies;
    draft.dependencyPositions = linked.dependencyPositions;
    const [first] = linked.problems;
    if (first) {
      const messages = linked.problems.map((problem) => problem.message);
      if (messages.length > MAX_UNKNOWN_NAMES_SHOWN) {
        messages.splice(MAX_UNKNOWN_NAMES_SHOWN, Infinity, `and ${messages.length - MAX_UNKNOWN_NAMES_SHOWN} more unknown names`);
      }
      refuse(draft, messages.join('; '), first.cause, first.index);
    }
  }

  const { order, cycles, loopSizes } = orderCells(drafts.map((draft) => draft.dependencyPositions));
  const nameAt = (position: number) => (position < 0 ? '…' : drafts[position]!.cell.name);
  for (const [position, cycle] of cycles) {
    refuse(drafts[position]!, `circular reference: ${describeCycle(cycle.map(nameAt), loopSizes.get(position)!)}`, 'cycle');
  }

  for (const position of order) {
    const draft = drafts[position]!;
    if (draft.formula) draft.series = readsBySeries(draft.formula.reads, draft.readPositions, drafts);
  }

  limitWork(drafts);

  const dependents = new Map<string, string[]>();
  const dependentPositions: number[][] = new Array(drafts.length);
  for (let position = 0; position < drafts.length; position++) dependentPositions[position] = [];
  for (let position = 0; position < drafts.length; position++) {
    const draft = drafts[position]!;
    const { name } = draft.cell;
    for (let i = 0; i < draft.dependencyPositions.length; i++) {
      const dep = draft.dependencies[i]!;
      const list = dependents.get(dep);
      if (list) list.push(name);
      else dependents.set(dep, [name]);
      dependentPositions[draft.dependencyPositions[i]!]!.push(position);
    }
  }
  const orderNames: string[] = new Array(order.length);
  for (let i = 0; i < order.length; i++) orderNames[i] = drafts[order[i]!]!.cell.name;
  return {
    baseYear,
    cells: new CellTable<CompiledCell>(positions, drafts),
    order: orderNames,
    dependents,
    orderPositions: Int32Array.from(order),
    dependentPositions,
  };
}

/** True when one of the reads is taken year by year from the year `t` or from a series cell. */
function readsBySeries(reads: ParsedFormula['reads'], readPositions: readonly number[], drafts: readonly Draft[]): boolean {
  for (let i = 0; i < reads.length; i++) {
    const read = reads[i]!;
    if (read.kind === 'label' || read.whole) continue;
    if (read.kind === 'year') return true;
    const from = readPositions[i]!;
    if (from >= 0 && drafts[from]!.series) return true;
  }
  return false;
}

/** Cycles longer than this many names show their start and end, with the middle left out. */
const MAX_CYCLE_NAMES = 12;

/** `a → b → a`; a long cycle, or one described without searching it (an elided middle "…"), says how many cells loop. */
function describeCycle(names: readonly string[], loopSize: number): string {
  const shown = names.length > MAX_CYCLE_NAMES ? [...names.slice(0, 6), '…', ...names.slice(-4)] : names;
  const shortened = shown.includes('…');
  return `${shown.join(' → ')}${shortened ? ` (${loopSize} cells read each other in a loop)` : ''}`;
}

/**
 * Formula parts computed in one recalculation at the longest horizon, per cell and for the whole model.
 * Bounds how long a file can make recalculation take: a part is one operation on one number.
 */
const MAX_CELL_WORK = 1_000_000;
const MAX_MODEL_WORK = 10_000_000;

function limitWork(drafts: Draft[]): void {
  let total = 0;
  for (const draft of drafts) {
    if (!draft.formula || draft.staticError !== undefined) continue;
    const { single, wholeSeries } = draft.formula.parts;
    const work = (draft.series ? MAX_HORIZON : 1) * (single + MAX_HORIZON * wholeSeries);
    if (work > MAX_CELL_WORK) {
      refuse(
        draft,
        `formula needs too much computation (${work} operations at a ${MAX_HORIZON}-year horizon; the limit is ${MAX_CELL_WORK}): split it into several cells`,
        'too-much-work',
      );
    } else {
      total += work;
      if (total <= MAX_MODEL_WORK) continue;
      refuse(
        draft,
        `the scenario needs too much computation (over ${MAX_MODEL_WORK} operations at a ${MAX_HORIZON}-year horizon): use fewer or smaller formulas`,
        'too-much-work',
      );
    }
  }
}

/** What computing a formula of `model` needs. */
export function settingOf(model: Model): FormulaSetting {
  const items = model.cells.items;
  return { baseYear: model.baseYear, nameAt: (position) => items[position]!.cell.name, horizonPosition: model.cells.positionOf(HORIZON_CELL) };
}

type MutableResults = (CellResult | undefined)[];

function evaluateCell(setting: FormulaSetting, compiled: CompiledCell, results: Results, byTree = false): CellResult {
  const { cell } = compiled;
  if (cell.kind === 'input') {
    if (!Number.isFinite(cell.value)) return staticFailure(`value must be a finite number, not ${cell.value}`, 'input');
    const problem = cell.name === HORIZON_CELL ? horizonProblem(cell.value, cell) : undefined;
    return problem ? staticFailure(problem, 'input') : { ok: true, value: cell.value };
  }
  if (compiled.staticError !== undefined || !compiled.formula)
    return staticFailure(compiled.staticError ?? 'formula did not parse', compiled.staticCause ?? 'formula');
  return computeFormula(setting, compiled.formula, compiled.readPositions, compiled.series, results, byTree);
}

function yearsOf(model: Model, results: Results): string[] {
  const horizon = results[model.cells.positionOf(HORIZON_CELL) ?? -1];
  return horizon?.ok ? yearLabels(model.baseYear, horizon.value as number) : [];
}

/**
 * Evaluates every cell. Errors stay in their cells (and the cells that use their values); nothing throws.
 * `byTree` evaluates every formula with the by-tree reference instead of native code (for tests).
 */
export function evaluate(model: Model, { byTree = false } = {}): Evaluation {
  const cells = model.cells.items;
  const setting = settingOf(model);
  const results: MutableResults = new Array(cells.length);
  // Cells on a circular reference are not in the order; the cells that read them may still have a value.
  if (model.orderPositions.length < cells.length) {
    cells.forEach((compiled, position) => {
      results[position] = staticFailure(compiled.staticError ?? 'could not be evaluated', compiled.staticCause ?? 'cycle');
    });
  }
  for (const position of model.orderPositions) results[position] = evaluateCell(setting, cells[position]!, results, byTree);
  return { years: yearsOf(model, results), results: model.cells.withItems(results as CellResult[]) };
}

/** Positions of everything that depends on the cell at `position` (itself included), in evaluation order. */
function affectedPositions(model: Model, position: number): number[] {
  const marked = new Uint8Array(model.cells.size);
  marked[position] = 1;
  const queue = [position];
  for (let i = 0; i < queue.length; i++) {
    for (const dependent of model.dependentPositions[queue[i]!]!) {
      if (!marked[dependent]) {
        marked[dependent] = 1;
        queue.push(dependent);
      }
    }
  }
  if (queue.length === 1) return queue;
  const affected: number[] = [];
  for (const candidate of model.orderPositions) if (marked[candidate]) affected.push(candidate);
  return affected;
}

/** Names of everything that depends on `names`, directly or not (themselves included), in evaluation order. */
export function affectedBy(model: Model, names: readonly string[]): string[] {
  const affected = new Set<number>();
  for (const name of names) {
    const position = model.cells.positionOf(name);
    if (position !== undefined) for (const each of affectedPositions(model, position)) affected.add(each);
  }
  return [...model.orderPositions].filter((position) => affected.has(position)).map((position) => model.cells.items[position]!.cell.name);
}

/**
 * Sets an input's value and recomputes only what depends on it. The result equals building and
 * evaluating the changed model from scratch; the given model and evaluation are left unchanged.
 */
export function setInput(model: Model, evaluation: Evaluation, name: string, value: number): { model: Model; evaluation: Evaluation } {
  const position = model.cells.positionOf(name);
  const compiled = position === undefined ? undefined : model.cells.items[position];
  if (position === undefined || !compiled || compiled.cell.kind !== 'input') throw new Error(`${name} is not an input`);
  const cells = model.cells.items.slice();
  cells[position] = { ...compiled, cell: { ...compiled.cell, value } };
  const next: Model = { ...model, cells: model.cells.withItems(cells) };
  const setting = settingOf(next);
  const results: MutableResults = evaluation.results.items.slice();
  for (const affected of affectedPositions(next, position)) results[affected] = evaluateCell(setting, cells[affected]!, results);
  return {
    model: next,
    evaluation: {
      years: name === HORIZON_CELL ? yearsOf(next, results) : evaluation.years,
      results: next.cells.withItems(results as CellResult[]),
    },
  };
}

/**
 * The cell at `position` computed again from `results`: an analysis's own values for the cells it reads (real terms
 * recompute a total from deflated series). The model is left unchanged.
 */
export function recomputeCell(model: Model, position: number, results: Results): CellResult {
  return evaluateCell(settingOf(model), model.cells.items[position]!, results);
}

export function dependenciesOf(model: Model, name: string): readonly string[] {
  return model.cells.get(name)?.dependencies ?? [];
}

export function dependentsOf(model: Model, name: string): readonly string[] {
  return model.dependents.get(name) ?? [];
}
