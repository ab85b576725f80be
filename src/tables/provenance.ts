import { CHECK_MARKS, type CheckResult } from '../analysis/checks.js';
import { changedFromSourceText, citationOfCell } from '../analysis/citations.js';
import type { ObservedRow } from '../analysis/observed.js';
import { type Cell, formatNumber, isSeries, type Sheet } from '../engine/index.js';
import { citationOf } from '../scenario/citation.js';
import type { SourceRecord } from '../scenario/provenance.js';
import { absentCell, EMPTY, errorCell, numberCell, type Table, type TableCell, textCell } from './table.js';

/** What a scenario's report says about where its numbers come from, the claims checked and what was observed. */
export interface ProvenanceFindings {
  readonly sheet: Sheet;
  readonly sources: ReadonlyMap<string, SourceRecord>;
  readonly checks: readonly CheckResult[];
  readonly observed: readonly ObservedRow[];
}

/** `✓`, `✗` or `!`, with the outcome in words for the JSON. */
const checkMark = (result: CheckResult): string => CHECK_MARKS[result.outcome.kind];

/** The values a check tested: each cell its formula reads, as the scenario has it (a value per year as first to last). */
function testedText(sheet: Sheet, result: CheckResult): string {
  return result.reads
    .flatMap((name) => {
      const compiled = sheet.model.cells.get(name);
      const value = sheet.evaluation.results.get(name);
      if (!compiled || !value) return [];
      if (!value.ok) return [`${name} has an error`];
      const { unit } = compiled.cell;
      if (!isSeries(value.value)) return [`${name} ${formatNumber(value.value, unit)}`];
      const { years } = sheet.evaluation;
      const [first, last] = [value.value[0], value.value.at(-1)];
      if (first === undefined || last === undefined) return [`${name} (no years)`];
      return [`${name} ${formatNumber(first, unit)} in ${years[0]} to ${formatNumber(last, unit)} in ${years.at(-1)}`];
    })
    .join(', ');
}

/** The values a check tested, for the JSON: each cell its formula reads, at full precision (null for an error). */
function testedValues(sheet: Sheet, result: CheckResult): Record<string, number | readonly number[] | null> {
  return Object.fromEntries(
    result.reads.flatMap((name) => {
      const value = sheet.evaluation.results.get(name);
      return value ? [[name, value.ok ? value.value : null]] : [];
    }),
  );
}

/**
 * One row per check: its mark, name, the values it tested (the cells its formula reads, as this scenario has them),
 * the claim and the source it comes from; notes give each check's caveat and errors.
 */
export function checksTable({ sheet, checks }: ProvenanceFindings): Table | undefined {
  if (checks.length === 0) return undefined;
  const notes = checks.flatMap((result) =>
    result.outcome.kind === 'error' ? [`${CHECK_MARKS.error} ${result.check.name} cannot be computed: ${result.outcome.error}.`] : [],
  );
  return {
    title: 'Checks (✓ the claim holds in this scenario, ✗ it does not, ! cannot be computed)',
    only: 'people',
    columns: [
      { header: '' },
      { header: 'check', align: 'left' },
      { header: 'tested in this scenario', align: 'left' },
      { header: 'claim', align: 'left' },
      { header: 'source', align: 'left' },
    ],
    rows: checks.map((result) => [
      textCell(checkMark(result)),
      textCell(result.check.name),
      textCell(testedText(sheet, result)),
      textCell(result.check.claim),
      textCell(result.record ? citationOf(result.record) : result.check.source),
    ]),
    ...(notes.length > 0 ? { notes } : {}),
  };
}

/** What each check can and cannot establish, and its caveats: one row per check with a note. */
export function checkNotesTable({ checks }: ProvenanceFindings): Table | undefined {
  const noted = checks.filter((result) => result.check.note);
  if (noted.length === 0) return undefined;
  return {
    title: 'What each check can and cannot establish',
    only: 'people',
    columns: [{ header: 'check' }, { header: 'note', align: 'left' }],
    rows: noted.map((result) => [textCell(result.check.name), textCell(result.check.note!)]),
  };
}

/** A cell's value when it is one number: an input's, or a formula's computed single value. */
function singleValue(sheet: Sheet, cell: Cell): number | undefined {
  if (cell.kind === 'input') return cell.value;
  const result = sheet.evaluation.results.get(cell.name);
  return result?.ok && !isSeries(result.value) ? result.value : undefined;
}

