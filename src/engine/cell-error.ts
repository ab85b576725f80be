/** What kind of problem a cell has of its own, found without computing anything. */
export type StaticCause =
  /** The text is not an accepted formula: syntax, something not allowed, a bad year label, horizon_years as a formula. */
  | 'formula'
  | 'unknown-name'
  | 'cycle'
  /** Recalculation would pass the limits on work per formula or per scenario. */
  | 'too-much-work'
  /** An input's value cannot be used (not finite, or a horizon outside 1-100). */
  | 'input';

/** Where a cell's error comes from. */
export type ErrorOrigin =
  /** The cell's own, found before computing. */
  | { readonly kind: 'static'; readonly cause: StaticCause }
  /** The cell's own, found when computing it: division by zero, a complex or non-number result, a year not projected. */
  | { readonly kind: 'runtime' }
  /** Passed on from `from`, a cell the formula uses; `root` is the cell where the error started (`from` itself or further up). */
  | { readonly kind: 'passed-on'; readonly from: string; readonly root: string };

/** A failed cell: a message for people, and where it comes from. */
export interface CellFailure {
  readonly ok: false;
  readonly error: string;
  readonly origin: ErrorOrigin;
}

export const staticFailure = (error: string, cause: StaticCause): CellFailure => ({ ok: false, error, origin: { kind: 'static', cause } });

export const runtimeFailure = (error: string): CellFailure => ({ ok: false, error, origin: { kind: 'runtime' } });

/** The failure of a cell that uses `from`, which failed with `failure`. */
export function passedOn(from: string, failure: CellFailure): CellFailure {
  const { origin } = failure;
  const cycle = origin.kind === 'static' && origin.cause === 'cycle';
  return {
    ok: false,
    error: `depends on ${from}, which ${cycle ? 'is part of a circular reference' : 'has an error'}`,
    origin: { kind: 'passed-on', from, root: origin.kind === 'passed-on' ? origin.root : from },
  };
}

/** True when the error is the cell's own (static or runtime), not passed on from a cell it reads. */
export const isOwnError = (failure: CellFailure): boolean => failure.origin.kind !== 'passed-on';
