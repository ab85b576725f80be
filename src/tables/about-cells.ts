import { changedFromSourceText, citationOfCell, citationText } from '../analysis/citations.js';
import type { Cell } from '../engine/index.js';
import type { SourceRecord } from '../scenario/provenance.js';
import { EMPTY, type Table, textCell } from './table.js';

/**
 * Where a cell comes from, in full: the record cited or the assumption (an input changed from what its record supports
 * says so, never citing the record for a number it does not give), and a formula's formula.
 */
function sourceText(cell: Cell, sources: ReadonlyMap<string, SourceRecord>): string {
  const citation = citationOfCell(cell, sources);
  const changed = changedFromSourceText(cell, citation);
  const cited = changed ? `changed from its source: ${changed}` : (citationText(citation) ?? cell.source);
  if (cell.kind === 'formula') return cited ? `computed: ${cell.formula}; ${cited}` : `computed: ${cell.formula}`;
  return cited ?? 'not given';
}

/**
 * What each cell is, in words: its description, its unit, and where it comes from, so that a reader of a briefing
 * never meets a bare cell name.
 */
export function aboutCellsTable(cells: readonly Cell[], sources: ReadonlyMap<string, SourceRecord>): Table | undefined {
  if (cells.length === 0) return undefined;
  return {
    title: 'What the cells are and where they come from',
    only: 'people',
    columns: [{ header: 'cell' }, { header: 'what it is', align: 'left' }, { header: 'unit', align: 'left' }, { header: 'source', align: 'left' }],
    rows: cells.map((cell) => [
      textCell(cell.name),
      cell.description ? textCell(cell.description) : EMPTY,
      textCell(cell.unit),
      textCell(sourceText(cell, sources)),
    ]),
  };
}
