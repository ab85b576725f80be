import { targetWords } from '../../../analysis/target.js';
import { type Tornado, tornadoes } from '../../../analysis/tornado.js';
import { checkMeasure, formatNumber, type InputCell, type Sheet } from '../../../engine/index.js';
import type { TornadoPictureInput } from './picture.js';

/** What the tornado screen shows: a tornado, or why there is none. */
export type TornadoSubject = { readonly kind: 'tornado'; readonly picture: TornadoPictureInput } | { readonly kind: 'message'; readonly text: string };

/** Tornadoes already worked out, by sheet and output: the screen is laid out on every frame, the sheet changes only with an edit. */
const known = new WeakMap<Sheet, Map<string, TornadoSubject>>();

function worked(sheet: Sheet, text: string): TornadoSubject {
  const checked = checkMeasure(sheet, text);
  if (!checked.ok) return { kind: 'message', text: `${text}: ${checked.problem}. e types what to show.` };
  const output = checked.measure;
  const [result] = tornadoes(sheet, [output]);
  if (!result || 'problem' in result) return { kind: 'message', text: `${output.text} cannot be computed: ${result?.problem ?? 'no value'}` };
  const tornado: Tornado = result;
  const unitOf = (name: string) => (sheet.model.cells.get(name)!.cell as InputCell).unit;
  const what = targetWords(output, sheet.evaluation.years);
  return {
    kind: 'tornado',
    picture: {
      output: what === output.text ? what : `${what} (${output.text})`,
      unit: output.unit,
      base: tornado.base,
      bars: tornado.bars.map((bar) => ({ ...bar, unit: unitOf(bar.input) })),
      notVaried: tornado.notVaried,
      failures: tornado.failures.map(
        (failure) => `${failure.input} at its ${failure.at} (${formatNumber(failure.value, unitOf(failure.input))}): ${failure.problem}.`,
      ),
    },
  };
}

/** The tornado of `text` (a formula giving one number) on the sheet, every input with a low and a high set to each in turn. */
export function tornadoSubject(sheet: Sheet, text: string): TornadoSubject {
  let bySheet = known.get(sheet);
  if (!bySheet) {
    bySheet = new Map();
    known.set(sheet, bySheet);
  }
  const found = bySheet.get(text);
  if (found) return found;
  const subject = worked(sheet, text);
  bySheet.set(text, subject);
  return subject;
}
