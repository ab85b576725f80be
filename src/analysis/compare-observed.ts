import { isSeries, type Unit } from '../engine/index.js';
import type { SourceRecord } from '../scenario/provenance.js';
import type { ComparedValue, Comparison, ComparisonRow, Difference } from './compare.js';
import { differenceOf, type ObservedSheet } from './observed.js';

/** One value a compared scenario's file records as observed, with who published it. */
interface Published {
  readonly cell: string;
  readonly year: string;
  readonly value: number;
  /** The record's id. */
  readonly source: string;
  /** Who published it and when, short (`The King's Fund, 2021`), or the id when the record is not known. */
  readonly citation: string;
}

/** A record in a row's label: its publisher up to any comma (`Public Accounts Committee`), and the year. */
function briefCitation(record: SourceRecord): string {
  const publisher = record.publisher.split(',')[0]!.trim();
  const year = record.date?.slice(0, 4);
  return year ? `${publisher}, ${year}` : publisher;
}

/** Every observed value the scenarios' files record, each once (the same cell, year, value and source in several files is one). */
function publishedValues(entries: readonly ObservedSheet[]): Published[] {
  const seen = new Map<string, Published>();
  for (const entry of entries) {
    for (const observation of entry.observed?.values() ?? []) {
      for (const each of observation.values) {
        const key = JSON.stringify([observation.cell, each.year, each.value, each.source]);
        if (seen.has(key)) continue;
        const record = entry.sources?.get(each.source);
        seen.set(key, {
          cell: observation.cell,
          year: each.year,
          value: each.value,
          source: each.source,
          citation: record ? briefCitation(record) : each.source,
        });
      }
    }
  }
  return [...seen.values()];
}

/** A scenario's projection for the observed year minus the observed value, or why it has none. */
function projectedMinusObserved(entry: ObservedSheet, published: Published): ComparedValue {
  const result = entry.model.cells.has(published.cell) ? entry.evaluation.results.get(published.cell) : undefined;
  if (!result) return { kind: 'absent', reason: 'not in this scenario' };
  if (!result.ok) return { kind: 'error', error: result.error };
  if (!isSeries(result.value)) return { kind: 'absent', reason: 'a single number in this scenario, not a series' };
  const projected = result.value[entry.evaluation.years.indexOf(published.year)];
  if (projected === undefined) return { kind: 'absent', reason: `${published.year} is outside this scenario's horizon` };
  return { kind: 'value', value: differenceOf(projected, published.value) };
}

const changeFrom = (value: ComparedValue, first: ComparedValue | undefined): Difference | undefined =>
  value.kind === 'value' && first?.kind === 'value' ? { absolute: value.value - first.value } : undefined;

/** The two rows of one observed value: the value as published, then each scenario's projection minus it. */
function observedRows(published: Published, unit: Unit, entries: readonly ObservedSheet[]): ComparisonRow[] {
  const { cell, year, value, source, citation } = published;
  const drift = entries.map((entry) => projectedMinusObserved(entry, published));
  return [
    {
      cell,
      label: `${cell} observed ${year} (${citation})`,
      part: 'observed',
      year,
      unit,
      source,
      values: entries.map((): ComparedValue => ({ kind: 'value', value })),
      differences: entries.slice(1).map(() => undefined),
    },
    {
      cell,
      label: `${cell} ${year} projected − observed`,
      part: 'projected-minus-observed',
      year,
      unit,
      source,
      values: drift,
      differences: drift.slice(1).map((each) => changeFrom(each, drift[0])),
    },
  ];
}

/**
 * The comparison with what the scenarios' files record as observed (`observed:`), for the cells it shows: after a
 * cell's rows, for each observed year, the published value and each scenario's projection minus it, so that one
 * file's observations show every scenario's drift from them. Observations never change the model. `only` keeps the
 * observed cells it accepts (for --real, those not in money, since observed money is in cash).
 */
export function withObserved(comparison: Comparison, entries: readonly ObservedSheet[], only: (unit: Unit) => boolean = () => true): Comparison {
  const published = publishedValues(entries);
  if (published.length === 0) return comparison;
  const lastRowOf = new Map<string, number>();
  comparison.rows.forEach((row, i) => {
    lastRowOf.set(row.cell, i);
  });
  const after = new Map<number, ComparisonRow[]>();
  // Each cell's values in year order; a stable sort keeps those of one year in the order the files give them.
  for (const each of [...published].sort((a, b) => a.year.localeCompare(b.year))) {
    const at = lastRowOf.get(each.cell);
    if (at === undefined) continue;
    const unit = comparison.rows[at]!.unit;
    if (!only(unit)) continue;
    const rows = after.get(at) ?? [];
    rows.push(...observedRows(each, unit, entries));
    after.set(at, rows);
  }
  if (after.size === 0) return comparison;
  return { ...comparison, rows: comparison.rows.flatMap((row, i) => [row, ...(after.get(i) ?? [])]) };
}

/** A row withObserved adds: a value as published, or each scenario's projection minus it. */
export const isObservedPart = (part: ComparisonRow['part']): part is 'observed' | 'projected-minus-observed' =>
  part === 'observed' || part === 'projected-minus-observed';

/** True when the comparison shows observed values. */
export const hasObserved = (comparison: Comparison): boolean => comparison.rows.some((row) => row.part === 'observed');
