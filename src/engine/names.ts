import { CONTROL_CHARACTER } from './format.js';
import { isMathName } from './math.js';

export { closestName, didYouMean, NO_SUGGESTIONS, SUGGESTION_BUDGET, Suggester } from './suggest.js';

/** The symbol every series formula may use: the projected year, 1..horizon. */
export const YEAR_SYMBOL = 't';
/** The input whose value sets how many years series cells run for. */
export const HORIZON_CELL = 'horizon_years';
export const MAX_HORIZON = 100;
const MAX_NAME_LENGTH = 64;

const NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;

const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, 'g');

/** A name in quotes with every control and bidirectional character escaped (`"x\u202e"`), so it shows as it is. */
const quoted = (name: string): string => JSON.stringify(name).replace(CONTROL_CHARACTERS, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Why `name` cannot be a cell name, or undefined when it can. */
export function cellNameProblem(name: string): string | undefined {
  if (name.length > MAX_NAME_LENGTH) return `cell name is longer than ${MAX_NAME_LENGTH} characters`;
  if (!NAME_PATTERN.test(name)) {
    return `${quoted(name)} is not a valid cell name: use letters, digits and _, starting with a letter`;
  }
  if (name === YEAR_SYMBOL) return `"${name}" is reserved for the projected year (1..${HORIZON_CELL})`;
  if (isMathName(name)) {
    return `"${name}" clashes with a built-in function, constant or unit: choose another name, e.g. "${name}_value"`;
  }
  return undefined;
}
