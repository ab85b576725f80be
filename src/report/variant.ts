import { type Cell, formatNumber } from '../engine/index.js';

/** At most this many changes are named; the rest are counted. */
const NAMED = 4;

/** A cell as the file that extends another sets it: an input's value, or a formula. */
const setTo = (cell: Cell): string => (cell.kind === 'input' ? `${cell.name} ${formatNumber(cell.value, cell.unit)}` : `${cell.name} = ${cell.formula}`);

/**
 * What a scenario that extends another changes of it, in words, for a file that gives no description of its own:
 * `Baseline with marginal_private_share 20.00%`. Changed values and formulas, and new cells, are named; a file that
 * changes no cell (only adds sources, checks or observations) is the parent with the same cells.
 */
export function variantDescription(parentName: string, cells: readonly Cell[], inherited: ReadonlyMap<string, Cell>): string {
  const changed = cells.filter((cell) => {
    const before = inherited.get(cell.name);
    if (!before || before.kind !== cell.kind) return true;
    return cell.kind === 'input' ? cell.value !== (before as typeof cell).value : cell.formula !== (before as typeof cell).formula;
  });
  if (changed.length === 0) return `${parentName} with the same cells`;
  const named = changed.slice(0, NAMED).map(setTo).join(', ');
  const more = changed.length - NAMED;
  return `${parentName} with ${named}${more > 0 ? ` and ${more} more change${more === 1 ? '' : 's'}` : ''}`;
}
