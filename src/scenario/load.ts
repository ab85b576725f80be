import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { baseYearProblem, cellNameProblem, closestName, type Cell, type FormulaCell, type InputCell } from '../engine/index.js';
import { nodeAt, nodePosition, positionOf } from './locate.js';
import { ScenarioError, type Problem } from './problem.js';
import type { Place, Scenario } from './scenario.js';
import { FORMULA_KEYS, INPUT_KEYS, scenarioSchema, TOP_LEVEL_KEYS, type FormulaEntry, type InputEntry, type ScenarioFile } from './schema.js';

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
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) throw new ScenarioError([{ ...place, message: `${file} is not a file` }]);
    size = stats.size;
  } catch (error) {
    if (error instanceof ScenarioError) throw error;
    const what = chain.length > 0 ? `parent scenario ${file} not found` : `cannot read ${file}: no such file`;
    throw new ScenarioError([{ ...place, message: `${what}; check the path` }]);
  }
  if (size > MAX_FILE_BYTES) {
    throw new ScenarioError([{ ...place, message: `file is ${size} bytes; scenario files are limited to ${MAX_FILE_BYTES} bytes` }]);
  }
  const buffer = readFileSync(file);
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
    if (seen.length > MAX_EXTENDS_DEPTH) {
      throw new ScenarioError([{ ...place, message: `extends chain is deeper than ${MAX_EXTENDS_DEPTH} files` }]);
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
    throw new ScenarioError([...problems, { file, line: 1, col: 1, message: message.includes('alias') ? `too many YAML aliases (limit ${MAX_ALIASES}); write the values out` : message }]);
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
  if (raw === null || raw === undefined) throw new ScenarioError([{ file, line: 1, col: 1, message: 'file is empty: a scenario needs name:, base_year:, inputs: and formulas:' }]);

  const place = (path: readonly PropertyKey[], key?: string, index?: number): Place => ({
    file,
    ...nodePosition(lineCounter, nodeAt(doc, path, key), index),
  });

  const parsed = scenarioSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const allowed = issue.path.length === 0 ? TOP_LEVEL_KEYS : issue.path[0] === 'inputs' ? INPUT_KEYS : FORMULA_KEYS;
          const suggestion = closestName(key, allowed);
          problems.push({
            ...place(issue.path, key),
            message: `unknown key "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : `; allowed here: ${allowed.join(', ')}`}`,
          });
        }
      } else {
        const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        problems.push({ ...place(issue.path), message: `${where}${issue.message}` });
      }
    }
    throw new ScenarioError(problems);
  }
  const data: ScenarioFile = parsed.data;

  let parent: Scenario | undefined;
  if (data.extends !== undefined) {
    if (!loadParent) throw new ScenarioError([{ ...place(['extends']), message: 'extends is only possible for a scenario loaded from a file' }]);
    parent = loadParent(data.extends, place(['extends']));
  }

  const baseYear = data.base_year ?? parent?.baseYear;
  if (baseYear === undefined) problems.push({ ...place([]), message: 'base_year is missing: add e.g. base_year: "2015/16"' });
  else if (data.base_year !== undefined) {
    const problem = baseYearProblem(data.base_year);
    if (problem) problems.push({ ...place(['base_year']), message: problem });
  }

  const inherited = new Map((parent?.cells ?? []).map((cell) => [cell.name, cell]));
  const own = new Map<string, Cell>();
  const inputEntries = Object.entries(data.inputs ?? {});
  const formulaEntries = Object.entries(data.formulas ?? {});
  if (inherited.size + inputEntries.length + formulaEntries.length > MAX_CELLS) {
    problems.push({ ...place([]), message: `a scenario may have at most ${MAX_CELLS} cells` });
  }

  for (const [name, entry] of inputEntries) {
    const nameProblem = cellNameProblem(name);
    if (nameProblem) problems.push({ ...place(['inputs'], name), message: nameProblem });
    const cell = inputCell(name, entry, inherited.get(name));
    problems.push(...rangeProblems(cell).map((message) => ({ ...place(['inputs', name]), message: `${name}: ${message}` })));
    own.set(name, cell);
  }
  for (const [name, entry] of formulaEntries) {
    const nameProblem = cellNameProblem(name);
    if (nameProblem) problems.push({ ...place(['formulas'], name), message: nameProblem });
    if (own.has(name)) problems.push({ ...place(['formulas'], name), message: `"${name}" is defined twice: once in inputs and once in formulas` });
    own.set(name, formulaCell(name, entry, inherited.get(name)));
  }
  if (problems.length > 0) throw new ScenarioError(problems);

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

  return {
    name: data.name ?? file.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, ''),
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
  return first;
}
