import { closeSync, openSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { type Document, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import type { ZodError } from 'zod';
import { baseYearProblem, buildModel, type Cell, cellNameProblem, closestName, dependentsOf, type FormulaCell, type InputCell } from '../engine/index.js';
import { isRecord } from './is-record.js';
import { nodeAt, nodePosition, positionOf } from './locate.js';
import { type Problem, ScenarioError } from './problem.js';
import { readAtMost } from './read-at-most.js';
import type { Place, Scenario } from './scenario.js';
import {
  FORMULA_KEYS,
  type FormulaEntry,
  formulaSchema,
  INPUT_KEYS,
  type InputEntry,
  inputSchema,
  type ScenarioFile,
  scenarioSchema,
  TOP_LEVEL_KEYS,
} from './schema.js';

type ZodIssue = ZodError['issues'][number];

export const MAX_FILE_BYTES = 1_000_000;
export const MAX_CELLS = 20_000;
export const MAX_EXTENDS_DEPTH = 16;
export const MAX_ALIASES = 100;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Reads and validates a scenario file, following `extends`. Throws ScenarioError listing every problem. */
export function loadScenario(file: string): Scenario {
  return loadChain(file, []);
}

function readText(file: string, chain: readonly string[], from?: Place): string {
  const place = from ?? { file, line: 1, col: 1 };
  const fail = (message: string) => new ScenarioError([{ ...place, message }]);
  let buffer: Buffer;
  try {
    if (!statSync(file).isFile()) throw fail(`${file} is not a file`);
    const descriptor = openSync(file, 'r');
    try {
      buffer = readAtMost(descriptor, MAX_FILE_BYTES);
    } finally {
      closeSync(descriptor);
    }
  } catch (error) {
    if (error instanceof ScenarioError) throw error;
    // A file named on the command line that cannot be read has no line to point at; a parent is pointed at from its extends line.
    if (chain.length === 0) throw new ScenarioError([{ file, message: `cannot read ${file}: no such file; check the path` }]);
    throw fail(`parent scenario ${file} not found; check the path`);
  }
  if (buffer.length > MAX_FILE_BYTES) throw fail(`file is larger than ${MAX_FILE_BYTES} bytes, the limit for scenario files`);
  if (buffer.includes(0)) throw new ScenarioError([{ file, line: 1, col: 1, message: 'this is a binary file, not a YAML scenario' }]);
  return buffer.toString('utf8');
}

function loadChain(file: string, chain: readonly string[], from?: Place): Scenario {
  const text = readText(file, chain, from);
  return parseScenario(text, file, (parent, place) => {
    const parentPath = resolve(dirname(file), parent);
    const seen = [...chain, resolve(file)];
    if (seen.includes(parentPath)) {
      const cycle = [...seen.slice(seen.indexOf(parentPath)), parentPath].map((path) => relative(process.cwd(), path));
      throw new ScenarioError([{ ...place, message: `extends makes a cycle: ${cycle.join(' → ')}; remove one of the extends lines` }]);
    }
    if (seen.length >= MAX_EXTENDS_DEPTH) {
      throw new ScenarioError([{ ...place, message: `extends chain is longer than ${MAX_EXTENDS_DEPTH} files; merge some of them` }]);
    }
    if (!/\.ya?ml$/i.test(parent)) {
      throw new ScenarioError([{ ...place, message: `extends must name a scenario file ending in .yaml or .yml, not ${JSON.stringify(parent)}` }]);
    }
    const display = relative(process.cwd(), parentPath) || parentPath;
    return loadChain(display, seen, place);
  });
}

type ParentLoader = (parent: string, place: Place) => Scenario;

/** Validates scenario text. `loadParent` resolves `extends:`; without it, `extends` is an error. */
export function parseScenario(text: string, file: string, loadParent?: ParentLoader): Scenario {
  const lineCounter = new LineCounter();
  const problems: Problem[] = [];
  const at = (offset: number, message: string) => problems.push({ file, ...positionOf(lineCounter, offset), message });

  let doc: Document;
  let raw: unknown;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
    for (const error of doc.errors) at(error.pos[0], yamlMessage(error.message));
    if (problems.length === 0) raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const message = error instanceof RangeError ? 'document is nested too deeply' : error instanceof Error ? error.message : String(error);
    throw new ScenarioError([
      ...problems,
      { file, line: 1, col: 1, message: message.includes('alias') ? `too many YAML aliases (limit ${MAX_ALIASES}); write the values out` : message },
    ]);
  }
  if (problems.length === 0) {
    visit(doc!, {
      Pair(_, pair) {
        if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
          at(pair.key.range?.[0] ?? 0, `key "${String(pair.key.value)}" is not allowed in a scenario file; rename it`);
        }
      },
    });
  }
  if (problems.length > 0) throw new ScenarioError(problems);
  if (raw === null || raw === undefined)
    throw new ScenarioError([{ file, line: 1, col: 1, message: 'file is empty: a scenario needs name:, base_year:, inputs: and formulas:' }]);

  const place = (path: readonly PropertyKey[], key?: string, index?: number): Place => ({
    file,
    ...nodePosition(lineCounter, nodeAt(doc, path, key), index),
  });

  const report = (issues: readonly ZodIssue[], prefix: readonly PropertyKey[] = []) => {
    for (const issue of issues) {
      const path = [...prefix, ...issue.path];
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const allowed = path.length === 0 ? TOP_LEVEL_KEYS : path[0] === 'inputs' ? INPUT_KEYS : FORMULA_KEYS;
          const suggestion = closestName(key, allowed);
          problems.push({
            ...place(path, key),
            message: `unknown key ${JSON.stringify(key)}${suggestion ? ` (did you mean "${suggestion}"?)` : `; allowed here: ${allowed.join(', ')}`}`,
          });
        }
      } else {
        const where = path.length > 0 ? `${path.join('.')}: ` : '';
        problems.push({ ...place(path), message: `${where}${issue.message}` });
      }
    }
  };

  const parsed = scenarioSchema.safeParse(raw);
  if (!parsed.success) {
    report(parsed.error.issues);
    if (!isRecord(raw)) throw new ScenarioError(problems);
  }
  const fields = raw as Record<string, unknown>;
  /** A top-level field if it is valid: the rest of the file is checked even when another field is not. */
  const field = <K extends keyof ScenarioFile>(key: K): ScenarioFile[K] | undefined => {
    const value = scenarioSchema.shape[key].safeParse(fields[key]);
    return value.success ? (value.data as ScenarioFile[K]) : undefined;
  };
  const data: Partial<ScenarioFile> = parsed.success
    ? parsed.data
    : { name: field('name'), description: field('description'), base_year: field('base_year'), extends: field('extends') };
  const section = (key: 'inputs' | 'formulas'): [string, unknown][] => (isRecord(fields[key]) ? Object.entries(fields[key]) : []);

  let parent: Scenario | undefined;
  if (data.extends !== undefined) {
    if (!loadParent) throw new ScenarioError([{ ...place(['extends']), message: 'extends is only possible for a scenario loaded from a file' }]);
    parent = loadParent(data.extends, place(['extends']));
  }

  const baseYear = data.base_year ?? parent?.baseYear;
  if (baseYear === undefined) {
    if (fields.base_year === undefined && fields.extends === undefined)
      problems.push({ ...place([]), message: 'base_year is missing: add e.g. base_year: "2015/16"' });
  } else if (data.base_year !== undefined) {
    const problem = baseYearProblem(data.base_year);
    if (problem) problems.push({ ...place(['base_year']), message: problem });
  }

  const inherited = new Map((parent?.cells ?? []).map((cell) => [cell.name, cell]));
  const own = new Map<string, Cell>();
  /** Cells whose entries are invalid: still declared, so formulas that read them are not also reported. */
  const invalid = new Set<string>();
  const inputEntries = section('inputs');
  const formulaEntries = section('formulas');
  if (inherited.size + inputEntries.length + formulaEntries.length > MAX_CELLS) {
    throw new ScenarioError([...problems, { ...place([]), message: `a scenario may have at most ${MAX_CELLS} cells` }]);
  }

  for (const [name, value] of inputEntries) {
    const nameProblem = cellNameProblem(name);
    if (nameProblem) problems.push({ ...place(['inputs'], name), message: nameProblem });
    const entry = inputSchema.safeParse(value);
    if (!entry.success) {
      report(entry.error.issues, ['inputs', name]);
      invalid.add(name);
      continue;
    }
    const cell = inputCell(name, entry.data, inherited.get(name));
    problems.push(...rangeProblems(cell).map((message) => ({ ...place(['inputs', name]), message: `${name}: ${message}` })));
    own.set(name, cell);
  }
  for (const [name, value] of formulaEntries) {
    const nameProblem = cellNameProblem(name);
    if (nameProblem) problems.push({ ...place(['formulas'], name), message: nameProblem });
    if (own.has(name) || invalid.has(name))
      problems.push({ ...place(['formulas'], name), message: `"${name}" is defined twice: once in inputs and once in formulas` });
    const entry = formulaSchema.safeParse(value);
    if (!entry.success) {
      report(entry.error.issues, ['formulas', name]);
      invalid.add(name);
      continue;
    }
    own.set(name, formulaCell(name, entry.data, inherited.get(name)));
  }

  // Cells keep their parent's position; the file's own new cells follow; inputs come before formulas.
  const merged = [...inherited.values()].map((cell) => own.get(cell.name) ?? cell).concat([...own.values()].filter((cell) => !inherited.has(cell.name)));
  const cells = [...merged.filter((cell) => cell.kind === 'input'), ...merged.filter((cell) => cell.kind === 'formula')];

  const placeCell = (name: string, index?: number): Place => {
    const cell = own.get(name);
    if (!cell) return parent?.place(name, index) ?? { file, line: 1, col: 1 };
    if (cell.kind === 'input') return place(['inputs', name]);
    const node = nodeAt(doc, ['formulas', name, 'formula']) ? ['formulas', name, 'formula'] : ['formulas', name];
    return place(node, undefined, index);
  };

  if (parent) {
    const placeName = (cell: Cell) => place([cell.kind === 'input' ? 'inputs' : 'formulas'], cell.name);
    problems.push(...misspeltOverrides(cells, own, inherited, { baseYear: parent.baseYear, file: data.extends! }, placeName));
  }
  if (problems.length > 0) {
    // The formulas are still checked, with cells whose entries are invalid standing in as inputs.
    const standIns = [...invalid].map((name): Cell => ({ kind: 'input', name, value: 1, unit: 'number' }));
    throw new ScenarioError([...problems, ...staticFormulaProblems([...cells, ...standIns], own, placeCell)]);
  }

  return {
    name: data.name ?? scenarioNameOf(file),
    description: data.description ?? parent?.description,
    baseYear: baseYear!,
    cells,
    file,
    extends: data.extends,
    inherited,
    document: doc,
    text,
    place: placeCell,
  };
}

