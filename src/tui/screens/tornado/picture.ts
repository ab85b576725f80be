import { BASE_MARK, HIGH_MARK, LOW_MARK, tornadoBars } from '../../../charts/tornado-bars.js';
import { formatNumber, type Unit } from '../../../engine/index.js';
import { wrapText } from '../../wrap.js';

/** One input of a tornado as drawn: its name and unit, its low and high, and the output at each. */
export interface PictureBar {
  readonly input: string;
  readonly unit: Unit;
  readonly low: number;
  readonly high: number;
  readonly atLow: number;
  readonly atHigh: number;
  readonly side: 'across' | 'above' | 'below' | 'none';
}

/** What a tornado picture shows: the output (in words, with its unit), its base value, the bars by swing, and notes. */
export interface TornadoPictureInput {
  readonly output: string;
  readonly unit: Unit;
  readonly base: number;
  /** Largest swing first. */
  readonly bars: readonly PictureBar[];
  readonly notVaried: readonly string[];
  /** Sentences: ends that could not be computed. */
  readonly failures: readonly string[];
}

export interface TornadoLine {
  readonly text: string;
  readonly tone: 'heading' | 'legend' | 'name' | 'bar' | 'axis' | 'note' | 'problem';
}

/** The fewest characters a bar is drawn in beside its values; narrower, the values go on a line of their own. */
const MIN_BAR = 21;
const MIN_BAR_BESIDE_NAME = 31;
/** Wider bars read no better, and keep the values far from the names. */
const MAX_BAR = 81;

const IN_UNIT: Readonly<Record<Unit, string>> = { percent: ', in percent', '£bn': ', in £bn', years: ', in years', number: '' };

/** An end of a bar: its mark, the input's value there and the output's: `░ 30.00% → 9.87%`. */
function endText(bar: PictureBar, end: 'low' | 'high', unit: Unit): string {
  const mark = end === 'low' ? LOW_MARK : HIGH_MARK;
  const input = end === 'low' ? bar.low : bar.high;
  const output = end === 'low' ? bar.atLow : bar.atHigh;
  return `${mark} ${formatNumber(input, bar.unit)} → ${formatNumber(output, unit)}`;
}

/** The bar's two ends as written beside it: the smaller output on the left, the larger on the right, as drawn. */
function endsOf(bar: PictureBar, unit: Unit): { left: string; right: string } {
  const lowFirst = bar.atLow <= bar.atHigh;
  return { left: endText(bar, lowFirst ? 'low' : 'high', unit), right: endText(bar, lowFirst ? 'high' : 'low', unit) };
}

const length = (text: string): number => [...text].length;

/** The scale under the bars: the furthest either side reaches, and the base under the base line. */
function axisLine(input: TornadoPictureInput, offset: number, barWidth: number): string {
  const half = Math.max(1, Math.floor((barWidth - 1) / 2));
  const reach = Math.max(0, ...input.bars.flatMap((bar) => [Math.abs(bar.atLow - input.base), Math.abs(bar.atHigh - input.base)]));
  const chars = Array.from({ length: 2 * half + 1 }, () => ' ');
  const put = (text: string, at: number) => {
    for (const [i, char] of [...text].entries()) chars[at + i] = char;
  };
  const base = `${BASE_MARK} ${formatNumber(input.base, input.unit)}`;
  const baseAt = Math.min(half, Math.max(0, chars.length - length(base)));
  const left = formatNumber(input.base - reach, input.unit);
  const right = formatNumber(input.base + reach, input.unit);
  if (reach > 0 && length(left) + 1 < baseAt && baseAt + length(base) + 1 + length(right) <= chars.length) {
    put(left, 0);
    put(right, chars.length - length(right));
  }
  put(base, baseAt);
  return `${' '.repeat(offset)}${chars.join('')}`.trimEnd();
}

/**
 * A tornado as lines of text `width` wide: each input's bar on one scale around the base (`░` the input at its low,
 * `█` at its high, `│` the base), the input's value and the output's at each end beside it, the largest swing first;
 * a scale under the bars; the inputs not varied. Wide enough, an input takes one line; narrower, its name goes above
 * its bar; narrower still, the values go on a line of their own. Every line fits in `width`.
 */
export function tornadoPicture(input: TornadoPictureInput, width: number): TornadoLine[] {
  const room = Math.max(20, width);
  const wrapped = (text: string, tone: TornadoLine['tone']): TornadoLine[] => wrapText(text, room).map((line) => ({ text: line, tone }));
  const base = formatNumber(input.base, input.unit);
  const lines: TornadoLine[] = [...wrapped(`Tornado of ${input.output}${IN_UNIT[input.unit]}: ${base} with every input at its value`, 'heading')];
  if (input.bars.length === 0) {
    lines.push(...wrapped('No input has a low and a high, so nothing is varied: give inputs a low and a high in the scenario file.', 'note'));
  } else {
    lines.push(...wrapped(`${LOW_MARK} input at its low · ${HIGH_MARK} at its high · ${BASE_MARK} base ${base} · largest swing first`, 'legend'));
    const ends = input.bars.map((bar) => endsOf(bar, input.unit));
    const endWidth = Math.max(...ends.flatMap(({ left, right }) => [length(left), length(right)]));
    const nameWidth = Math.max(...input.bars.map((bar) => length(bar.input)));
    const oneLine = room - nameWidth - 2 * endWidth - 3;
    const besideValues = room - 2 * endWidth - 2;
    const mode = oneLine >= MIN_BAR_BESIDE_NAME ? 'one' : besideValues >= MIN_BAR ? 'two' : 'three';
    const barWidth = Math.min(MAX_BAR, mode === 'one' ? oneLine : mode === 'two' ? besideValues : room);
    const offset = mode === 'one' ? nameWidth + 1 + endWidth + 1 : mode === 'two' ? endWidth + 1 : 0;
    const drawn = tornadoBars(input.bars, input.base, barWidth);
    input.bars.forEach((bar, i) => {
      const { left, right } = ends[i]!;
      const strip = drawn[i]!;
      if (mode === 'one') {
        lines.push({ text: `${bar.input.padEnd(nameWidth)} ${left.padStart(endWidth)} ${strip} ${right}`.trimEnd(), tone: 'bar' });
        return;
      }
      lines.push({ text: bar.input, tone: 'name' });
      if (mode === 'two') {
        lines.push({ text: `${left.padStart(endWidth)} ${strip} ${right}`.trimEnd(), tone: 'bar' });
        return;
      }
      const gap = room - length(left) - length(right);
      if (gap >= 1) lines.push({ text: `${left}${' '.repeat(gap)}${right}`, tone: 'bar' });
      else lines.push({ text: left, tone: 'bar' }, { text: right, tone: 'bar' });
      lines.push({ text: strip.trimEnd(), tone: 'bar' });
    });
    lines.push({ text: axisLine(input, offset, barWidth), tone: 'axis' });
    const SIDE_NOTES = { above: 'Both ends above the base', below: 'Both ends below the base', none: 'No change at either end' } as const;
    for (const side of ['above', 'below', 'none'] as const) {
      const names = input.bars.filter((bar) => bar.side === side).map((bar) => bar.input);
      if (names.length > 0) lines.push(...wrapped(`${SIDE_NOTES[side]}: ${names.join(', ')}.`, 'note'));
    }
  }
  if (input.notVaried.length > 0) lines.push(...wrapped(`Not varied (no low and high): ${input.notVaried.join(', ')}.`, 'note'));
  for (const failure of input.failures) lines.push(...wrapped(failure, 'problem'));
  return lines;
}
