import type { Solution, SolveRequest } from '../analysis/solve.js';
import { RELATIVE_TOLERANCE, SCAN_INTERVALS } from '../analysis/solve.js';
import { targetWords } from '../analysis/target.js';
import { evaluateMeasure, formatNumber, type InputCell } from '../engine/index.js';
import { EMPTY, numberCell, type Report, type TableCell, textCell } from './table.js';

/** The search as a sentence: where it looked and how. */
function searchedNote(request: SolveRequest, cell: InputCell, { min, max }: { min: number; max: number }): string {
  const limits = request.between ? 'as asked' : 'its min and max';
  return `Searched ${cell.name} from ${formatNumber(min, cell.unit)} to ${formatNumber(max, cell.unit)} (${limits}) in ${SCAN_INTERVALS} steps, then refined each crossing with Brent's method to ${RELATIVE_TOLERANCE} relative.`;
}

/** Why the wanted value cannot be reached, in the words the command line and the terminal UI both show. */
export function unsolvedSentence(request: SolveRequest, solution: Exclude<Solution, { kind: 'solved' }>): string {
  const { sheet, target, wanted } = request;
  const cell = sheet.model.cells.get(request.input)!.cell as InputCell;
  const what = targetWords(target, sheet.evaluation.years);
  const inTarget = (value: number) => formatNumber(value, target.unit);
  const inInput = (value: number) => formatNumber(value, cell.unit);
  switch (solution.kind) {
    case 'out-of-reach': {
      const { lowest, highest, searched } = solution;
      return `${what} goes from ${inTarget(lowest.target)} (at ${inInput(lowest.input)}) to ${inTarget(highest.target)} (at ${inInput(highest.input)}) as ${cell.name} goes from ${inInput(searched.min)} to ${inInput(searched.max)}: ${inTarget(wanted)} is out of reach`;
    }
    case 'jump':
      return `${what} jumps from ${inTarget(solution.below.target)} to ${inTarget(solution.above.target)} at ${cell.name} = ${inInput(solution.at)}: no value gives exactly ${inTarget(wanted)}`;
    case 'no-values':
      return `${what} cannot be computed for any value of ${cell.name} from ${inInput(solution.searched.min)} to ${inInput(solution.searched.max)}`;
  }
}

/** A goal seek's answer, or why there is none; the JSON carries every number at full precision. */
export function solveReport(scenarioName: string, request: SolveRequest, solution: Solution): Report {
  const { sheet, target, wanted } = request;
  const cell = sheet.model.cells.get(request.input)!.cell as InputCell;
  const before = evaluateMeasure(sheet, target);
  const beforeTarget = before.ok ? numberCell(before.value, target.unit) : EMPTY;
  const what = targetWords(target, sheet.evaluation.years);
  const row = (label: string, value: TableCell, was: TableCell = EMPTY): TableCell[] => [textCell(label), value, was];
  const rows: TableCell[][] = [
    row('changing', textCell(cell.name)),
    row('target', textCell(what === target.text ? target.text : `${target.text}: ${what}`)),
    row('wanted', numberCell(wanted, target.unit)),
  ];
  const notes: string[] = [];
  if (solution.kind === 'solved') {
    rows.push(row('solved value', numberCell(solution.value, cell.unit, 'precise'), numberCell(cell.value, cell.unit, 'precise')));
    rows.push(row('target reached', numberCell(solution.reached, target.unit), beforeTarget));
    const others = solution.others.map((value) => formatNumber(value, cell.unit));
    rows.push(row('other solutions', textCell(others.length === 0 ? 'none found' : `${others.length}: ${others.join(', ')}`)));
    if (others.length > 0)
      notes.push(`Of ${others.length + 1} solutions, the one nearest the current value (${formatNumber(cell.value, cell.unit)}) is given.`);
    if (solution.failedPoints > 0)
      notes.push(`The target could not be computed at ${solution.failedPoints} of the points scanned; no solution is claimed there.`);
  } else {
    rows.push(row('result', textCell(solution.kind === 'jump' ? 'no exact solution' : solution.kind === 'no-values' ? 'no values' : 'out of reach')));
    notes.push(`${unsolvedSentence(request, solution)}.`);
  }
  rows.push(row('evaluations', numberCell(solution.evaluations, 'number')));
  const searched = solution.searched;
  notes.push(searchedNote(request, cell, searched));
  return {
    title: `Goal seek: ${scenarioName}`,
    tables: [{ columns: [{ header: '' }, { header: 'value', align: 'left' }, { header: 'before', align: 'left' }], rows, notes }],
    failures: [],
    document: {
      scenario: scenarioName,
      input: cell.name,
      target: target.text,
      wanted,
      status: solution.kind,
      ...(solution.kind === 'solved'
        ? { value: solution.value, reached: solution.reached, otherSolutions: solution.others }
        : solution.kind === 'out-of-reach'
          ? { lowest: solution.lowest, highest: solution.highest }
          : solution.kind === 'jump'
            ? { at: solution.at, below: solution.below, above: solution.above }
            : {}),
      before: { value: cell.value, target: before.ok ? before.value : null },
      evaluations: solution.evaluations,
      searched,
      ...(solution.kind === 'solved' ? {} : { problem: unsolvedSentence(request, solution) }),
    },
  };
}
