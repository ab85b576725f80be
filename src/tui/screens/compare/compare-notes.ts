import { ABSENT, type FormattedComparison } from '../../../analysis/index.js';
import { plural } from '../../../engine/index.js';
import { wrapText } from '../../wrap.js';

/** Lines under the comparison: what its marks mean, then the errors; wrapped so that every word shows. */
export interface CompareNotes {
  readonly notes: readonly string[];
  readonly errors: readonly string[];
}

export interface NoteOptions {
  /** Series shown for every year, or their final year and total. */
  readonly everyYear: boolean;
  /** Only the rows that differ are shown: how many, of how many. */
  readonly changedOnly?: { readonly shown: number; readonly of: number };
  /** The years every total covers, when they are the same for every scenario. */
  readonly totals?: string | undefined;
  readonly columns: number;
}

/** Error lines beyond this are summed up in one, so the table keeps its room; `nhs-whatif compare` lists all. */
const MAX_ERROR_LINES = 4;

export function compareNotes(table: FormattedComparison | undefined, options: NoteOptions): CompareNotes {
  if (!table) return { notes: [], errors: [] };
  const { everyYear, changedOnly, totals, columns } = options;
  const reference = table.scenarios[0] ?? 'the first column';
  const notes = [`Changes against ${reference} (r: another reference): ▲ up, ▼ down; shares in percentage points (pp).`];
  notes.push(everyYear ? 'Series: every year and total.' : 'Series: final year and total.');
  if (totals) notes.push(`Totals over ${totals}.`);
  if (changedOnly) notes.push(`Only the ${changedOnly.shown} of ${changedOnly.of} rows that differ (f: every row).`);
  if (table.horizonsDiffer) notes.push('Horizons differ: totals and sums over the years are not subtracted.');
  if (table.hasAbsent) notes.push(`${ABSENT}: no such cell or year in that scenario.`);
  if (table.hasObserved) notes.push("Observed: published later (a file's observed:), with each projection minus it; never changes the model.");
  const count = table.errors.length;
  const errors = count === 0 ? [] : wrapText(`✗ ${plural(count, 'error')}: ${table.errors.join('; ')}`, columns);
  const kept =
    errors.length <= MAX_ERROR_LINES ? errors : [...errors.slice(0, MAX_ERROR_LINES - 1), '… and more: nhs-whatif compare lists every error with its place'];
  return { notes: wrapText(notes.join(' '), columns), errors: kept };
}
