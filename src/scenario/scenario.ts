import type { Document } from 'yaml';
import type { Cell } from '../engine/index.js';
import type { Problem } from './problem.js';
import type { Provenance } from './provenance.js';

export type Place = Omit<Problem, 'message'>;

/**
 * A loaded, validated scenario: its resolved cells plus what is needed to save it back faithfully. From its
 * Provenance: `sources` (records by id), `checks` (claims, in order), `observed` (by cell) and the `deflator`, each
 * inherited through `extends` and extended by the file.
 */
export interface Scenario extends Provenance {
  readonly name: string;
  /** The file's own description; a file that extends another does not inherit its parent's. */
  readonly description?: string;
  readonly baseYear: string;
  /** Every cell after resolving `extends`, in display order: inputs, then formulas. */
  readonly cells: readonly Cell[];
  readonly file: string;
  /** Where the file pointed when it was loaded, if it was a symbolic link: saving writes through that link only. */
  readonly linkedTo?: string;
  /** The parent file as written after `extends:`, if any. */
  readonly extends?: string;
  /** The files it extends, nearest first, as loaded (relative to the working folder); empty without `extends`. */
  readonly extendedFiles: readonly string[];
  /** Cells as the parent chain defines them; empty without `extends`. */
  readonly inherited: ReadonlyMap<string, Cell>;
  /** The file's own YAML document, so saving preserves comments and order; read from `text` when first asked for. */
  readonly document: () => Document;
  /** The text the file had when loaded, to detect changes made on disk since. */
  readonly text: string;
  /** Where a cell is defined (and `index` characters into its formula, when the formula is on one line). */
  readonly place: (cellName: string, index?: number) => Place;
  /** `simulation:` in the file (each field else the parent's): what simulate draws when the command line does not say. */
  readonly simulation?: { readonly samples?: number; readonly seed?: number };
}
