import { formatDifference, formatNumber, type Unit } from '../../../engine/index.js';
import { textWidth } from '../../wrap.js';

/** A waterfall from A's value to B's: one step per contribution, each starting where the one before ended. */
export interface WaterfallInput {
  readonly from: { readonly label: string; readonly value: number };
  readonly to: { readonly label: string; readonly value: number };
  readonly steps: readonly { readonly label: string; readonly change: number }[];
  readonly unit: Unit;
}

export type WaterfallTone = 'level' | 'up' | 'down' | 'flat' | 'gap' | 'rule';

export interface WaterfallRun {
  readonly text: string;
  readonly tone: WaterfallTone;
}

export interface WaterfallPicture {
  readonly lines: readonly (readonly WaterfallRun[])[];
  /** Steps drawn on their own line; the others, if any, are summed on one line. */
  readonly drawn: number;
  readonly summed: number;
}

/** The line of the gap: the contributions' sum, which is B − A. */
export const SUM_LABEL = 'sum = gap';
export const UP_BAR = '█';
export const DOWN_BAR = '▒';
export const LEVEL_MARK = '│';
export const GAP_BAR = '═';
export const UP_MARK = '▲';
export const DOWN_MARK = '▼';

/** Lines that are not steps: A, the rule, the gap and B. */
export const FRAME_LINES = 4;
const MIN_BAR_WIDTH = 4;

const markOf = (change: number): string => (change > 0 ? UP_MARK : change < 0 ? DOWN_MARK : ' ');
const toneOf = (change: number): WaterfallTone => (change > 0 ? 'up' : change < 0 ? 'down' : 'flat');
const cut = (text: string, width: number): string => (textWidth(text) <= width ? text : `${[...text].slice(0, Math.max(0, width - 1)).join('')}…`);

/**
 * The steps that get a line of their own when only `room` lines are free for them: all if they fit, else the
 * largest by size (in their order) and one line for the rest, so that the bars still end at B.
 */
export function stepsShown(steps: WaterfallInput['steps'], room: number): { steps: WaterfallInput['steps']; summed: number } {
  if (steps.length <= room) return { steps, summed: 0 };
  const keep = Math.max(0, room - 1);
  const largest = new Set(
    steps
      .map((step, i) => ({ i, size: Math.abs(step.change) }))
      .sort((a, b) => b.size - a.size)
      .slice(0, keep)
      .map(({ i }) => i),
  );
  const rest = steps.filter((_, i) => !largest.has(i));
  const restChange = rest.reduce((sum, step) => sum + step.change, 0);
  const kept = steps.filter((_, i) => largest.has(i));
  return { steps: [...kept, { label: `${rest.length} others`, change: restChange }], summed: rest.length };
}

/**
 * The waterfall in `columns` × `rows` characters: a line for A with a mark at its value, a bar for each contribution
 * from where the last one ended (█ and ▲ up, ▒ and ▼ down, so it reads without colour) with its value in the unit,
 * a rule, the gap (the sum of the contributions) as a bar from A to B, and B. The scale runs over the values the
 * bars pass through, not from zero, so a small gap between large values still shows.
 */
export function layOutWaterfall(input: WaterfallInput, size: { readonly columns: number; readonly rows: number }): WaterfallPicture {
  const { from, to, unit } = input;
  const { steps, summed } = stepsShown(input.steps, Math.max(1, size.rows - FRAME_LINES));
  const gap = to.value - from.value;
  const stepText = (change: number) => `${formatDifference(change, unit)} ${markOf(change)}`;
  const labels = [from.label, to.label, SUM_LABEL, ...steps.map((step) => step.label)];
  // Levels end where the changes' numbers end, before their marks.
  const values = [`${formatNumber(from.value, unit)}  `, `${formatNumber(to.value, unit)}  `, stepText(gap), ...steps.map((step) => stepText(step.change))];
  const valueWidth = Math.max(...values.map(textWidth));
  const longest = Math.max(...labels.map(textWidth));
  const labelWidth = Math.max(6, Math.min(longest, size.columns - valueWidth - MIN_BAR_WIDTH - 4));
  const barWidth = Math.max(1, size.columns - labelWidth - valueWidth - 4);
  // Where the bars go: A, then after each step, ending at B.
  const points = [from.value];
  for (const step of steps) points.push(points.at(-1)! + step.change);
  points[points.length - 1] = to.value;
  const lowest = Math.min(...points);
  const highest = Math.max(...points);
  const edge = (value: number) => (highest > lowest ? Math.round(((value - lowest) / (highest - lowest)) * barWidth) : 0);
  const bar = (start: number, end: number, char: string, nonZero: boolean) => {
    let [left, right] = [Math.min(start, end), Math.max(start, end)];
    if (right === left && nonZero) [left, right] = [Math.min(left, barWidth - 1), Math.min(left, barWidth - 1) + 1];
    return (' '.repeat(left) + char.repeat(right - left)).padEnd(barWidth);
  };
  const level = (value: number) => {
    const at = Math.min(edge(value), barWidth - 1);
    return `${' '.repeat(at)}${LEVEL_MARK}`.padEnd(barWidth);
  };
  const line = (label: string, value: string, drawn: string, tone: WaterfallTone, labelTone: WaterfallTone = 'level'): WaterfallRun[] => [
    { text: `${cut(label, labelWidth).padEnd(labelWidth)}  ${value.padStart(valueWidth)}  `, tone: labelTone },
    { text: drawn, tone },
  ];
  const lines: WaterfallRun[][] = [line(from.label, values[0]!, level(from.value), 'level')];
  steps.forEach((step, i) => {
    const drawn = bar(edge(points[i]!), edge(points[i + 1]!), step.change >= 0 ? UP_BAR : DOWN_BAR, step.change !== 0);
    lines.push(line(step.label, values[i + 3]!, drawn, toneOf(step.change), toneOf(step.change)));
  });
  lines.push([{ text: '─'.repeat(Math.min(size.columns, labelWidth + valueWidth + 4 + barWidth)), tone: 'rule' }]);
  lines.push(line(SUM_LABEL, values[2]!, bar(edge(from.value), edge(to.value), GAP_BAR, gap !== 0), 'gap', 'gap'));
  lines.push(line(to.label, values[1]!, level(to.value), 'level'));
  return { lines, drawn: steps.length - (summed > 0 ? 1 : 0), summed };
}
