import { bodyRowsOf, MIN_COLUMNS } from '../../layout.js';
import type { Frame, Laid } from '../../screen.js';
import { selectedName } from '../../state/selectors.js';
import { topScreen } from '../../state/stack.js';
import type { State } from '../../state/types.js';
import { wrapText } from '../../wrap.js';
import { type TornadoLine, tornadoPicture } from './picture.js';
import { outputTextOf, type TornadoSlice } from './state.js';
import { tornadoSubject } from './subject.js';

export interface TornadoLayout {
  readonly width: number;
  readonly height: number;
  readonly lines: readonly TornadoLine[];
}

/**
 * The tornado of the selected cell's output in the rows between the title and the status line; when it is taller
 * than that, the inputs with the smallest swings give way, and a line says how many. Laid out only while shown.
 */
export function layOutTornado(frame: Frame, state: State): Laid<TornadoSlice['fit'], TornadoLayout> {
  const width = Math.max(MIN_COLUMNS, frame.columns);
  const height = bodyRowsOf(frame);
  const cell = selectedName(state);
  if (topScreen(state) !== 'tornado' || cell === undefined) return { fit: { rows: height }, view: { width, height, lines: [] } };
  const subject = tornadoSubject(state.sheet, outputTextOf(state, cell));
  if (subject.kind === 'message') {
    return { fit: { rows: height }, view: { width, height, lines: wrapText(subject.text, width).map((text) => ({ text, tone: 'problem' })) } };
  }
  const { picture } = subject;
  let lines = tornadoPicture(picture, width);
  for (let shown = picture.bars.length - 1; lines.length > height && shown >= 1; shown--) {
    const left = picture.bars.length - shown;
    const more: TornadoLine = { text: `… ${left} more ${left === 1 ? 'input' : 'inputs'} with smaller swings: a taller terminal shows them`, tone: 'note' };
    const drawn = tornadoPicture({ ...picture, bars: picture.bars.slice(0, shown) }, width);
    const axis = drawn.findIndex((line) => line.tone === 'axis');
    lines = [...drawn.slice(0, axis + 1), ...wrapText(more.text, width).map((text) => ({ ...more, text })), ...drawn.slice(axis + 1)];
  }
  return { fit: { rows: height }, view: { width, height, lines: lines.slice(0, height) } };
}
