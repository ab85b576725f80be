import type { Cell } from '../engine/types.js';

/** Where a number comes from, as a workbook and a briefing list it. */
export interface SourceRecord {
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

/** What the provenance readers need of a scenario: its cells (and, later, its own sources and checks). */
export interface ProvenanceOf {
  readonly cells: readonly Cell[];
}

const isAssumption = (text: string): boolean => /^\s*assum/i.test(text);

/**
 * The scenario's sources: today each distinct `source` text of its cells, in order of first use, with the cells
 * that give it. A scenario that carries its own source records is read here instead, and nothing else changes.
 */
export function sourcesOf(scenario: ProvenanceOf): SourceRecord[] {
  const byText = new Map<string, string[]>();
  for (const cell of scenario.cells) {
    const text = cell.source?.trim();
    if (!text) continue;
    const cells = byText.get(text);
    if (cells) cells.push(cell.name);
    else byText.set(text, [cell.name]);
  }
  return [...byText].map(([citation, cells], i) => ({ id: `S${i + 1}`, citation, kind: isAssumption(citation) ? 'assumption' : 'source', cells }));
}

/** The scenario's checks: none yet in today's scenario files. A scenario that carries checks is read here. */
export function checksOf(_scenario: ProvenanceOf): CheckRecord[] {
  return [];
}

/** An input's source as a reader sees it: its citation, or "assumption" when it has none. */
export const citationOf = (cell: Cell): string => cell.source?.trim() || 'assumption';
