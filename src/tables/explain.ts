import type { Contributor, ExplainResult, Explanation } from '../analysis/explain.js';
import type { ShapleyMethod } from '../analysis/shapley.js';
import { formatNumber, HORIZON_CELL } from '../engine/index.js';
import { EMPTY, numberCell, type Report, type Table, type TableCell, textCell } from './table.js';

export const contributorName = (contributor: Contributor): string =>
  contributor.kind === 'input'
    ? contributor.name
    : `formulas (${contributor.cells.length} ${contributor.cells.length === 1 ? 'cell differs' : 'cells differ'})`;

export function methodSentence(method: ShapleyMethod, contributors: number, evaluations: number, noGap = false): string {
  if (contributors === 0) return 'Nothing that the target reads differs between the two.';
  if (contributors === 1) return noGap ? 'One thing differs, and it does not change the target.' : 'One thing differs, so it accounts for the whole gap.';
  if (method.kind === 'exact') {
    return `Shapley values, exact: each contributor's change averaged over every order of making the ${contributors} changes (${evaluations} combinations computed).`;
  }
  return `Shapley values, sampled: ${method.orderings.toLocaleString('en-GB')} random orders of the ${contributors} changes, seed ${method.seed} (the same seed gives the same split).`;
}

/** A contributor's value in each scenario: an input's, or for the formulas which scenario's. */
const sides = (contributor: Contributor): [TableCell, TableCell] =>
  contributor.kind === 'input'
    ? [numberCell(contributor.a, contributor.unit), numberCell(contributor.b, contributor.unit)]
    : [textCell('its own'), textCell('its own')];

/** One target: each contributor with its values in A and B, its contribution and its share of the gap, then the gap. */
function explanationTable(a: string, b: string, contributors: readonly Contributor[], explanation: Explanation): Table {
  const { unit } = explanation;
  const gap = explanation.b - explanation.a;
  const share = (value: number): TableCell => (gap === 0 ? EMPTY : numberCell(value / gap, 'percent'));
  const rows: TableCell[][] = contributors.map((contributor, i) => [
    textCell(contributorName(contributor)),
    ...sides(contributor),
    numberCell(explanation.contributions[i]!, unit, 'change'),
    share(explanation.contributions[i]!),
  ]);
  rows.push([textCell('gap'), numberCell(explanation.a, unit), numberCell(explanation.b, unit), numberCell(gap, unit, 'change'), share(gap)]);
  return {
    title: `${explanation.target}: ${formatNumber(explanation.a, unit)} in ${a}, ${formatNumber(explanation.b, unit)} in ${b}`,
    columns: [{ header: 'contributor' }, { header: a }, { header: b }, { header: 'contribution' }, { header: 'share of gap' }],
    rows,
    notes: [methodSentence(explanation.method, contributors.length, explanation.evaluations, gap === 0)],
  };
}

/** A per-year target for people: the contributors down the side, one column per year, the values and the gap below. */
function perYearTable(a: string, b: string, contributors: readonly Contributor[], years: readonly Explanation[]): Table {
  const { unit, cell } = years[0]!;
  return {
    title: `${cell} by year: ${b} minus ${a}`,
    only: 'people',
    columns: [{ header: 'contributor' }, ...years.map((explanation) => ({ header: explanation.year! }))],
    rows: [
      ...contributors.map((contributor, i) => [
        textCell(contributorName(contributor)),
        ...years.map((explanation) => numberCell(explanation.contributions[i]!, unit, 'change')),
      ]),
      [textCell('gap'), ...years.map((explanation) => numberCell(explanation.b - explanation.a, unit, 'change'))],
      [textCell(`in ${a}`), ...years.map((explanation) => numberCell(explanation.a, unit))],
      [textCell(`in ${b}`), ...years.map((explanation) => numberCell(explanation.b, unit))],
    ],
    notes: [
      methodSentence(
        years[0]!.method,
        contributors.length,
        years[0]!.evaluations,
        years.every((explanation) => explanation.b === explanation.a),
      ),
    ],
  };
}

/** For data: one row per target (and year) and contributor. */
function dataTable(contributors: readonly Contributor[], explanations: readonly Explanation[]): Table {
  return {
    only: 'data',
    columns: [
      { header: 'target' },
      { header: 'year' },
      { header: 'contributor' },
      { header: 'contribution' },
      { header: 'a' },
      { header: 'b' },
      { header: 'gap' },
    ],
    rows: explanations.flatMap((explanation) =>
      contributors.map((contributor, i) => [
        textCell(explanation.cell ?? explanation.target),
        textCell(explanation.year ?? ''),
        textCell(contributorName(contributor)),
        numberCell(explanation.contributions[i]!, explanation.unit, 'change'),
        numberCell(explanation.a, explanation.unit),
        numberCell(explanation.b, explanation.unit),
        numberCell(explanation.b - explanation.a, explanation.unit, 'change'),
      ]),
    ),
  };
}

/** " (5 years in A, 3 in B)" when the horizon is among the contributors. */
function horizonsIn(a: string, b: string, contributors: readonly Contributor[]): string {
  const horizon = contributors.find((contributor) => contributor.kind === 'input' && contributor.name === HORIZON_CELL);
  return horizon?.kind === 'input' ? ` (${horizon.a} years in ${a}, ${horizon.b} in ${b})` : '';
}

/** Why B differs from A, target by target: one contribution per change, adding up to the gap. */
export function explainReport(a: string, b: string, result: ExplainResult): Report {
  const title = `Explain: ${b} vs ${a}`;
  if (result.kind === 'failed') return { title, tables: [], notes: [result.problem], failures: [], document: { a, b, problem: result.problem } };
  const { contributors, explanations } = result;
  const people: Table[] = [];
  for (const explanation of explanations) {
    if (explanation.cell === undefined) people.push({ ...explanationTable(a, b, contributors, explanation), only: 'people' });
    else if (explanation.year === result.perYear?.years[0]) {
      people.push(
        perYearTable(
          a,
          b,
          contributors,
          explanations.filter((each) => each.cell === explanation.cell),
        ),
      );
    }
  }
  const notes: string[] = [`Contributions are to ${b} minus ${a}; they add up to the gap.`];
  const formulas = contributors.find((contributor) => contributor.kind === 'formulas');
  if (formulas?.kind === 'formulas') notes.push(`The formulas count as one contributor; the cells that differ: ${formulas.cells.join(', ')}.`);
  if (result.perYear) {
    const span = `${result.perYear.years[0]}–${result.perYear.years.at(-1)}`;
    notes.push(
      result.perYear.horizonsDiffer
        ? `Per-year targets are explained year by year over ${span}, the years both project${horizonsIn(a, b, contributors)}; in those years the horizon contributes only through formulas that read horizon_years. Single-number targets are computed over each scenario's own horizon.`
        : `Per-year targets are explained year by year, ${span}.`,
    );
  }
  return {
    title,
    tables: [...people, dataTable(contributors, explanations)],
    notes,
    failures: [],
    document: {
      a,
      b,
      contributors: contributors.map((contributor) => ({ ...contributor, label: contributorName(contributor) })),
      explanations: explanations.map((explanation) => ({
        target: explanation.target,
        ...(explanation.year === undefined ? {} : { cell: explanation.cell, year: explanation.year }),
        unit: explanation.unit,
        a: explanation.a,
        b: explanation.b,
        gap: explanation.b - explanation.a,
        contributions: explanation.contributions,
        method: explanation.method,
      })),
    },
  };
}
