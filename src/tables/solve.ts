import type { Point, SearchRange, Solution, SolveRequest } from '../analysis/solve.js';
import { RELATIVE_TOLERANCE, SCAN_INTERVALS } from '../analysis/solve.js';
import { isCondition, targetWords } from '../analysis/target.js';
import { evaluateMeasure, formatNumber, type InputCell, type Measure } from '../engine/index.js';
import { formatPrecisely } from './show.js';
import { EMPTY, numberCell, type Report, type TableCell, textCell } from './table.js';

/** The search as a sentence: where it looked and how. */
function searchedNote(request: SolveRequest, cell: InputCell, { min, max }: { min: number; max: number }): string {
  const limits = request.between ? 'as asked' : 'its min and max';
  return `Searched ${cell.name} from ${formatNumber(min, cell.unit)} to ${formatNumber(max, cell.unit)} (${limits}) in ${SCAN_INTERVALS} steps, then refined each crossing with Brent's method to ${RELATIVE_TOLERANCE} relative.`;
}

/** What the target does as the input goes over the range, in words, when it never gives the wanted value. */
function outOfReach(request: SolveRequest, solution: Extract<Solution, { kind: 'out-of-reach' }>): string {
  const { sheet, target, wanted } = request;
  const cell = sheet.model.cells.get(request.input)!.cell as InputCell;
  const what = targetWords(target, sheet.evaluation.years);
  const inTarget = (value: number) => formatNumber(value, target.unit);
  const inInput = (value: number) => formatNumber(value, cell.unit);
  const { lowest, highest, searched, closest } = solution;
  const over = `as ${cell.name} goes from ${inInput(searched.min)} to ${inInput(searched.max)}`;
  if (solution.dependsOnInput === false)
    return `${what} does not change with ${cell.name}: it is ${inTarget(lowest.target)} whatever ${cell.name} is, so ${inTarget(wanted)} is out of reach`;
  if (lowest.target === highest.target) return `${what} stays at ${inTarget(lowest.target)} ${over}: ${inTarget(wanted)} is out of reach`;
  const range = `${what} goes from ${inTarget(lowest.target)} (at ${inInput(lowest.input)}) to ${inTarget(highest.target)} (at ${inInput(highest.input)}) ${over}`;
  if (closest) {
    const miss = Math.abs(closest.target - wanted);
    const by = target.unit === 'percent' ? `${(miss * 100).toPrecision(2)} pp` : formatNumber(miss, target.unit);
    return `${what} comes within ${by} of ${inTarget(wanted)} at ${cell.name} ≈ ${formatNumber(closest.input, cell.unit)} but does not reach it (${range})`;
  }
  return `${range}: ${inTarget(wanted)} is out of reach`;
}

/** Why the wanted value cannot be reached, in the words the command line and the terminal UI both show. */
export function unsolvedSentence(request: SolveRequest, solution: Exclude<Solution, { kind: 'solved' }>): string {
  const { sheet, target, wanted } = request;
  const cell = sheet.model.cells.get(request.input)!.cell as InputCell;
  const what = targetWords(target, sheet.evaluation.years);
  const inTarget = (value: number) => formatNumber(value, target.unit);
  const inInput = (value: number) => formatNumber(value, cell.unit);
  switch (solution.kind) {
    case 'out-of-reach':
      return outOfReach(request, solution);
    case 'jump': {
      const [first, second] = [solution.below, solution.above].sort((a, b) => a.input - b.input) as [Point, Point];
      if (solution.noValue) {
        return `${what} jumps over ${inTarget(wanted)} near ${cell.name} = ${inInput(solution.at)}, where it cannot be computed: it goes from ${inTarget(first.target)} (at ${inInput(first.input)}) to ${inTarget(second.target)} (at ${inInput(second.input)}), and no value gives exactly ${inTarget(wanted)}`;
      }
      return `${what} jumps from ${inTarget(first.target)} to ${inTarget(second.target)} at ${cell.name} = ${inInput(solution.at)}: no value gives exactly ${inTarget(wanted)}`;
    }
    case 'no-values':
      return `${what} cannot be computed for any value of ${cell.name} from ${inInput(solution.searched.min)} to ${inInput(solution.searched.max)}`;
  }
}

