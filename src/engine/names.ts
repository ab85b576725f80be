import { isMathName } from './math.js';

/** The symbol every series formula may use: the projected year, 1..horizon. */
export const YEAR_SYMBOL = 't';
/** The input whose value sets how many years series cells run for. */
export const HORIZON_CELL = 'horizon_years';
export const MAX_HORIZON = 100;
export const MAX_NAME_LENGTH = 64;

const NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Why `name` cannot be a cell name, or undefined when it can. */
export function cellNameProblem(name: string): string | undefined {
  if (name.length > MAX_NAME_LENGTH) return `cell name is longer than ${MAX_NAME_LENGTH} characters`;
  if (!NAME_PATTERN.test(name)) {
    return `"${name}" is not a valid cell name: use letters, digits and _, starting with a letter`;
  }
  if (name === YEAR_SYMBOL) return `"${name}" is reserved for the projected year (1..${HORIZON_CELL})`;
  if (isMathName(name)) {
    return `"${name}" clashes with a built-in function, constant or unit: choose another name, e.g. "${name}_value"`;
  }
  return undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The closest known name, if it is close enough to be a likely typo. */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

export const didYouMean = (name: string, known: Iterable<string>): string => {
  const suggestion = closestName(name, known);
  return suggestion ? ` (did you mean "${suggestion}"?)` : '';
};
