import { ABSENT, type FormattedComparison } from '../../../analysis/index.js';
import { wrapText } from '../../wrap.js';

/** Lines under the comparison: what its marks mean, then the errors; wrapped so that every word shows. */
export interface CompareNotes {
  readonly notes: readonly string[];
  readonly errors: readonly string[];
}

/** Error lines beyond this are summed up in one, so the table keeps its room; `nhs-whatif compare` lists all. */
const MAX_ERROR_LINES = 4;

export function compareNotes(table: FormattedComparison | undefined, everyYear: boolean, columns: number): CompareNotes {
  if (!table) return { notes: [], errors: [] };
  const notes = [`Changes against the first column: ▲ up, ▼ down; shares in percentage points (pp).`];
  notes.push(everyYear ? 'Series: every year and total.' : 'Series: final year and total.');
  if (table.horizonsDiffer) notes.push('Horizons differ: totals and sums over the years are not subtracted.');
  if (table.hasAbsent) notes.push(`${ABSENT}: no such cell or year in that scenario.`);
  const count = table.errors.length;
  const errors = count === 0 ? [] : wrapText(`✗ ${count} error${count === 1 ? '' : 's'}: ${table.errors.join('; ')}`, columns);
  const kept =
    errors.length <= MAX_ERROR_LINES ? errors : [...errors.slice(0, MAX_ERROR_LINES - 1), '… and more: nhs-whatif compare lists every error with its place'];
  return { notes: wrapText(notes.join(' '), columns), errors: kept };
}
