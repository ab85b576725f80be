import { type Cell, formatNumber } from '../engine/index.js';
import { ASSUMPTION_PREFIX, type SourceRecord, sourceRefOf } from './provenance.js';
import type { Scenario } from './scenario.js';
import { rangeFits } from './uncertainty-load.js';

/** An input edited to a value its range does not allow, without the range: it was given for another value. */
const withoutLeftRange = (cell: Cell): Cell =>
  cell.kind !== 'input' || rangeFits(cell) ? cell : { ...cell, low: undefined, high: undefined, distribution: undefined };

const same = (a: number, b: number): boolean => a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));

/**
 * The source an input should be saved with after its value changed from `before` (as loaded) to `cell.value`,
 * when the user left its source as it was: a saved file never cites a source for a value it does not give.
 *
 * - A record that supports the new value (or an assumption changed from one, now back at its value): the record.
 * - A record (or an assumption changed from one) that supports another value, or none: `assumption: changed from
 *   52.94% (hf-ft)`, naming what the record supports, else the value the file had.
 * - Any other assumption, which gave its reason for the old value: `assumption: changed from 2.00%`.
 */
export function sourceAfterEdit(cell: Cell, before: Cell, sources: ReadonlyMap<string, SourceRecord>): string | undefined {
  if (cell.kind !== 'input' || before.kind !== 'input' || cell.source === undefined || cell.source !== before.source) return cell.source;
  if (same(cell.value, before.value)) return cell.source;
  const ref = sourceRefOf(cell.source);
  if (!ref) return cell.source;
  const id = ref.kind === 'record' ? ref.id : ref.changedFrom;
  const record = id === undefined ? undefined : sources.get(id);
  if (id !== undefined && record) {
    const supported = record.supports.get(cell.name) ?? record.value;
    if (supported !== undefined && same(cell.value, supported)) return id;
    // An assumption already changed from this record keeps saying from what: the record's number, not the last edit.
    if (ref.kind === 'assumption' && supported !== undefined) return cell.source;
    return `${ASSUMPTION_PREFIX} changed from ${formatNumber(supported ?? before.value, cell.unit)} (${id})`;
  }
  return `${ASSUMPTION_PREFIX} changed from ${formatNumber(before.value, cell.unit)}`;
}

/**
 * The cells as they should be saved: each input whose value was edited, with a source the file itself gives and the
 * user left alone, gets a source that says so (see sourceAfterEdit). A source the file inherits through `extends`
 * is the parent's, about the parent's value, and is left to it (a value changed from it is marked when loaded). An
 * input edited to a value outside its range loses the range, which was given for another value, so the file loads.
 */
export function cellsToSave(scenario: Scenario, cells: readonly Cell[]): Cell[] {
  const before = new Map(scenario.cells.map((cell) => [cell.name, cell]));
  const ownSource = (cell: Cell) => {
    const inherited = scenario.inherited.get(cell.name);
    return !inherited || inherited.source !== cell.source || scenario.document().hasIn([cell.kind === 'input' ? 'inputs' : 'formulas', cell.name, 'source']);
  };
  return cells.map((edited) => {
    const cell = withoutLeftRange(edited);
    const was = before.get(cell.name);
    if (!was || !ownSource(was)) return cell;
    const source = sourceAfterEdit(cell, was, scenario.sources);
    return source === cell.source ? cell : { ...cell, source };
  });
}
