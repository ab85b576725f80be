import { bodyRowsOf, clip, MIN_COLUMNS } from '../../layout.js';
import type { Frame, Laid } from '../../screen.js';
import { sliceOf, topScreen } from '../../state/stack.js';
import type { State } from '../../state/types.js';
import { wrapText } from '../../wrap.js';
import type { ExplainSlice } from './state.js';
import { FRAME_LINES, layOutWaterfall, type WaterfallPicture } from './waterfall.js';

export interface ExplainScreenLayout {
  readonly width: number;
  readonly height: number;
  readonly heading: readonly string[];
  readonly picture?: WaterfallPicture;
  readonly notes: readonly string[];
}

const KEY_NOTE = `█ ▲ raises it, ▒ ▼ lowers it; each bar starts where the one above it ends, and ═ is the whole gap.`;

/** The waterfall between the heading and the notes; the notes give way before the waterfall's frame and one step. */
export function layOutExplain(frame: Frame, state: State): Laid<ExplainSlice['fit'], ExplainScreenLayout> {
  const width = Math.max(MIN_COLUMNS, frame.columns);
  const height = bodyRowsOf(frame);
  const { shown } = sliceOf(state, 'explain');
  if (topScreen(state) !== 'explain' || !shown) return { fit: { rows: 0 }, view: { width, height, heading: [], notes: [] } };
  const heading = wrapText(shown.heading, width).slice(0, 2);
  if (shown.kind === 'message')
    return { fit: { rows: 0 }, view: { width, height, heading, notes: wrapText(shown.text, width).slice(0, height - heading.length) } };
  const room = height - heading.length - 1;
  const wanted = shown.input.steps.length + FRAME_LINES;
  const notes = [...shown.notes, KEY_NOTE].flatMap((note) => wrapText(note, width));
  const noteRows = Math.max(0, Math.min(notes.length, room - Math.min(wanted, FRAME_LINES + 1)));
  const kept = notes.slice(0, noteRows);
  if (noteRows < notes.length && kept.length > 0) kept[kept.length - 1] = clip(`${kept.at(-1)} …`, width);
  const picture = layOutWaterfall(shown.input, { columns: width, rows: Math.max(FRAME_LINES + 1, room - noteRows) });
  return { fit: { rows: picture.lines.length }, view: { width, height, heading, picture, notes: kept } };
}
