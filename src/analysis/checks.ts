import { checkMeasure, evaluateMeasure, type Sheet } from '../engine/index.js';
import type { Check, SourceRecord } from '../scenario/provenance.js';

/** A check on one evaluated scenario: it holds (its formula is true), fails (false), or cannot be computed, and why. */
export type CheckOutcome = { readonly kind: 'holds' } | { readonly kind: 'fails' } | { readonly kind: 'error'; readonly error: string };

export interface CheckResult {
  readonly check: Check;
  /** The record the claim comes from. */
  readonly record?: SourceRecord;
  readonly outcome: CheckOutcome;
  /** The cells its formula names, for showing it beside them. */
  readonly reads: readonly string[];
}

/** ✓ holds, ✗ fails, ! cannot be computed: marks that read without colour. */
export const CHECK_MARKS = { holds: '✓', fails: '✗', error: '!' } as const;

/** One check evaluated on a sheet: its formula is linked to the sheet's cells as it is now, so edits count. */
function evaluateCheck(sheet: Sheet, check: Check, sources: ReadonlyMap<string, SourceRecord>): CheckResult {
  const record = sources.get(check.source);
  const base = { check, ...(record ? { record } : {}) };
  const checked = checkMeasure(sheet, check.formula);
  if (!checked.ok) return { ...base, reads: [], outcome: { kind: 'error', error: checked.problem } };
  const reads = checked.measure.formula.names.map((use) => use.name);
  const result = evaluateMeasure(sheet, checked.measure);
  if (!result.ok) return { ...base, reads, outcome: { kind: 'error', error: result.error } };
  return { ...base, reads, outcome: { kind: result.value !== 0 ? 'holds' : 'fails' } };
}

/** Every check evaluated on a sheet, in order. Checks never change the model. */
export const evaluateChecks = (sheet: Sheet, checks: readonly Check[], sources: ReadonlyMap<string, SourceRecord>): CheckResult[] =>
  checks.map((check) => evaluateCheck(sheet, check, sources));

/** How many hold, fail and cannot be computed. */
export function checkTally(results: readonly CheckResult[]): { holds: number; fails: number; errors: number } {
  const count = (kind: CheckOutcome['kind']) => results.filter((result) => result.outcome.kind === kind).length;
  return { holds: count('holds'), fails: count('fails'), errors: count('error') };
}
