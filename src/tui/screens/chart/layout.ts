import { type ChartPicture, crossingSentence, drawChart } from '../../../charts/index.js';
import { bodyRowsOf, clip, MIN_COLUMNS } from '../../layout.js';
import type { Frame, Laid } from '../../screen.js';
import { topScreen } from '../../state/stack.js';
import type { State } from '../../state/types.js';
import { fitNotes, wrapText } from '../../wrap.js';
import { type ChartSubject, chartSubject } from './chart-input.js';
import type { ChartSlice } from './state.js';

/** A line under the chart: the reference line's crossings, a scenario left out, or how to add to the chart. */
export interface ChartNote {
  readonly text: string;
  readonly tone: 'crossing' | 'left-out' | 'hint';
}

/** What the chart screen draws: a heading, then the chart and the notes under it, or a message where no chart can be drawn. */
export interface ChartScreenLayout {
  readonly width: number;
  readonly height: number;
  readonly heading: string;
  readonly picture?: ChartPicture;
  readonly notes: readonly ChartNote[];
  readonly message: readonly string[];
}

/** Rows the chart keeps whatever notes there are: two of plot, the year labels and a line of legend. */
const CHART_MIN_ROWS = 4;
const HEADING_ROWS = 1;

function notesOf(subject: Extract<ChartSubject, { kind: 'chart' }>): { text: string; tone: ChartNote['tone'] }[] {
  const sentence = crossingSentence(subject.input);
  const notes: { text: string; tone: ChartNote['tone'] }[] = [];
  if (sentence) notes.push({ text: sentence, tone: 'crossing' });
  for (const why of subject.left) notes.push({ text: `Not drawn: ${why}.`, tone: 'left-out' });
  if (subject.bandProblem) notes.push({ text: `No p5–p95 band: ${subject.bandProblem}.`, tone: 'left-out' });
  const hints: string[] = [];
  if (subject.compared === 0) hints.push('To draw other scenarios here, compare them: Esc, then c in the grid.');
  if (subject.input.reference === undefined) hints.push('r sets a reference line, e.g. 10%.');
  if (hints.length > 0) notes.push({ text: hints.join(' '), tone: 'hint' });
  return notes;
}

const EMPTY: Omit<ChartScreenLayout, 'width' | 'height'> = { heading: '', notes: [], message: [] };

/**
 * The chart of the selected cell in the rows between the title and the status line. Only drawn while the chart is the
 * screen shown: every screen is laid out on every frame, and the grid's keystrokes should not pay for a chart.
 */
export function layOutChart(frame: Frame, state: State): Laid<ChartSlice['fit'], ChartScreenLayout> {
  const width = Math.max(MIN_COLUMNS, frame.columns);
  const height = bodyRowsOf(frame);
  if (topScreen(state) !== 'chart') return { fit: { columns: 0, rows: 0 }, view: { ...EMPTY, width, height } };
  const subject = chartSubject(state);
  if (subject.kind === 'message') {
    const heading = clip(subject.cell ? `Chart of ${subject.cell}` : 'Chart', width);
    return { fit: { columns: 0, rows: 0 }, view: { ...EMPTY, width, height, heading, message: wrapText(subject.text, width).slice(0, height - HEADING_ROWS) } };
  }
  const { input, description } = subject;
  const heading = clip(`Chart of ${input.quantity} (${input.unit}) by fiscal year${description ? ` · ${description}` : ''}`, width);
  const room = height - HEADING_ROWS;
  const notes = fitNotes(notesOf(subject), width, Math.max(0, room - CHART_MIN_ROWS));
  const size = { columns: width, rows: Math.max(1, room - notes.length) };
  return { fit: size, view: { ...EMPTY, width, height, heading, notes, picture: drawChart(input, size) } };
}
