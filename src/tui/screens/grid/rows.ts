import { type CellResult, type CompiledCell, formatNumber, isSeries } from '../../../engine/index.js';
import type { ChangeMark } from '../../state/selectors.js';
import { MAX_SPARK, sample } from './layout.js';
import { sparkline } from './sparkline.js';

/** Everything a grid row shows, already formatted. Rebuilt only when its cell, result or change mark changes. */
export interface RowView {
  readonly name: string;
  readonly kind: 'input' | 'formula';
  /** The value, or for a series its last year's value. */
  readonly value: string;
  readonly years?: readonly string[];
  readonly spark: string;
  readonly error?: string;
  readonly mark: ChangeMark;
  /** The input's value differs from what its source supports (shown as ≠). */
  readonly fromSource?: boolean;
}

export function rowView(compiled: CompiledCell, result: CellResult | undefined, mark: ChangeMark, fromSource = false): RowView {
  const { cell } = compiled;
  const base = { name: cell.name, kind: cell.kind, mark, ...(fromSource ? { fromSource } : {}) };
  if (!result) return { ...base, value: '', spark: '' };
  if (!result.ok) return { ...base, value: 'error', spark: '', error: result.error };
  if (!isSeries(result.value)) return { ...base, value: formatNumber(result.value, cell.unit), spark: '' };
  const years = result.value.map((value) => formatNumber(value, cell.unit));
  return { ...base, value: years.at(-1) ?? '', years, spark: sparkline(sample(result.value, MAX_SPARK)) };
}

interface Cached {
  readonly compiled: CompiledCell;
  readonly result: CellResult | undefined;
  readonly mark: ChangeMark;
  readonly fromSource: boolean;
  readonly view: RowView;
}

/**
 * Keeps one RowView per cell and returns the same object while its inputs are the same objects, so memoized
 * rows skip rendering. Incremental recalculation keeps unaffected results as the same objects.
 */
export class RowViewCache {
  private readonly cache = new Map<string, Cached>();

  get(compiled: CompiledCell, result: CellResult | undefined, mark: ChangeMark, fromSource = false): RowView {
    const name = compiled.cell.name;
    const hit = this.cache.get(name);
    if (hit && hit.compiled === compiled && hit.result === result && hit.mark === mark && hit.fromSource === fromSource) return hit.view;
    const view = rowView(compiled, result, mark, fromSource);
    this.cache.set(name, { compiled, result, mark, fromSource, view });
    return view;
  }
}
