import { isObservedPart } from '../../../analysis/compare-observed.js';
import { type ExplainResult, explain } from '../../../analysis/explain.js';
import { targetWords } from '../../../analysis/target.js';
import { checkMeasure, formatDifference, formatNumber, type NamedSheet, plural } from '../../../engine/index.js';
import { contributorName, methodSentence } from '../../../tables/explain.js';
import { push, sliceOf, withSlice } from '../../state/stack.js';
import type { State } from '../../state/types.js';
import { error, info } from '../../state/update.js';
import { rowsShown } from '../compare/state.js';
import type { WaterfallInput } from './waterfall.js';

/** What the explain screen shows: the selected row's gap as a waterfall, or why it cannot be explained. */
export type ExplainShown =
  | {
      readonly kind: 'waterfall';
      /** `private_share in 2020/21: Higher growth − Baseline = +1.50 pp`. */
      readonly heading: string;
      readonly input: WaterfallInput;
      /** How the contributions were found, in the words of `nhs-whatif explain`, and what counts as one. */
      readonly notes: readonly string[];
      readonly contributions: readonly number[];
    }
  | { readonly kind: 'message'; readonly heading: string; readonly text: string };

export interface ExplainSlice {
  readonly shown?: ExplainShown;
  /** Which of the scenarios other than the reference is explained, in the comparison's order. */
  readonly other: number;
  readonly fit: { readonly rows: number };
}

export const INITIAL_EXPLAIN: ExplainSlice = { other: 0, fit: { rows: 0 } };

/** The target that gives what a comparison's row shows: the cell, its year (`at`), or its total over the horizon (`sum`). */
export function rowTarget(row: { readonly cell: string; readonly part: 'value' | 'year' | 'total'; readonly year?: string }): string {
  if (row.part === 'year' && row.year !== undefined) return `at(${row.cell}, "${row.year}")`;
  if (row.part === 'total') return `sum(${row.cell})`;
  return row.cell;
}

/** B − A of `target` as a waterfall of its contributions, computed as `nhs-whatif explain A B --show TARGET` does. */
export function explainShown(a: NamedSheet, b: NamedSheet, target: string): ExplainShown {
  const names = a.name === b.name ? { a: `${a.name} [A]`, b: `${b.name} [B]` } : { a: a.name, b: b.name };
  const checked = checkMeasure(a, target);
  const words = checked.ok ? targetWords(checked.measure, a.evaluation.years) : target;
  const heading = `Why ${names.b} differs from ${names.a}: ${words}`;
  const result: ExplainResult = explain({ ...a, name: names.a }, { ...b, name: names.b }, [target]);
  if (result.kind === 'failed') return { kind: 'message', heading, text: `${result.problem}, so it cannot be explained.` };
  const [explanation] = result.explanations;
  if (!explanation) return { kind: 'message', heading, text: `${target} cannot be explained.` };
  const { unit, contributions, method, evaluations } = explanation;
  const gap = explanation.b - explanation.a;
  const notes = [methodSentence(method, result.contributors.length, evaluations), `Contributions are to ${names.b} minus ${names.a}; they add up to the gap.`];
  const formulas = result.contributors.find((contributor) => contributor.kind === 'formulas');
  if (formulas?.kind === 'formulas') notes.push(`The formulas count as one contributor; the cells that differ: ${formulas.cells.join(', ')}.`);
  return {
    kind: 'waterfall',
    heading: `${heading}: ${formatNumber(explanation.a, unit)} → ${formatNumber(explanation.b, unit)}, ${formatDifference(gap, unit)}`,
    input: {
      from: { label: names.a, value: explanation.a },
      to: { label: names.b, value: explanation.b },
      steps: result.contributors.map((contributor, i) => ({ label: contributorName(contributor), change: contributions[i]! })),
      unit,
    },
    notes,
    contributions,
  };
}

/**
 * Opens the waterfall of the comparison's selected row: the gap between the reference and the first compared scenario
 * shown beside it, for the row's cell as the row shows it (a year of a series, or its total).
 */
export function openExplain(state: State): State {
  const explained = explainSelected(withSlice(state, 'explain', { other: sliceOf(state, 'compare').firstColumn }));
  return 'problem' in explained ? error(state, explained.problem) : push(explained.state, 'explain');
}

/**
 * Explains the row above (-1) or below (1) in the comparison, whose selection follows, without leaving the waterfall.
 * Observed values, which have no gap to explain, are passed over.
 */
export function explainNextRow(state: State, by: -1 | 1): State {
  const compare = sliceOf(state, 'compare');
  const rows = rowsShown(compare);
  let selected = compare.selected + by;
  while (rows[selected]?.observed) selected += by;
  if (selected < 0 || selected >= rows.length) return info(state, by < 0 ? 'this is the first row' : 'this is the last row');
  const explained = explainSelected(withSlice(state, 'compare', { selected }));
  return 'problem' in explained ? error(state, explained.problem) : explained.state;
}

/** Explains the same row against the next (1) or previous (-1) compared scenario. */
export function explainOtherScenario(state: State, by: -1 | 1): State {
  const compare = sliceOf(state, 'compare');
  const count = compare.scenarios.length - 1;
  if (count < 2) return info(state, 'only one scenario is compared with the reference');
  const other = (sliceOf(state, 'explain').other + by + count) % count;
  const explained = explainSelected(withSlice(state, 'explain', { other }));
  return 'problem' in explained ? error(state, explained.problem) : explained.state;
}

/** The waterfall of the comparison's selected row, in the explain screen's state. */
function explainSelected(state: State): { readonly state: State } | { readonly problem: string } {
  const compare = sliceOf(state, 'compare');
  const reference = compare.scenarios[compare.reference];
  const others = compare.scenarios.filter((_, i) => i !== compare.reference);
  const other = others[sliceOf(state, 'explain').other] ?? others[0];
  if (!reference || !other) return { problem: 'explain needs two scenarios: p chooses files to compare' };
  const shownRow = rowsShown(compare)[compare.selected];
  const row = compare.table?.comparison.rows[compare.table.rows.indexOf(shownRow!)];
  if (!shownRow || !row) return { problem: 'no row is selected' };
  const { part } = row;
  if (isObservedPart(part)) return { problem: 'an observed value is a published figure, not the model: there is no gap to explain' };
  const missing = [reference, other].find((scenario) => !scenario.model.cells.has(row.cell));
  const shown: ExplainShown = missing
    ? {
        kind: 'message',
        heading: `Why ${other.name} differs from ${reference.name}: ${shownRow.label}`,
        text: `${missing.name} has no cell ${row.cell}, so there is no gap to explain.`,
      }
    : explainShown(reference, other, rowTarget({ cell: row.cell, part, year: row.year }));
  const opened = withSlice(state, 'explain', { shown });
  return { state: shown.kind === 'waterfall' ? info(opened, `explained ${shownRow.label}: ${plural(shown.input.steps.length, 'contributor')}`) : opened };
}
