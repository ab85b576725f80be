import { dependenciesOf, dependentsOf, formatNumber, isSeries } from '../engine/index.js';
import type { State } from './state/types.js';

/** The selected cell explained, as label/text lines. */
export interface DetailLine {
  readonly label: string;
  readonly text: string;
  readonly tone?: 'error' | 'changed';
}

export interface Detail {
  readonly title: string;
  readonly lines: readonly DetailLine[];
}

const UNIT_NAMES = { '£bn': '£ billion', percent: 'percent (stored as a fraction)', years: 'years', number: 'number' } as const;

export function detailOf(state: State, name: string | undefined): Detail | undefined {
  const compiled = name === undefined ? undefined : state.sheet.model.cells.get(name);
  if (!compiled || name === undefined) return undefined;
  const { cell } = compiled;
  const result = state.sheet.evaluation.results.get(name);
  const years = state.sheet.evaluation.years;
  const lines: DetailLine[] = [];
  const kind = cell.kind === 'input' ? 'input' : compiled.series ? 'formula, one value per year' : 'formula';
  if (cell.description) lines.push({ label: 'About', text: cell.description });
  if (result?.ok) {
    const value = result.value;
    const text = isSeries(value)
      ? value.length === 0
        ? 'no years'
        : `${years[0]} ${formatNumber(value[0]!, cell.unit)} → ${years.at(-1)} ${formatNumber(value.at(-1)!, cell.unit)}`
      : formatNumber(value, cell.unit);
    lines.push({ label: 'Value', text });
  }
  if (result && !result.ok) lines.push({ label: 'Error', text: result.error, tone: 'error' });
  const saved = state.saved.get(name);
  if (!saved) lines.push({ label: 'Changed', text: 'added here; not in the file yet', tone: 'changed' });
  else if (saved.kind === 'input' && cell.kind === 'input' && saved.value !== cell.value) {
    lines.push({ label: 'Changed', text: `was ${formatNumber(saved.value, saved.unit)} in the file`, tone: 'changed' });
  } else if (saved.kind === 'formula' && cell.kind === 'formula' && saved.formula !== cell.formula) {
    lines.push({ label: 'Changed', text: `was ${saved.formula}`, tone: 'changed' });
  }
  if (cell.kind === 'formula') lines.push({ label: 'Formula', text: cell.formula });
  const range = cell.kind === 'input' ? rangeText(cell.min, cell.max, cell.step, cell.unit) : '';
  lines.push({ label: 'Unit', text: UNIT_NAMES[cell.unit] + range });
  lines.push({ label: 'Source', text: cell.source ?? (cell.kind === 'formula' ? 'computed from the cells it reads' : 'not given') });
  const reads = dependenciesOf(state.sheet.model, name);
  const readBy = dependentsOf(state.sheet.model, name);
  lines.push({ label: 'Reads', text: reads.length ? reads.join(', ') : 'nothing' });
  lines.push({ label: 'Used by', text: readBy.length ? readBy.join(', ') : 'nothing' });
  return { title: `${name} (${kind})`, lines };
}

function rangeText(min: number | undefined, max: number | undefined, step: number | undefined, unit: Parameters<typeof formatNumber>[1]): string {
  const parts: string[] = [];
  if (min !== undefined || max !== undefined) {
    parts.push(`${min === undefined ? '…' : formatNumber(min, unit)} to ${max === undefined ? '…' : formatNumber(max, unit)}`);
  }
  if (step !== undefined) parts.push(`step ${formatNumber(step, unit)}`);
  return parts.length ? `; ${parts.join(', ')}` : '';
}
