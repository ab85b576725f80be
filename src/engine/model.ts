import { FormulaError, parseFormula, type ParsedFormula } from './formula.js';
import { findCycle, topologicalOrder } from './graph.js';
import { didYouMean, HORIZON_CELL, MAX_HORIZON, YEAR_SYMBOL } from './names.js';
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
}

export interface Model {
  readonly baseYear: string;
  /** Cells in the order the scenario lists them. */
  readonly cells: ReadonlyMap<string, CompiledCell>;
  /** Cells that can be evaluated, each after everything it depends on. */
  readonly order: readonly string[];
  readonly dependents: ReadonlyMap<string, readonly string[]>;
}

export interface Evaluation {
  readonly years: readonly string[];
  readonly results: ReadonlyMap<string, CellResult>;
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

type Draft = { -readonly [K in keyof CompiledCell]: CompiledCell[K] };

/** Parses every formula, links references into a dependency graph and orders it. Never throws. */
export function buildModel(cells: readonly Cell[], baseYear: string): Model {
  const drafts = new Map<string, Draft>();
  for (const cell of cells) drafts.set(cell.name, { cell, dependencies: [], series: false });

  for (const draft of drafts.values()) {
    if (draft.cell.kind !== 'formula') continue;
    const parsed = parseCached(draft.cell.formula);
    if (parsed instanceof FormulaError) {
      draft.staticError = parsed.message;
      draft.errorIndex = parsed.index;
      continue;
    }
    draft.formula = parsed;
    const dependencies = new Set<string>();
    for (const reference of parsed.references) {
      if (reference.name === YEAR_SYMBOL) {
        if (!drafts.has(HORIZON_CELL)) {
          draft.staticError ??= `uses the year "${YEAR_SYMBOL}", which needs an input named ${HORIZON_CELL}`;
          draft.errorIndex ??= reference.index;
        }
        dependencies.add(HORIZON_CELL);
      } else if (drafts.has(reference.name)) {
        dependencies.add(reference.name);
      } else {
        draft.staticError ??= `unknown name "${reference.name}"${didYouMean(reference.name, drafts.keys())}`;
        draft.errorIndex ??= reference.index;
      }
    }
    draft.dependencies = [...dependencies];
  }

  const dependenciesOf = (name: string) => drafts.get(name)?.dependencies ?? [];
  const { order, cyclic } = topologicalOrder([...drafts.keys()], dependenciesOf);
  for (const name of cyclic) {
    const draft = drafts.get(name)!;
    const cycle = findCycle(name, cyclic, dependenciesOf);
    draft.staticError = cycle
      ? `circular reference: ${cycle.join(' → ')}`
      : `depends on ${draft.dependencies.find((dep) => cyclic.has(dep))}, which is part of a circular reference`;
    draft.errorIndex = undefined;
  }

  for (const name of order) {
    const draft = drafts.get(name)!;
    draft.series = (draft.formula?.references ?? []).some(
      (ref) => !ref.whole && (ref.name === YEAR_SYMBOL || drafts.get(ref.name)?.series === true),
    );
  }

  const dependents = new Map<string, string[]>();
  for (const draft of drafts.values()) {
    for (const dep of draft.dependencies) {
      const list = dependents.get(dep);
      if (list) list.push(draft.cell.name);
      else dependents.set(dep, [draft.cell.name]);
    }
  }
  return { baseYear, cells: drafts as Map<string, CompiledCell>, order, dependents };
}

/** The horizon in years, or an error message when the horizon input is unusable. */
function horizonOf(value: number): number | string {
  if (!Number.isInteger(value) || value < 1 || value > MAX_HORIZON) {
    return `${HORIZON_CELL} must be a whole number from 1 to ${MAX_HORIZON}, not ${value}`;
  }
  return value;
}

const yearNumbers = (horizon: number): number[] => Array.from({ length: horizon }, (_, i) => i + 1);

function fail(error: string): CellResult {
  return { ok: false, error };
}

function toNumber(result: unknown): number | string {
  if (typeof result === 'boolean') return result ? 1 : 0;
  if (typeof result === 'number') {
    return Number.isFinite(result) ? result : `result is ${result} (division by zero or a number out of range)`;
  }
  const type = result === null || result === undefined ? String(result) : Array.isArray(result) ? 'a list' : (result as object).constructor?.name ?? typeof result;
  return `result is ${type === 'Complex' ? 'a complex number (square root or log of a negative?)' : type}, not a number`;
}

function evaluateCell(model: Model, compiled: CompiledCell, results: ReadonlyMap<string, CellResult>): CellResult {
  const { cell } = compiled;
  if (cell.kind === 'input') {
    if (!Number.isFinite(cell.value)) return fail(`value must be a finite number, not ${cell.value}`);
    if (cell.name === HORIZON_CELL) {
      const horizon = horizonOf(cell.value);
      if (typeof horizon === 'string') return fail(horizon);
    }
    return { ok: true, value: cell.value };
  }
  if (compiled.staticError !== undefined || !compiled.formula) return fail(compiled.staticError ?? 'formula did not parse');
  for (const dep of compiled.dependencies) {
    const result = results.get(dep);
    if (!result?.ok) return fail(`depends on ${dep}, which has an error`);
  }
  const horizonResult = results.get(HORIZON_CELL);
  const horizon = horizonResult?.ok ? (horizonResult.value as number) : 0;

  const { slots } = compiled.formula;
  const args: unknown[] = new Array(slots.length);
  const perYear: { slot: number; series: readonly number[] }[] = [];
  for (let slot = 0; slot < slots.length; slot++) {
    const { name, whole } = slots[slot]!;
    const value: Value = name === YEAR_SYMBOL ? yearNumbers(horizon) : (results.get(name) as { value: Value }).value;
    if (whole || typeof value === 'number') args[slot] = value;
    else perYear.push({ slot, series: value });
  }
  const evaluateFormula = compiled.formula.evaluate;
  try {
    if (!compiled.series) {
      const value = toNumber(evaluateFormula(args));
      return typeof value === 'string' ? fail(value) : { ok: true, value };
    }
    const values: number[] = new Array(horizon);
    for (let year = 0; year < horizon; year++) {
      for (const { slot, series } of perYear) args[slot] = series[year];
      const value = toNumber(evaluateFormula(args));
      if (typeof value === 'string') return fail(`${yearLabels(model.baseYear, horizon)[year]}: ${value}`);
      values[year] = value;
    }
    return { ok: true, value: values };
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

function yearsOf(model: Model, results: ReadonlyMap<string, CellResult>): string[] {
  const horizon = results.get(HORIZON_CELL);
  return horizon?.ok ? yearLabels(model.baseYear, horizon.value as number) : [];
}

/** Evaluates every cell. Errors stay in their cells (and their dependents); nothing throws. */
export function evaluate(model: Model): Evaluation {
  const results = new Map<string, CellResult>();
  for (const name of model.order) results.set(name, evaluateCell(model, model.cells.get(name)!, results));
  for (const [name, compiled] of model.cells) {
    if (!results.has(name)) results.set(name, fail(compiled.staticError ?? 'could not be evaluated'));
  }
  return { years: yearsOf(model, results), results };
}

/** Everything that depends on `names`, directly or not, in evaluation order. */
export function affectedBy(model: Model, names: readonly string[]): string[] {
  const seen = new Set<string>(names);
  const queue = [...names];
  for (let i = 0; i < queue.length; i++) {
    for (const dependent of model.dependents.get(queue[i]!) ?? []) {
      if (!seen.has(dependent)) {
        seen.add(dependent);
        queue.push(dependent);
      }
    }
  }
  return model.order.filter((name) => seen.has(name));
}

/**
 * Sets an input's value and recomputes only what depends on it.
 * The result equals building and evaluating the changed model from scratch.
 */
export function setInput(
  model: Model,
  evaluation: Evaluation,
  name: string,
  value: number,
): { model: Model; evaluation: Evaluation } {
  const compiled = model.cells.get(name);
  if (!compiled || compiled.cell.kind !== 'input') throw new Error(`${name} is not an input`);
  const cells = new Map(model.cells);
  cells.set(name, { ...compiled, cell: { ...compiled.cell, value } });
  const next: Model = { ...model, cells };
  const results = new Map(evaluation.results);
  for (const affected of affectedBy(next, [name])) results.set(affected, evaluateCell(next, cells.get(affected)!, results));
  return { model: next, evaluation: { years: name === HORIZON_CELL ? yearsOf(next, results) : evaluation.years, results } };
}

export function dependenciesOf(model: Model, name: string): readonly string[] {
  return model.cells.get(name)?.dependencies ?? [];
}

export function dependentsOf(model: Model, name: string): readonly string[] {
  return model.dependents.get(name) ?? [];
}
