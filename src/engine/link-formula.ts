import type { StaticCause } from './cell-error.js';
import { LABEL_READ, MISSING_READ, YEAR_READ } from './compute-formula.js';
import type { ParsedFormula } from './formula.js';
import { isMathName } from './math.js';
import { HORIZON_CELL, YEAR_SYMBOL } from './names.js';
import { yearIndex } from './years.js';

/** A problem found when linking a formula to its model. */
export interface LinkProblem {
  readonly message: string;
  /** Character offset in the formula text. */
  readonly index: number | undefined;
  readonly cause: StaticCause;
}

/** A formula's reads resolved against the cells of a model. */
export interface LinkedFormula {
  /** Where each read comes from: a cell's position, YEAR_READ, LABEL_READ, or MISSING_READ for an unknown name. */
  readonly readPositions: readonly number[];
  /** The cells it reads (the horizon for the year `t` and at()), in the order it first reads them. */
  readonly dependencies: readonly string[];
  readonly dependencyPositions: readonly number[];
  readonly problems: readonly LinkProblem[];
}

/** What linking needs of the model. */
export interface LinkScope {
  readonly positionOf: (name: string) => number | undefined;
  readonly baseYear: string;
  /** ` (did you mean "x"?)` for an unknown name, or what to say instead (a model's Suggester bounds the work). */
  readonly suggestion: (name: string) => string;
}

function unknownName(name: string, suggestion: string): string {
  if (suggestion === '' && isMathName(name)) return `unknown name "${name}": formulas cannot use units or constants, only the scenario's cells`;
  return `unknown name "${name}"${suggestion}`;
}

/** Where the year `t` or at() is used in a formula's text, for the error's position. */
function wordAt(text: string, word: string): number | undefined {
  return new RegExp(`(?<![\\w$])${word}(?![\\w$])`).exec(text)?.index;
}

function addProblem(problems: LinkProblem[], message: string, index: number | undefined, cause: StaticCause = 'unknown-name'): void {
  if (!problems.some((each) => each.message === message)) problems.push({ message, index, cause });
}

/** A formula's dependencies as they are found; past a few, `seen` holds their positions too. */
interface DependencyList {
  readonly dependencies: string[];
  readonly dependencyPositions: number[];
  seen: Set<number> | undefined;
}

/** Adds a dependency once; a formula naming many cells looks its positions up in `seen` rather than in the list. */
function addDependency(linked: DependencyList, name: string, position: number): void {
  const { dependencyPositions } = linked;
  if (linked.seen === undefined) {
    if (dependencyPositions.includes(position)) return;
    if (dependencyPositions.length >= FEW_DEPENDENCIES) linked.seen = new Set(dependencyPositions);
  } else if (linked.seen.has(position)) return;
  linked.seen?.add(position);
  linked.dependencies.push(name);
  dependencyPositions.push(position);
}

/** Up to this many dependencies, a repeated one is found by looking through the list. */
const FEW_DEPENDENCIES = 8;

/** Resolves a formula's names to cells: unknown names (with a suggestion), the horizon the year needs, at()'s years. */
export function linkFormula(formula: ParsedFormula, scope: LinkScope): LinkedFormula {
  // No closures here: this runs once per formula of the file.
  const problems: LinkProblem[] = [];
  for (const { name, index } of formula.names) {
    if (scope.positionOf(name) === undefined) addProblem(problems, unknownName(name, scope.suggestion(name)), index);
  }
  const linked: DependencyList = { dependencies: [], dependencyPositions: [], seen: undefined };
  const { reads } = formula;
  const readPositions: number[] = new Array(reads.length);
  let horizon: number | undefined | null = null;
  for (let i = 0; i < reads.length; i++) {
    const read = reads[i]!;
    if (read.kind === 'cell') {
      const position = scope.positionOf(read.name);
      if (position === undefined) readPositions[i] = MISSING_READ;
      else {
        addDependency(linked, read.name, position);
        readPositions[i] = position;
      }
      continue;
    }
    if (horizon === null) horizon = scope.positionOf(HORIZON_CELL);
    const word = read.kind === 'year' ? YEAR_SYMBOL : 'at';
    if (horizon === undefined) {
      const needs = read.kind === 'year' ? `uses the year "${YEAR_SYMBOL}", which` : `at(…, "${read.label}")`;
      addProblem(problems, `${needs} needs an input named ${HORIZON_CELL}`, wordAt(formula.text, word));
    } else addDependency(linked, HORIZON_CELL, horizon);
    if (read.kind === 'year') {
      readPositions[i] = YEAR_READ;
      continue;
    }
    if (yearIndex(scope.baseYear, read.year) < 0) {
      addProblem(problems, `at(…, "${read.label}"): ${read.label} is not after the base year ${scope.baseYear}`, wordAt(formula.text, word), 'formula');
    }
    readPositions[i] = LABEL_READ;
  }
  return { readPositions, dependencies: linked.dependencies, dependencyPositions: linked.dependencyPositions, problems };
}
