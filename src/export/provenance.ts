import { changedFromSourceText, citationOfCell, citationText } from '../analysis/citations.js';
import { citationOf as citeRecord, type Scenario, sourceDate, sourceRefOf } from '../scenario/index.js';

/** A source as a workbook and a briefing list it: a record or an assumption, with the cells that cite it. */
export interface CitedSource {
  /** How cells and checks refer to it. */
  readonly id: string;
  /** The citation as a reader sees it. */
  readonly citation: string;
  /** An assumption is the modeller's own choice, not a publication. */
  readonly kind: 'source' | 'assumption';
  /** The cells that cite it, in the scenario's order. */
  readonly cells: readonly string[];
  readonly publisher?: string;
  readonly title?: string;
  readonly date?: string;
  readonly url?: string;
  readonly quote?: string;
}

/** A claim a scenario checks: a formula of its cells that must be true. */
export interface CheckRecord {
  readonly name: string;
  readonly claim: string;
  /** The citation of the claim's source, if it has one. */
  readonly source?: string;
  readonly formula: string;
}

/** What the provenance readers need of a scenario: its cells, its source records and its checks. */
export type ProvenanceOf = Pick<Scenario, 'cells' | 'sources' | 'checks'>;

/**
 * The scenario's sources: every record it carries, with the cells that cite it (directly, or as the record an edited
 * value was changed from), then each distinct assumption with the cells that make it.
 */
export function sourcesOf(scenario: ProvenanceOf): CitedSource[] {
  const citing = new Map<string, string[]>();
  const assumptions = new Map<string, string[]>();
  for (const cell of scenario.cells) {
    const ref = cell.source === undefined ? undefined : sourceRefOf(cell.source);
    if (ref?.kind === 'record') (citing.get(ref.id) ?? citing.set(ref.id, []).get(ref.id)!).push(cell.name);
    else if (ref?.kind === 'assumption') {
      const text = `assumption: ${ref.why}`;
      (assumptions.get(text) ?? assumptions.set(text, []).get(text)!).push(cell.name);
    }
  }
  const records: CitedSource[] = [...scenario.sources.values()].map((record) => ({
    id: record.id,
    citation: citeRecord(record),
    kind: 'source',
    cells: citing.get(record.id) ?? [],
    publisher: record.publisher,
    ...(record.title ? { title: record.title } : {}),
    ...(record.date ? { date: sourceDate(record.date) } : {}),
    ...(record.url ? { url: record.url } : {}),
    ...(record.quote ? { quote: record.quote } : {}),
  }));
  const made = [...assumptions].map(([citation, cells], i): CitedSource => ({ id: `assumption-${i + 1}`, citation, kind: 'assumption', cells }));
  return [...records, ...made];
}

/** The scenario's checks, each with its claim's source cited as a reader sees it. */
export function checksOf(scenario: ProvenanceOf): CheckRecord[] {
  return scenario.checks.map((check) => {
    const record = scenario.sources.get(check.source);
    return { name: check.name, claim: check.claim, source: record ? citeRecord(record) : check.source, formula: check.formula };
  });
}

/** An input's source as a reader sees it, and how its value differs from what that source supports, if it does. */
export interface InputCitation {
  /** The record's citation, the assumption and why, or "not given". */
  readonly citation: string;
  /** `≠ 52.94% per HuffPost UK, …; here 20.00%`, as `run` marks it, for a value changed from its source. */
  readonly changed?: string;
}

/** Each input's citation by name, with the mark `run` gives an input changed from its source (changedFromSourceText). */
export function inputCitationsOf(scenario: ProvenanceOf): Map<string, InputCitation> {
  const citations = new Map<string, InputCitation>();
  for (const cell of scenario.cells) {
    if (cell.kind !== 'input') continue;
    const citation = citationOfCell(cell, scenario.sources);
    const changed = changedFromSourceText(cell, citation);
    citations.set(cell.name, { citation: citationText(citation) ?? cell.source ?? 'not given', ...(changed ? { changed: `≠ ${changed}` } : {}) });
  }
  return citations;
}