/** A scenario's name when its file gives none: the file's name without .yaml. */
export const scenarioNameOf = (file: string): string => file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/i, '');

/** Problems a formula has of its own before it is computed (syntax, unknown names, cycles), for the file's own formulas. */
function staticFormulaProblems(cells: readonly Cell[], own: ReadonlyMap<string, Cell>, placeCell: Scenario['place']): Problem[] {
  const model = buildModel(cells, '2015/16');
  return [...model.cells.values()]
    .filter(({ cell, staticError }) => own.get(cell.name)?.kind === 'formula' && staticError !== undefined)
    .map(({ cell, staticError, errorIndex }) => ({ ...placeCell(cell.name, errorIndex), message: `${cell.name}: ${staticError}` }));
}

/**
 * A new input in a file that extends another, which nothing reads and whose name is close to an inherited input,
 * is almost always a misspelt override: without this, the override would silently change nothing.
 */
function misspeltOverrides(
  cells: readonly Cell[],
  own: ReadonlyMap<string, Cell>,
  inherited: ReadonlyMap<string, Cell>,
  parent: { readonly baseYear: string; readonly file: string },
  placeName: (cell: Cell) => Place,
): Problem[] {
  const inheritedInputs = [...inherited.values()].filter((cell) => cell.kind === 'input').map((cell) => cell.name);
  const suspects = [...own.values()].flatMap((cell) => {
    const meant = cell.kind === 'input' && !inherited.has(cell.name) ? closestName(cell.name, inheritedInputs) : undefined;
    return meant === undefined ? [] : [{ cell, meant }];
  });
  if (suspects.length === 0) return [];
  const model = buildModel(cells, parent.baseYear);
  return suspects
    .filter(({ cell }) => dependentsOf(model, cell.name).length === 0)
    .map(({ cell, meant }) => ({
      ...placeName(cell),
      message: `${cell.name} is a new input that nothing uses; did you mean ${meant} from ${parent.file}? Rename it to change the inherited input, or remove it`,
    }));
}

