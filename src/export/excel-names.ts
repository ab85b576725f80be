/** Text a spreadsheet would read as a cell reference (A1, xfd12) or in R1C1 notation (R, C, R2C3), not as a name. */
const REFERENCE_LIKE = /^(?:[A-Za-z]{1,3}\d+|[RrCc]\d*|[Rr]\d*[Cc]\d*)$/;
const CONSTANTS = new Set(['true', 'false']);

/**
 * A defined name for each cell name: the cell's own name where a spreadsheet accepts it, otherwise the name with
 * `_` after it (`ab12` is a cell reference, so it becomes `ab12_`). Spreadsheets do not tell upper from lower case,
 * so a name that differs from an earlier one only in case gets `_` too.
 */
export function definedNames(cells: Iterable<string>): Map<string, string> {
  const taken = new Set<string>();
  const names = new Map<string, string>();
  for (const cell of cells) {
    let name = cell;
    while (REFERENCE_LIKE.test(name) || CONSTANTS.has(name.toLowerCase()) || taken.has(name.toLowerCase())) name = `${name}_`;
    taken.add(name.toLowerCase());
    names.set(cell, name);
  }
  return names;
}