/** What to solve instead of a condition to find its threshold: `last(private_share) > 0.1` gives last(private_share) for 0.1. */
export function thresholdHint(target: Measure): string {
  const parts = target.text.split(/\s*(?:<=|>=|==|!=|<|>)\s*/);
  if (parts.length === 2 && parts[0] !== '' && parts[1] !== '') return `--target "${parts[0]}" --equals ${parts[1]}`;
  return '--target set to the quantity the condition compares, and --equals to the value it is compared with';
}

/** A solution that is an interval, or a target that gives the wanted value whatever the input is, in words. */
function intervalSentence(request: SolveRequest, solution: Extract<Solution, { kind: 'solved' }>, interval: SearchRange): string {
  const { sheet, target, wanted } = request;
  const cell = sheet.model.cells.get(request.input)!.cell as InputCell;
  const what = targetWords(target, sheet.evaluation.years);
  const inInput = (value: number) => formatNumber(value, cell.unit);
  const gives = isCondition(target) ? `is ${wanted === 0 ? 'false (0)' : 'true (1)'}` : `is ${formatNumber(wanted, target.unit)}`;
  if (solution.dependsOnInput === false) return `${what} does not change with ${cell.name}: it ${gives} whatever ${cell.name} is`;
  const { min, max } = solution.searched;
  if (interval.min === min && interval.max === max) return `${what} ${gives} for every value of ${cell.name} searched, ${inInput(min)} to ${inInput(max)}`;
  const ends = [interval.min === min ? undefined : interval.min, interval.max === max ? undefined : interval.max].flatMap((end) =>
    end === undefined ? [] : [preciseIn(end, cell)],
  );
  return `${what} ${gives} for ${cell.name} from ${inInput(interval.min)} to ${inInput(interval.max)}: it changes at ${ends.join(' and ')} (found by bisection on the step, to ${RELATIVE_TOLERANCE} relative)`;
}

const preciseIn = (value: number, cell: InputCell): string => formatPrecisely(value, cell.unit);

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
    if (solution.interval) {
      const { min, max } = solution.interval;
      rows.push(row('solved interval', textCell(`${preciseIn(min, cell)} to ${preciseIn(max, cell)}`)));
    }
    rows.push(row('target reached', numberCell(solution.reached, target.unit), beforeTarget));
    const others = [
      ...solution.others.map((value) => formatNumber(value, cell.unit)),
      ...(solution.otherIntervals ?? []).map(({ min, max }) => `${formatNumber(min, cell.unit)} to ${formatNumber(max, cell.unit)}`),
    ];
    rows.push(row('other solutions', textCell(others.length === 0 ? 'none found' : `${others.length}: ${others.join(', ')}`)));
    if (solution.interval) {
      const { min, max } = solution.interval;
      const current = formatNumber(cell.value, cell.unit);
      const given =
        cell.value >= min && cell.value <= max ? `so the current value, ${current}, is given` : `the end nearest the current value (${current}) is given`;
      notes.push(`${intervalSentence(request, solution, solution.interval)}; ${given}.`);
    }
    if (others.length > 0)
      notes.push(`Of ${others.length + 1} solutions, the one nearest the current value (${formatNumber(cell.value, cell.unit)}) is given.`);
    if (isCondition(target))
      notes.push(`${target.text} is a condition (1 when true, 0 when false); to solve for its threshold itself, use ${thresholdHint(target)}.`);
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
        ? {
            value: solution.value,
            reached: solution.reached,
            ...(solution.interval ? { interval: solution.interval } : {}),
            otherSolutions: solution.others,
            otherIntervals: solution.otherIntervals ?? [],
          }
        : solution.kind === 'out-of-reach'
          ? { lowest: solution.lowest, highest: solution.highest, ...(solution.closest ? { closest: solution.closest } : {}) }
          : solution.kind === 'jump'
            ? { at: solution.at, below: solution.below, above: solution.above, ...(solution.noValue ? { noValue: true } : {}) }
            : {}),
      before: { value: cell.value, target: before.ok ? before.value : null },
      evaluations: solution.evaluations,
      searched,
      ...(solution.kind === 'solved' ? {} : { problem: unsolvedSentence(request, solution) }),
    },
  };
}
