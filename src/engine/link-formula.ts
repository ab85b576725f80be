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

/** Resolves a formula's names to cells: unknown names (with a suggestion), the horizon the year needs, at()'s years. */
export function linkFormula(formula: ParsedFormula, scope: LinkScope): LinkedFormula {
  const problems: LinkProblem[] = [];
  const problem = (message: string, index: number | undefined, cause: StaticCause = 'unknown-name') => {
    if (!problems.some((each) => each.message === message)) problems.push({ message, index, cause });
  };
  for (const { name, index } of formula.names) {
    if (scope.positionOf(name) === undefined) problem(unknownName(name, scope.suggestion(name)), index);
  }
  const dependencies: string[] = [];
  const dependencyPositions: number[] = [];
  const depend = (name: string, position: number) => {
    if (dependencyPositions.includes(position)) return;
    dependencies.push(name);
    dependencyPositions.push(position);
  };
  const horizon = scope.positionOf(HORIZON_CELL);
  const readPositions = formula.reads.map((read) => {
    if (read.kind === 'cell') {
      const position = scope.positionOf(read.name);
      if (position === undefined) return MISSING_READ;
      depend(read.name, position);
      return position;
    }
    const word = read.kind === 'year' ? YEAR_SYMBOL : 'at';
    if (horizon === undefined) {
      const needs = read.kind === 'year' ? `uses the year "${YEAR_SYMBOL}", which` : `at(…, "${read.label}")`;
      problem(`${needs} needs an input named ${HORIZON_CELL}`, wordAt(formula.text, word));
    } else depend(HORIZON_CELL, horizon);
    if (read.kind === 'year') return YEAR_READ;
    if (yearIndex(scope.baseYear, read.year) < 0) {
      problem(`at(…, "${read.label}"): ${read.label} is not after the base year ${scope.baseYear}`, wordAt(formula.text, word), 'formula');
    }
    return LABEL_READ;
  });
  return { readPositions, dependencies, dependencyPositions, problems };
}