function inputCell(name: string, entry: InputEntry, parent: Cell | undefined): InputCell {
  const base = parent?.kind === 'input' ? parent : undefined;
  return {
    kind: 'input',
    name,
    value: entry.value,
    unit: (entry.unit ?? parent?.unit ?? 'number') as InputCell['unit'],
    min: entry.min ?? base?.min,
    max: entry.max ?? base?.max,
    step: entry.step ?? base?.step,
    description: entry.description ?? parent?.description,
    source: entry.source ?? parent?.source,
  };
}

function formulaCell(name: string, entry: FormulaEntry, parent: Cell | undefined): FormulaCell {
  return {
    kind: 'formula',
    name,
    formula: entry.formula,
    unit: (entry.unit ?? parent?.unit ?? 'number') as FormulaCell['unit'],
    description: entry.description ?? parent?.description,
    source: entry.source ?? parent?.source,
  };
}

/** Why an input's value is outside its own bounds, if it is. */
export function rangeProblems(cell: InputCell): string[] {
  const problems: string[] = [];
  if (cell.min !== undefined && cell.max !== undefined && cell.min > cell.max) problems.push(`min ${cell.min} is greater than max ${cell.max}`);
  else if (cell.min !== undefined && cell.value < cell.min) problems.push(`value ${cell.value} is below min ${cell.min}`);
  else if (cell.max !== undefined && cell.value > cell.max) problems.push(`value ${cell.value} is above max ${cell.max}`);
  return problems;
}

function yamlMessage(message: string): string {
  if (/call stack/i.test(message)) return 'document is nested too deeply';
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (/Map keys must be unique/.test(first)) return 'this key appears twice in the same mapping; keep one';
  if (/multiple documents/.test(first)) return 'a scenario file holds one YAML document: remove the "---" line and what follows, or move it to its own file';
  return first;
}
