import { closeSync, openSync, realpathSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { ZodError } from 'zod';
import { baseYearProblem, buildModel, type Cell, cellNameProblem, dependentsOf, type FormulaCell, type InputCell, Suggester } from '../engine/index.js';
import { removeStaleTemporaryFiles } from './atomic-write.js';
import { isRecord } from './is-record.js';
import { MAX_CELLS, MAX_EXTENDS_DEPTH, MAX_FILE_BYTES } from './limits.js';
import { linkTarget } from './link.js';
import { type Problem, ScenarioError } from './problem.js';
import { readProvenance } from './provenance-load.js';
import { provenanceKeysAt } from './provenance-schema.js';
import { readAtMost } from './read-at-most.js';
import type { Place, Scenario } from './scenario.js';
import {
  checkFormulaEntry,
  checkInputEntry,
  FORMULA_KEYS,
  type FormulaEntry,
  INPUT_KEYS,
  type InputEntry,
  type ScenarioFile,
  scenarioSchema,
  TOP_LEVEL_KEYS,
} from './schema.js';
import { readSimulation } from './simulation-load.js';
import { rangeOf, rangeProblemsOf } from './uncertainty-load.js';
import { readYaml, type YamlFile } from './yaml.js';

type ZodIssue = ZodError['issues'][number];

/** Reads and validates a scenario file, following `extends`. Throws ScenarioError listing every problem. */
export function loadScenario(file: string): Scenario {
  const linkedTo = linkTarget(file);
  const scenario = loadChain(file, []);
  removeStaleTemporaryFiles(realPath(file));
  return linkedTo === undefined ? scenario : { ...scenario, linkedTo };
}

/** The file's path with every link resolved, or the path itself if that fails. */
function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
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
  const { document, positionAt, data: raw } = readYaml(text, file);
  const problems: Problem[] = [];
  if (raw === null || raw === undefined)
    throw new ScenarioError([{ file, line: 1, col: 1, message: 'file is empty: a scenario needs name:, base_year:, inputs: and formulas:' }]);

  const place = (path: readonly PropertyKey[], key?: string, index?: number): Place => ({ file, ...positionAt(path, key, index) });

  const suggesters = new Map<readonly string[], Suggester>();
  const report = (issues: readonly ZodIssue[], prefix: readonly PropertyKey[] = []) => {
    for (const issue of issues) {
      const path = [...prefix, ...issue.path];
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const allowed = path.length === 0 ? TOP_LEVEL_KEYS : (provenanceKeysAt(path) ?? (path[0] === 'inputs' ? INPUT_KEYS : FORMULA_KEYS));
          if (!suggesters.has(allowed)) suggesters.set(allowed, new Suggester(allowed));
          const suggestion = suggesters.get(allowed)!.closest(key);
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

  const inputEntries = section('inputs');
  const formulaEntries = section('formulas');
  /** Refuses the file at its first cell past the limit, counting `before` cells ahead of the file's own. */
  const tooMany = (before = 0) => {
    const [first, second] = sectionsInFileOrder(positionAt);
    const byPlace = [...section(first).map(([name]) => place([first], name)), ...section(second).map(([name]) => place([second], name))];
    const past = byPlace[Math.max(0, MAX_CELLS - before)] ?? place([]);
    return new ScenarioError([...problems, { ...past, message: `a scenario may have at most ${MAX_CELLS} cells` }]);
  };
  if (inputEntries.length + formulaEntries.length > MAX_CELLS) throw tooMany();

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
  if (inherited.size + inputEntries.length + formulaEntries.length > MAX_CELLS) throw tooMany(inherited.size);

  for (const [name, value] of inputEntries) {
    const nameProblem = cellNameProblem(name);
    if (nameProblem) problems.push({ ...place(['inputs'], name), message: nameProblem });
    const entry = checkInputEntry(value);
    if (!entry.success) {
      report(entry.error.issues, ['inputs', name]);
      invalid.add(name);
      continue;
    }
    const cell = inputCell(name, entry.data, inherited.get(name));
    for (const message of rangeProblems(cell)) problems.push({ ...place(['inputs', name]), message: `${name}: ${message}` });
    const at = (key?: string) => place(key === undefined ? ['inputs', name] : ['inputs', name, key]);
    for (const problem of rangeProblemsOf(cell, entry.data, at)) problems.push({ ...problem.place, message: problem.message });
    own.set(name, cell);
  }
  for (const [name, value] of formulaEntries) {
    const nameProblem = cellNameProblem(name);
    if (nameProblem) problems.push({ ...place(['formulas'], name), message: nameProblem });
    if (own.has(name) || invalid.has(name))
      problems.push({ ...place(['formulas'], name), message: `"${name}" is defined twice: once in inputs and once in formulas` });
    const entry = checkFormulaEntry(value);
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
    // A formula written as the cell's value has no `formula` key: the path stops at the value.
    return place(['formulas', name, 'formula'], undefined, index);
  };

  if (parent) {
    const placeName = (cell: Cell) => place([cell.kind === 'input' ? 'inputs' : 'formulas'], cell.name);
    // The deflator is used by the file's real-terms view, though no formula reads it.
    const used = new Set(typeof fields.deflator === 'string' ? [fields.deflator.trim()] : []);
    for (const problem of misspeltOverrides(cells, own, inherited, { baseYear: parent.baseYear, file: data.extends! }, placeName, used)) problems.push(problem);
  }
  // Cells whose entries are invalid stand in as inputs, so that what reads them is still checked.
  const standIns = [...invalid].map((name): Cell => ({ kind: 'input', name, value: 1, unit: 'number' }));
  const provenance = readProvenance({
    fields,
    parent,
    parentFile: data.extends,
    cells: standIns.length > 0 ? [...cells, ...standIns] : cells,
    own,
    baseYear: baseYear ?? '2015/16',
    place,
    report,
    problems,
  });
  const simulation = readSimulation(fields.simulation, parent?.simulation, place, problems);
  if (problems.length > 0) throw new ScenarioError(problems.concat(staticFormulaProblems([...cells, ...standIns], own, placeCell)));

  return {
    name: data.name ?? scenarioNameOf(file),
    // A file's description is its own: the parent's words describe the parent, not what this file changes.
    description: data.description,
    baseYear: baseYear!,
    cells,
    file,
    extends: data.extends,
    extendedFiles: parent ? [parent.file, ...parent.extendedFiles] : [],
    inherited,
    document,
    text,
    place: placeCell,
    ...provenance,
    ...(simulation === undefined ? {} : { simulation }),
  };
}

/** The two cell sections in the order the file has them. */
function sectionsInFileOrder(positionAt: YamlFile['positionAt']): ['inputs' | 'formulas', 'inputs' | 'formulas'] {
  const [inputs, formulas] = [positionAt(['inputs']), positionAt(['formulas'])];
  const formulasFirst = formulas.line < inputs.line || (formulas.line === inputs.line && formulas.col < inputs.col);
  return formulasFirst ? ['formulas', 'inputs'] : ['inputs', 'formulas'];
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
  used: ReadonlySet<string> = new Set(),
): Problem[] {
  const added = [...own.values()].filter((cell) => cell.kind === 'input' && !inherited.has(cell.name) && !used.has(cell.name));
  if (added.length === 0) return [];
  const model = buildModel(cells, parent.baseYear);
  // One suggester for all of them, so that thousands of new inputs cost no more than its budget.
  const suggester = new Suggester([...inherited.values()].filter((cell) => cell.kind === 'input').map((cell) => cell.name));
  return added.flatMap((cell) => {
    if (dependentsOf(model, cell.name).length > 0) return [];
    const meant = suggester.closest(cell.name);
    if (meant === undefined) return [];
    const message = `${cell.name} is a new input that nothing uses; did you mean ${meant} from ${parent.file}? Rename it to change the inherited input, or remove it`;
    return [{ ...placeName(cell), message }];
  });
}

/** An input keeps its parent input's source (a value changed from it is marked so); a formula made an input does not. */
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
    ...rangeOf(entry, base),
    description: entry.description ?? parent?.description,
    source: entry.source ?? base?.source,
  };
}

/**
 * A formula keeps its parent's source only when it is the parent's formula unchanged: a cell the file turns from an
 * input into a formula, or whose formula it replaces, computes another value, which the parent's source does not give.
 */
function formulaCell(name: string, entry: FormulaEntry, parent: Cell | undefined): FormulaCell {
  return {
    kind: 'formula',
    name,
    formula: entry.formula,
    unit: (entry.unit ?? parent?.unit ?? 'number') as FormulaCell['unit'],
    description: entry.description ?? parent?.description,
    source: entry.source ?? (parent?.kind === 'formula' && parent.formula.trim() === entry.formula.trim() ? parent.source : undefined),
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
