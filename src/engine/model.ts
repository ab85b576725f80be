import { CellTable } from './cell-table.js';
import { FormulaError, type ParsedFormula, parseFormula } from './formula.js';
import { findCycle, topologicalOrder } from './graph.js';
import { isMathName } from './math.js';
import { HORIZON_CELL, MAX_HORIZON, Suggester, YEAR_SYMBOL } from './names.js';
import type { Cell, CellResult, Value } from './types.js';
import { yearLabels } from './years.js';

export interface CompiledCell {
  readonly cell: Cell;
  readonly formula?: ParsedFormula;
  /** A problem found without evaluating: bad syntax, unknown name, circular reference. */
  readonly staticError?: string;
  /** Character offset in the formula that the static error points at. */
  readonly errorIndex?: number;
  /** Cells this one reads (a reference to the year `t` reads the horizon). */
  readonly dependencies: readonly string[];
  /** True when the cell has one value per projected year. */
  readonly series: boolean;
  /** Positions of `dependencies` in the model. */
  readonly dependencyPositions: readonly number[];
  /** Position in the model of each of the formula's slots; -1 for the year `t`. */
  readonly slotPositions: readonly number[];
}

export interface Model {
  readonly baseYear: string;
  /** Cells in the order the scenario lists them. */
  readonly cells: CellTable<CompiledCell>;
  /** Cells that can be evaluated, each after everything it depends on. */
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

const parseCache = new Map<string, ParsedFormula | FormulaError>();
const PARSE_CACHE_LIMIT = 20000;

function parseCached(text: string): ParsedFormula | FormulaError {
  let parsed = parseCache.get(text);
  if (!parsed) {
    try {
      parsed = parseFormula(text);
    } catch (error) {
      parsed = error instanceof FormulaError ? error : new FormulaError(String(error));
    }
    if (parseCache.size >= PARSE_CACHE_LIMIT) parseCache.clear();
    parseCache.set(text, parsed);
  }
  return parsed;
}

/** Unknown names reported per formula (a hostile file may have thousands; the suggester bounds the work per model). */
const MAX_UNKNOWN_NAMES_SHOWN = 5;

function unknownName(name: string, suggester: Suggester): string {
  const suggestion = suggester.didYouMean(name);
  if (suggestion === '' && isMathName(name)) return `unknown name "${name}": formulas cannot use units or constants, only the scenario's cells`;
  return `unknown name "${name}"${suggestion}`;
}

type Draft = { -readonly [K in keyof CompiledCell]: CompiledCell[K] };

/** Parses every formula, links references into a dependency graph and orders it. Never throws. */
export function buildModel(cells: readonly Cell[], baseYear: string): Model {
  const positions = new Map<string, number>();
  const drafts: Draft[] = [];
  for (const cell of cells) {
    if (positions.has(cell.name)) continue;
    positions.set(cell.name, drafts.length);
    drafts.push({ cell, dependencies: [], series: false, dependencyPositions: [], slotPositions: [] });
  }
  const draftOf = (name: string) => {
    const position = positions.get(name);
    return position === undefined ? undefined : drafts[position];
  };

  // Built once, on the first unknown name: its budget bounds the work of all suggestions for this model.
  let suggester: Suggester | undefined;
  for (const draft of drafts) {
    if (draft.cell.kind !== 'formula') continue;
    const parsed = parseCached(draft.cell.formula);
    if (parsed instanceof FormulaError) {
      draft.staticError = parsed.message;
      draft.errorIndex = parsed.index;
      continue;
    }
    draft.formula = parsed;
    const dependencies = new Set<string>();
    const problems: string[] = [];
    for (const reference of parsed.references) {
      let problem: string | undefined;
      if (reference.name === YEAR_SYMBOL) {
        if (!positions.has(HORIZON_CELL)) problem = `uses the year "${YEAR_SYMBOL}", which needs an input named ${HORIZON_CELL}`;
        dependencies.add(HORIZON_CELL);
      } else if (positions.has(reference.name)) {
        dependencies.add(reference.name);
      } else {
        suggester ??= new Suggester(positions.keys());
        problem = unknownName(reference.name, suggester);
      }
      if (problem !== undefined && !problems.includes(problem)) {
        problems.push(problem);
        draft.errorIndex ??= reference.index;
      }
    }
    if (problems.length > MAX_UNKNOWN_NAMES_SHOWN) {
      problems.splice(MAX_UNKNOWN_NAMES_SHOWN, Infinity, `and ${problems.length - MAX_UNKNOWN_NAMES_SHOWN} more unknown names`);
    }
    if (problems.length > 0) draft.staticError = problems.join('; ');
    draft.dependencies = [...dependencies];
    draft.dependencyPositions = draft.dependencies.filter((name) => positions.has(name)).map((name) => positions.get(name)!);
    draft.slotPositions = parsed.slots.map(({ name }) => (name === YEAR_SYMBOL ? -1 : (positions.get(name) ?? -1)));
  }

  const dependenciesOf = (name: string) => draftOf(name)?.dependencies ?? [];
  const { order, cyclic } = topologicalOrder([...positions.keys()], dependenciesOf);
  for (const name of cyclic) {
    const draft = draftOf(name)!;
    const cycle = findCycle(name, cyclic, dependenciesOf);
    draft.staticError = cycle
      ? `circular reference: ${cycle.join(' → ')}`
      : `depends on ${draft.dependencies.find((dep) => cyclic.has(dep))}, which is part of a circular reference`;
    draft.errorIndex = undefined;
  }

  for (const name of order) {
    const draft = draftOf(name)!;
    draft.series = (draft.formula?.references ?? []).some((ref) => !ref.whole && (ref.name === YEAR_SYMBOL || draftOf(ref.name)?.series === true));
  }

  limitWork(drafts);

  const dependents = new Map<string, string[]>();
  const dependentPositions: number[][] = drafts.map(() => []);
  drafts.forEach((draft, position) => {
    for (const dep of draft.dependencies) {
      const list = dependents.get(dep);
      if (list) list.push(draft.cell.name);
      else dependents.set(dep, [draft.cell.name]);
      const depPosition = positions.get(dep);
      if (depPosition !== undefined) dependentPositions[depPosition]!.push(position);
    }
  });
  return {
    baseYear,
    cells: new CellTable<CompiledCell>(positions, drafts),
    order,
    dependents,
    orderPositions: Int32Array.from(order, (name) => positions.get(name)!),
    dependentPositions,
  };
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
      draft.staticError = `formula needs too much computation (${work} operations at a ${MAX_HORIZON}-year horizon; the limit is ${MAX_CELL_WORK}): split it into several cells`;
    } else {
      total += work;
      if (total <= MAX_MODEL_WORK) continue;
      draft.staticError = `the scenario needs too much computation (over ${MAX_MODEL_WORK} operations at a ${MAX_HORIZON}-year horizon): use fewer or smaller formulas`;
    }
  }
}

