import { CHECK_MARKS, type CheckResult, checkTally, evaluateChecks } from '../../../analysis/checks.js';
import { compareObserved } from '../../../analysis/observed.js';
import { formatDifference, formatNumber, type Sheet } from '../../../engine/index.js';
import type { State } from '../../state/types.js';
import type { DetailLine } from './detail.js';

const evaluated = new WeakMap<Sheet, readonly CheckResult[]>();

/** The scenario's checks on the sheet as edited now, computed once per sheet. Checks never change the model. */
export function checksNow(state: State): readonly CheckResult[] {
  let results = evaluated.get(state.sheet);
  if (!results) {
    results = evaluateChecks(state.sheet, state.scenario.checks, state.scenario.sources);
    evaluated.set(state.sheet, results);
  }
  return results;
}

const marked = (result: CheckResult) => `${CHECK_MARKS[result.outcome.kind]} ${result.check.name}`;

/** Every check at a glance: how many hold, and which fail or cannot be computed. */
export function checksLine(state: State): DetailLine | undefined {
  const results = checksNow(state);
  if (results.length === 0) return undefined;
  const { holds, fails, errors } = checkTally(results);
  const parts = [`${CHECK_MARKS.holds} ${holds} of ${results.length} hold`];
  const failing = results.filter((result) => result.outcome.kind !== 'holds').map(marked);
  if (failing.length > 0) parts.push(failing.join(', '));
  return { label: 'Checks', text: parts.join('; '), ...(fails + errors > 0 ? { tone: 'changed' as const } : {}) };
}

/** The checks the cell bears on (they read it, or a cell computed from it), with the claims' words. */
export function claimsLine(state: State, affected: readonly string[]): DetailLine | undefined {
  const touched = new Set(affected);
  const results = checksNow(state).filter((result) => result.reads.some((name) => touched.has(name)));
  if (results.length === 0) return undefined;
  return { label: 'Claims', text: results.map((result) => `${marked(result)}: ${result.check.claim}`).join('; ') };
}

/** What was observed for the cell, beside the projection: `2019/20 7.20% observed, 7.20% projected (±0.00 pp)`. */
export function observedLine(state: State, name: string): DetailLine | undefined {
  const observation = state.scenario.observed.get(name);
  if (!observation) return undefined;
  const rows = compareObserved(state.sheet, new Map([[name, observation]]), state.scenario.sources);
  const text = rows
    .map((row) => {
      const projected =
        row.projected.kind === 'value'
          ? `, ${formatNumber(row.projected.value, row.unit)} projected (${formatDifference(row.difference ?? 0, row.unit)})`
          : row.projected.kind === 'error'
            ? ', projection fails'
            : '';
      return `${row.year} ${formatNumber(row.observed, row.unit)} observed${projected}`;
    })
    .join('; ');
  return { label: 'Observed', text };
}
