import { medianKeystrokeMs } from './keystroke.js';
import { result, type Result } from './report.js';
import { openStaticTable } from './tui-table.js';
import { COLUMNS, MODEL_ROWS, openTui, ROWS } from './tui-keystroke.js';

/** A frame at 60 frames a second. */
export const FRAME_BUDGET_MS = 16;

/** + on a 40-row scenario until the frame with the new value is written; against the frame budget and a bare Ink table of the same size. */
export async function keystroke(quick: boolean): Promise<Result[]> {
  const options = { warmup: quick ? 5 : 20, samples: quick ? 21 : 101 };
  const tui = await openTui();
  let frame = '';
  const ours = await medianKeystrokeMs(async () => {
    const pressed = await tui.nudge();
    frame = pressed.frame;
    return pressed.ms;
  }, options);
  tui.close();

  const lines = frame.split('\n').slice(1, ROWS - 1);
  const table = openStaticTable(lines, COLUMNS, ROWS);
  await table.ready();
  const bare = await medianKeystrokeMs(() => table.press(), options);
  table.close();

  const label = `keystroke to frame, ${MODEL_ROWS}-row scenario (${COLUMNS}×${ROWS})`;
  return [
    result(label, ours.ms, '16 ms budget', FRAME_BUDGET_MS, ours.samples, 1),
    result(label, ours.ms, `bare Ink, ${lines.length + 1} lines`, bare.ms, bare.samples),
  ];
}