/** The horizon in years, or an error message when the horizon input is unusable. */
function horizonProblem(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 1 || value > MAX_HORIZON) {
    return `${HORIZON_CELL} must be a whole number from 1 to ${MAX_HORIZON}, not ${value}`;
  }
  return undefined;
}

const yearNumbers = (horizon: number): number[] => Array.from({ length: horizon }, (_, i) => i + 1);

function fail(error: string): CellResult {
  return { ok: false, error };
}

function toNumber(result: unknown): number | string {
  if (typeof result === 'number') {
    return Number.isFinite(result) ? result : `result is ${result} (division by zero or a number out of range)`;
  }
  if (typeof result === 'boolean') return result ? 1 : 0;
  const type =
    result === null || result === undefined ? String(result) : Array.isArray(result) ? 'a list' : ((result as object).constructor?.name ?? typeof result);
  return `result is ${type === 'Complex' ? 'a complex number (square root or log of a negative?)' : type}, not a number`;
}

type Results = (CellResult | undefined)[];

function evaluateCell(model: Model, compiled: CompiledCell, results: Results): CellResult {
  const { cell } = compiled;
  if (cell.kind === 'input') {
    if (!Number.isFinite(cell.value)) return fail(`value must be a finite number, not ${cell.value}`);
    const problem = cell.name === HORIZON_CELL ? horizonProblem(cell.value) : undefined;
    return problem ? fail(problem) : { ok: true, value: cell.value };
  }
  const formula = compiled.formula;
  if (compiled.staticError !== undefined || !formula) return fail(compiled.staticError ?? 'formula did not parse');
  const dependencies = compiled.dependencyPositions;
  for (let i = 0; i < dependencies.length; i++) {
    if (!results[dependencies[i]!]?.ok) return fail(`depends on ${compiled.dependencies[i]}, which has an error`);
  }

  const { slots } = formula;
  const slotPositions = compiled.slotPositions;
  const args: unknown[] = new Array(slots.length);
  let perYear: { slot: number; series: readonly number[] }[] | undefined;
  let horizon = 0;
  if (compiled.series || slotPositions.includes(-1)) {
    const horizonResult = results[model.cells.positionOf(HORIZON_CELL) ?? -1];
    horizon = horizonResult?.ok ? (horizonResult.value as number) : 0;
  }
  for (let slot = 0; slot < slots.length; slot++) {
    const position = slotPositions[slot]!;
    const value: Value = position === -1 ? yearNumbers(horizon) : (results[position] as { value: Value }).value;
    if (typeof value === 'number' || slots[slot]!.whole) args[slot] = value;
    else {
      perYear ??= [];
      perYear.push({ slot, series: value });
    }
  }
  try {
    if (!compiled.series) {
      const value = toNumber(formula.evaluate(args));
      return typeof value === 'string' ? fail(value) : { ok: true, value };
    }
    const values: number[] = new Array(horizon);
    for (let year = 0; year < horizon; year++) {
      for (const { slot, series } of perYear ?? []) args[slot] = series[year];
      const value = toNumber(formula.evaluate(args));
      if (typeof value === 'string') return fail(`${yearLabels(model.baseYear, horizon)[year]}: ${value}`);
      values[year] = value;
    }
    return { ok: true, value: values };
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

function yearsOf(model: Model, results: Results): string[] {
  const horizon = results[model.cells.positionOf(HORIZON_CELL) ?? -1];
  return horizon?.ok ? yearLabels(model.baseYear, horizon.value as number) : [];
}

/** Evaluates every cell. Errors stay in their cells (and their dependents); nothing throws. */
export function evaluate(model: Model): Evaluation {
  const cells = model.cells.items;
  const results: Results = new Array(cells.length);
  for (const position of model.orderPositions) results[position] = evaluateCell(model, cells[position]!, results);
  for (let position = 0; position < cells.length; position++) {
    results[position] ??= fail(cells[position]!.staticError ?? 'could not be evaluated');
  }
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
  const results: Results = evaluation.results.items.slice();
  for (const affected of affectedPositions(next, position)) results[affected] = evaluateCell(next, cells[affected]!, results);
  return {
    model: next,
    evaluation: {
      years: name === HORIZON_CELL ? yearsOf(next, results) : evaluation.years,
      results: next.cells.withItems(results as CellResult[]),
    },
  };
}

export function dependenciesOf(model: Model, name: string): readonly string[] {
  return model.cells.get(name)?.dependencies ?? [];
}

export function dependentsOf(model: Model, name: string): readonly string[] {
  return model.dependents.get(name) ?? [];
}
