import type { Place } from './scenario.js';

/**
 * A publication or data set that numbers come from: who published it, what and when, and the words it uses. It may
 * say which numbers it supports, so that an input whose value no longer matches is marked "changed from its source".
 */
export interface SourceRecord {
  /** The key it has under `sources:`, which a cell's `source:` names. */
  readonly id: string;
  readonly publisher: string;
  readonly title?: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as known. */
  readonly date?: string;
  readonly url?: string;
  /** The source's own words. */
  readonly quote?: string;
  readonly note?: string;
  /**
   * The number the source supports, when it backs one: every input citing the record should hold it (`value:`
   * in the file).
   */
  readonly value?: number;
  /** The numbers it supports, by input, when it backs several (`supports:` in the file). */
  readonly supports: ReadonlyMap<string, number>;
  /** Where the record is defined (its id), for messages. */
  readonly place: Place;
}

/** What a cell's `source:` says: a record, or an assumption and why. */
export type SourceRef =
  | { readonly kind: 'record'; readonly id: string }
  | {
      readonly kind: 'assumption';
      readonly why: string;
      /**
       * Set when the assumption is a value changed from what a record supports, as saving writes it
       * (`assumption: changed from 52.94% (hf-ft)`): the record's id.
       */
      readonly changedFrom?: string;
    };

/** A named claim made by a source, and a formula of the scenario's cells that is true when the claim holds. */
export interface Check {
  readonly name: string;
  /** The claim in words, as the source makes it. */
  readonly claim: string;
  /** The id of the record the claim comes from. */
  readonly source: string;
  /** A comparison, or comparisons joined by and, or, not: true (1) when the claim holds. */
  readonly formula: string;
  /** What the check can and cannot establish, and any caveat, such as a different base. */
  readonly note?: string;
  /** Where its formula is, for messages. */
  readonly place: Place;
}

/** One value measured in the real world for one fiscal year. */
export interface ObservedValue {
  /** A fiscal year after the base year, such as `2019/20`. */
  readonly year: string;
  /** In the cell's terms (a share as a fraction: 0.072 for 7.2%). */
  readonly value: number;
  /** The id of the record it comes from (the cell's default source when the value names none). */
  readonly source: string;
  readonly note?: string;
}

/** What was observed later for one cell with a value per year. Observations never change the model. */
export interface Observation {
  readonly cell: string;
  /** In time order. */
  readonly values: readonly ObservedValue[];
  readonly note?: string;
}

/**
 * How money is shown in real terms: a cell that is either an annual growth rate of prices (a single percentage;
 * the index in projected year t is (1 + rate)^t) or a price index with a value per year (1 in the base year).
 */
export interface Deflator {
  readonly cell: string;
  readonly kind: 'rate' | 'index';
  /** Where `deflator:` is written, for messages. */
  readonly place: Place;
}

/** What a scenario says about where its numbers come from and what was observed, beside its cells. */
export interface Provenance {
  /** Records by id: the parent's, then the file's own. */
  readonly sources: ReadonlyMap<string, SourceRecord>;
  /** In order: the parent's (each replaced by the file's own of the same name), then the file's new ones. */
  readonly checks: readonly Check[];
  /** By cell: the parent's, each replaced by the file's own for the same cell, then the file's new ones. */
  readonly observed: ReadonlyMap<string, Observation>;
  readonly deflator?: Deflator;
}

export const NO_PROVENANCE: Provenance = { sources: new Map(), checks: [], observed: new Map() };

/** The word that starts an assumption's source, and the text after it is why. */
export const ASSUMPTION_PREFIX = 'assumption:';
export const SOURCE_ID_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]*$/;
export const MAX_SOURCE_ID_LENGTH = 64;

const CHANGED_FROM = /^changed from .+ \(([A-Za-z][A-Za-z0-9_.-]*)\)$/s;

/** What a source text says, or undefined when it is neither a record id nor `assumption: why`. */
export function sourceRefOf(text: string): SourceRef | undefined {
  const trimmed = text.trim();
  if (trimmed.toLowerCase().startsWith(ASSUMPTION_PREFIX)) {
    const why = trimmed.slice(ASSUMPTION_PREFIX.length).trim();
    if (why === '') return undefined;
    const changedFrom = CHANGED_FROM.exec(why)?.[1];
    return { kind: 'assumption', why, ...(changedFrom === undefined ? {} : { changedFrom }) };
  }
  return SOURCE_ID_PATTERN.test(trimmed) && trimmed.length <= MAX_SOURCE_ID_LENGTH ? { kind: 'record', id: trimmed } : undefined;
}