/** Every input, and each formula that cites a source: its value, where it comes from, and whether it differs from its source. */
export function citationsTable({ sheet, sources }: ProvenanceFindings): Table | undefined {
  const cells = [...sheet.model.cells.values()].map(({ cell }) => cell).filter((cell) => cell.kind === 'input' || cell.source !== undefined);
  if (sources.size === 0 && cells.every((cell) => cell.source === undefined)) return undefined;
  const rows = cells.map((cell): TableCell[] => {
    const single = singleValue(sheet, cell);
    const citation = citationOfCell(cell, sources, single);
    const changed = changedFromSourceText(cell, citation);
    const value = single === undefined ? EMPTY : numberCell(single, cell.unit);
    const source = citation.kind === 'none' ? (cell.source ?? 'not given') : citation.kind === 'record' ? citation.record.id : `assumption: ${citation.why}`;
    return [textCell(cell.name), value, textCell(source), changed ? textCell(`≠ ${changed}`) : EMPTY];
  });
  return {
    title: 'Where the numbers come from (≠ changed from its source)',
    only: 'people',
    columns: [{ header: 'cell' }, { header: 'value' }, { header: 'source', align: 'left' }, { header: 'changed from its source', align: 'left' }],
    rows,
  };
}

/** Each source record once: its id and citation (publisher, title, date), and its address where known. */
export function sourcesTable({ sources }: ProvenanceFindings): Table | undefined {
  if (sources.size === 0) return undefined;
  const records = [...sources.values()];
  const urls = records.some((record) => record.url !== undefined);
  return {
    title: 'Sources',
    only: 'people',
    columns: [{ header: 'source' }, { header: 'citation', align: 'left' }, ...(urls ? [{ header: 'url', align: 'left' as const }] : [])],
    rows: records.map((record) => [textCell(record.id), textCell(citationOf(record)), ...(urls ? [record.url ? textCell(record.url) : EMPTY] : [])]),
  };
}

const projectedCell = (row: ObservedRow): TableCell =>
  row.projected.kind === 'value'
    ? numberCell(row.projected.value, row.unit)
    : row.projected.kind === 'error'
      ? errorCell(row.projected.error)
      : absentCell(row.projected.reason);

/** Projected against observed, year by year, with the difference (projected − observed) and each value's source. */
export function observedTable({ observed }: ProvenanceFindings): Table | undefined {
  if (observed.length === 0) return undefined;
  const outside = observed.some((row) => row.projected.kind === 'absent');
  return {
    title: 'Projected against observed (difference = projected − observed; observations never change the model)',
    only: 'people',
    columns: [
      { header: 'cell' },
      { header: 'year' },
      { header: 'projected' },
      { header: 'observed' },
      { header: 'difference' },
      { header: 'source', align: 'left' },
    ],
    rows: observed.map((row) => [
      textCell(row.cell),
      textCell(row.year),
      projectedCell(row),
      numberCell(row.observed, row.unit),
      row.difference === undefined ? EMPTY : numberCell(row.difference, row.unit, 'change'),
      textCell(row.record ? citationOf(row.record) : row.source),
    ]),
    notes: [
      'Shares differ in percentage points (pp).',
      ...(outside ? ['— means the year is outside the horizon projected.'] : []),
      ...[...new Set(observed.flatMap((row) => (row.note ? [`${row.cell} ${row.year}: ${row.note}`] : [])))],
    ],
  };
}

/** The provenance part of a report's JSON: full precision, every record, check and observation. */
export function provenanceDocument({ sheet, sources, checks, observed }: ProvenanceFindings): Record<string, unknown> {
  const citations: Record<string, unknown> = {};
  for (const { cell } of sheet.model.cells.values()) {
    const citation = citationOfCell(cell, sources, singleValue(sheet, cell));
    if (cell.source === undefined) continue;
    citations[cell.name] = {
      source: cell.source,
      ...(citation.kind !== 'none' && citation.supported !== undefined ? { supported: citation.supported } : {}),
      changedFromSource: citation.kind !== 'none' && citation.changed,
    };
  }
  const observedByCell: Record<string, unknown[]> = {};
  for (const row of observed) {
    observedByCell[row.cell] ??= [];
    observedByCell[row.cell]!.push({
      year: row.year,
      observed: row.observed,
      projected: row.projected.kind === 'value' ? row.projected.value : row.projected.kind === 'error' ? { error: row.projected.error } : null,
      difference: row.difference ?? null,
      source: row.source,
      ...(row.note ? { note: row.note } : {}),
    });
  }
  return {
    sources: Object.fromEntries(
      [...sources.values()].map(({ id, place: _place, supports, ...record }) => [
        id,
        {
          ...record,
          citation: citationOf({ id, supports, place: _place, ...record }),
          ...(supports.size > 0 ? { supports: Object.fromEntries(supports) } : {}),
        },
      ]),
    ),
    citations,
    checks: Object.fromEntries(
      checks.map((result) => [
        result.check.name,
        {
          holds: result.outcome.kind === 'error' ? null : result.outcome.kind === 'holds',
          claim: result.check.claim,
          source: result.check.source,
          formula: result.check.formula,
          tested: testedValues(sheet, result),
          ...(result.check.note ? { note: result.check.note } : {}),
          ...(result.outcome.kind === 'error' ? { error: result.outcome.error } : {}),
        },
      ]),
    ),
    observed: observedByCell,
  };
}
