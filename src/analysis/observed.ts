import { isSeries, type NamedSheet, type Sheet, type Unit } from '../engine/index.js';
import type { Observation, SourceRecord } from '../scenario/provenance.js';

/** A scenario's sheet under its name, with what was observed for it and the records the observations cite. */
export interface ObservedSheet extends NamedSheet {
  readonly observed?: ReadonlyMap<string, Observation>;
  readonly sources?: ReadonlyMap<string, SourceRecord>;
}

/** `sheet` under `name`, with what its scenario's file records as observed and the records those values cite. */
export const observedSheetOf = (
  name: string,
  sheet: Pick<Sheet, 'model' | 'evaluation'>,
  recorded: Pick<ObservedSheet, 'observed' | 'sources'>,
): ObservedSheet => ({
  name,
  model: sheet.model,
  evaluation: sheet.evaluation,
  observed: recorded.observed,
  sources: recorded.sources,
});

/** What the model projected for a year that was observed: a number, the cell's error, or outside the horizon. */
export type Projected =
  | { readonly kind: 'value'; readonly value: number }
  | { readonly kind: 'error'; readonly error: string }
  | { readonly kind: 'absent'; readonly reason: string };

/** One observed value beside the projection for its year, and the difference (projected − observed). */
export interface ObservedRow {
  readonly cell: string;
  readonly unit: Unit;
  readonly year: string;
  readonly observed: number;
  readonly projected: Projected;
  /** Projected − observed, when there is a projection. */
  readonly difference?: number;
  /** The id of the record the value comes from. */
  readonly source: string;
  readonly record?: SourceRecord;
  readonly note?: string;
}

/**
 * Projected − observed, with a difference within rounding of floating point (1e-12 of the values) taken as none: a
 * model that reproduces a published figure exactly should show ±0, not a trace of arithmetic.
 */
export function differenceOf(projected: number, observed: number): number {
  const difference = projected - observed;
  return Math.abs(difference) <= 1e-12 * Math.max(Math.abs(projected), Math.abs(observed)) ? 0 : difference;
}

/** Every observed value of the scenario beside what its sheet projects for that year. Observations never change the model. */
export function compareObserved(sheet: Sheet, observed: ReadonlyMap<string, Observation>, sources: ReadonlyMap<string, SourceRecord>): ObservedRow[] {
  const { model, evaluation } = sheet;
  const rows: ObservedRow[] = [];
  for (const observation of observed.values()) {
    const compiled = model.cells.get(observation.cell);
    const result = evaluation.results.get(observation.cell);
    const unit = compiled?.cell.unit ?? 'number';
    for (const each of observation.values) {
      const index = evaluation.years.indexOf(each.year);
      let projected: Projected;
      if (!result) projected = { kind: 'absent', reason: `no cell ${observation.cell}` };
      else if (!result.ok) projected = { kind: 'error', error: result.error };
      else if (!isSeries(result.value)) projected = { kind: 'absent', reason: `${observation.cell} is a single number` };
      else if (index < 0 || index >= result.value.length) projected = { kind: 'absent', reason: `${each.year} is outside the horizon` };
      else projected = { kind: 'value', value: result.value[index]! };
      const record = sources.get(each.source);
      rows.push({
        cell: observation.cell,
        unit,
        year: each.year,
        observed: each.value,
        projected,
        ...(projected.kind === 'value' ? { difference: differenceOf(projected.value, each.value) } : {}),
        source: each.source,
        ...(record ? { record } : {}),
        ...(each.note === undefined ? {} : { note: each.note }),
      });
    }
  }
  return rows;
}
