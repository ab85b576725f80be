import { changedFromSourceText, citationOfCell, citationText } from '../../../analysis/citations.js';
import { affectedBy, dependenciesOf, dependentsOf, formatNumber, isSeries } from '../../../engine/index.js';
import { clip } from '../../layout.js';
import { shownMoney } from '../../state/money.js';
import type { State } from '../../state/types.js';
import { textWidth, wrapText } from '../../wrap.js';
import { checksLine, claimsLine, observedLine } from './provenance-lines.js';

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
  const money = shownMoney(state);
  const result = money.sheet.evaluation.results.get(name);
  const years = state.sheet.evaluation.years;
  const citation = citationOfCell(cell, state.scenario.sources);
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
  // Changed from its source first: the file's value and an edit may both differ from what the source supports.
  // By the record's id, so both numbers show on one row; the Source line gives the citation.
  const fromSource = changedFromSourceText(cell, citation, 'id');
  const changes = fromSource ? [`≠ ${fromSource}`] : [];
  if (!saved) changes.push('added here; not in the file yet');
  else if (saved.kind === 'input' && cell.kind === 'input' && saved.value !== cell.value) {
    changes.push(`was ${formatNumber(saved.value, saved.unit)} in the file`);
  } else if (saved.kind === 'formula' && cell.kind === 'formula' && saved.formula !== cell.formula) {
    changes.push(`was ${saved.formula}`);
  }
  if (changes.length > 0) lines.push({ label: 'Changed', text: changes.join('; '), tone: 'changed' });
  if (cell.kind === 'formula') lines.push({ label: 'Formula', text: cell.formula });
  const range = cell.kind === 'input' ? rangeText(cell.min, cell.max, cell.step, cell.unit) : '';
  const prices = cell.unit === '£bn' && money.unit ? `, ${money.unit.replace(/^£bn /, '')}` : '';
  lines.push({ label: 'Unit', text: UNIT_NAMES[cell.unit] + prices + range });
  const cited = citation.kind === 'record' ? `${citation.record.id}: ${citationText(citation)}` : (citationText(citation) ?? cell.source);
  lines.push({ label: 'Source', text: cited ?? (cell.kind === 'formula' ? 'computed from the cells it reads' : 'not given') });
  if (citation.kind === 'record' && citation.record.quote) lines.push({ label: 'Quote', text: `“${citation.record.quote}”` });
  const observed = observedLine(state, name);
  if (observed) lines.push(observed);
  const claims = claimsLine(state, affectedBy(state.sheet.model, [name]));
  if (claims) lines.push(claims);
  const checks = checksLine(state);
  if (checks) lines.push(checks);
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

/** Width of the label column ("Used by  "). */
export const DETAIL_LABEL_WIDTH = 9;

/** One screen row of the panel: a line's label on its first row, then its wrapped text. */
export interface DetailRow {
  readonly label: string;
  readonly text: string;
  readonly tone?: DetailLine['tone'];
}

/** Which lines give way first when the panel is short: least useful first; `kept` stay whole while others can go. */
export interface PanelPriority {
  readonly order: readonly string[];
  readonly kept: ReadonlySet<string>;
}

/** Usually what the cell reads, what reads it and its error are kept longest. */
const USUAL: PanelPriority = {
  order: ['Quote', 'Observed', 'Unit', 'Source', 'Claims', 'About', 'Value', 'Changed', 'Formula', 'Spread', 'Reads', 'Used by', 'Checks', 'Error'],
  kept: new Set(['Reads', 'Used by', 'Checks', 'Error']),
};

/**
 * For an input being nudged while the panel gives way to the cells it changes: what it was in the file and what it is
 * about stay longest; what reads it shows in the grid, and its value is on its row.
 */
export const NUDGING: PanelPriority = {
  order: ['Quote', 'Observed', 'Claims', 'Reads', 'Used by', 'Spread', 'Value', 'Source', 'Unit', 'About', 'Changed', 'Checks', 'Error'],
  kept: new Set(['Changed', 'Checks', 'Error']),
};

const ellipsis = (text: string, width: number): string => (textWidth(text) < width ? `${text}…` : clip(text, width));

/**
 * The detail's lines as rows of a panel `rows` tall with `width` columns for text. Long text wraps; when there is
 * not room for all of it, the least useful lines are cut to one row, then left out, before those kept longest (Reads,
 * Used by and Error, or as `priority` says).
 */
export function detailRows(lines: readonly DetailLine[], rows: number, width: number, priority: PanelPriority = USUAL): DetailRow[] {
  const entries = lines.map((line) => ({ line, parts: wrapText(line.text, width) }));
  const excess = (): number => entries.reduce((sum, entry) => sum + entry.parts.length, 0) - rows;
  const inOrder = (kept: boolean) =>
    priority.order.filter((label) => priority.kept.has(label) === kept).flatMap((label) => entries.filter((entry) => entry.line.label === label));
  const shorten = (entry: (typeof entries)[number]) => {
    const over = excess();
    if (over <= 0 || entry.parts.length === 1) return;
    const keep = Math.max(1, entry.parts.length - over);
    entry.parts = [...entry.parts.slice(0, keep - 1), ellipsis(entry.parts[keep - 1]!, width)];
  };
  const drop = (entry: (typeof entries)[number]) => {
    if (excess() > 0) entries.splice(entries.indexOf(entry), 1);
  };
  for (const kept of [false, true]) {
    inOrder(kept).forEach(shorten);
    inOrder(kept).forEach(drop);
  }
  return entries.flatMap(({ line, parts }) => parts.map((text, i) => ({ label: i === 0 ? line.label : '', text, tone: line.tone })));
}
