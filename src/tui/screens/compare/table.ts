import { dirname, join } from 'node:path';
import { comparisonReport } from '../../../tables/comparison.js';
import type { ViewExport } from '../../export/view-table.js';
import { sliceOf } from '../../state/stack.js';
import type { State } from '../../state/types.js';
import { rowsShown } from './state.js';

/** Each compared scenario's file: the open one for the scenario being edited, the picker's file for the others. */
function filesOf(state: State): Map<object, string> {
  const files = new Map<object, string>();
  const [current] = sliceOf(state, 'compare').scenarios;
  if (current) files.set(current, state.scenario.file);
  const dir = dirname(state.scenario.file);
  for (const listed of sliceOf(state, 'picker').files)
    if (listed.result) files.set(listed.result, listed.file.includes('/') ? listed.file : join(dir, listed.file));
  return files;
}

/**
 * The comparison as `compare` reports it, as shown: the reference first, every year or the final year and the total,
 * and only the rows that differ when those alone are shown.
 */
export function compareTable(state: State): ViewExport {
  const compare = sliceOf(state, 'compare');
  const { table } = compare;
  if (!table) return { nothing: 'no scenarios are compared yet' };
  const shown = new Set(rowsShown(compare));
  const kept = table.rows.flatMap((row, i) => (shown.has(row) ? [i] : []));
  const comparison = { ...table.comparison, rows: kept.map((i) => table.comparison.rows[i]!) };
  const reference = compare.scenarios[compare.reference];
  const ordered = reference ? [reference, ...compare.scenarios.filter((scenario) => scenario !== reference)] : [...compare.scenarios];
  const known = filesOf(state);
  const files = ordered.map((scenario) => known.get(scenario) ?? '');
  // Places in the files are not known here (the scenario being edited has unsaved cells): each failure by scenario and cell.
  const failures = ordered.flatMap((scenario) =>
    [...scenario.evaluation.results].flatMap(([cell, result]) => (result.ok ? [] : [`${scenario.name}: ${cell}: ${result.error}`])),
  );
  const report = comparisonReport(comparison, files, failures);
  const listed = ordered.map((scenario, i) => `${scenario.name}${files[i] ? ` (${files[i]})` : ''}`);
  const rows = compare.changedOnly ? [`Only the ${kept.length} of ${table.rows.length} rows where a scenario differs from ${ordered[0]?.name} are shown.`] : [];
  return {
    view: 'compare',
    what: 'the comparison',
    report: { ...report, intro: [`Compared: ${listed.join('; ')}.`, ...rows] },
    cells: [...new Set(comparison.rows.map((row) => row.cell))],
  };
}
