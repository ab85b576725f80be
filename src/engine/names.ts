import { isMathName } from './math.js';

export { closestName, didYouMean } from './suggest.js';

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
    return `${JSON.stringify(name)} is not a valid cell name: use letters, digits and _, starting with a letter`;
  }
  if (name === YEAR_SYMBOL) return `"${name}" is reserved for the projected year (1..${HORIZON_CELL})`;
  if (isMathName(name)) {
    return `"${name}" clashes with a built-in function, constant or unit: choose another name, e.g. "${name}_value"`;
  }
  return undefined;
}
