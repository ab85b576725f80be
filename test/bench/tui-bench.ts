import { medianKeystrokeMs } from './keystroke.js';
import { type Result, result } from './report.js';
import { COLUMNS, MODEL_ROWS, openTui, ROWS } from './tui-keystroke.js';
import { openStaticTable } from './tui-table.js';

/** A common terminal height, at which the grid scrolls (27 of the 40 rows show). */
const SHORT_ROWS = 40;

/** A frame at 60 frames a second. */
export const FRAME_BUDGET_MS = 16;

/**
 * + on a 40-row scenario until the frame with the new value is written: on a terminal tall enough to
 * show every row, against the frame budget and a bare Ink table of the same size; and, for
 * information, on a 40-line terminal.
 */
export async function keystroke(quick: boolean): Promise<Result[]> {
  const options = { warmup: quick ? 5 : 20, samples: quick ? 21 : 101 };
  const timeTui = async (terminalRows: number) => {
    const tui = await openTui(terminalRows);
    let frame = '';
    const timing = await medianKeystrokeMs(async () => {
      const pressed = await tui.nudge();
      frame = pressed.frame;
      return pressed.ms;
    }, options);
    tui.close();
    return { ...timing, frame };
  };
  const ours = await timeTui(ROWS);
  const { frame } = ours;
  const short = await timeTui(SHORT_ROWS);

  const lines = frame.split('\n').slice(1, ROWS - 1);
  const table = openStaticTable(lines, COLUMNS, ROWS);
  await table.ready();
  const bare = await medianKeystrokeMs(() => table.press(), options);
  table.close();

  const label = (rows: number) => `keystroke to frame, ${MODEL_ROWS}-row scenario, ${COLUMNS}×${rows} terminal`;
  return [
    result(label(ROWS), ours.ms, '16 ms budget', FRAME_BUDGET_MS, ours.samples, 1),
    result(label(ROWS), ours.ms, `bare Ink, ${lines.length + 1} lines`, bare.ms, bare.samples),
    result(label(SHORT_ROWS), short.ms, '16 ms budget', FRAME_BUDGET_MS, short.samples),
  ];
}
