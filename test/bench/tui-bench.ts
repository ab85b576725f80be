import { openBareInkScreen } from './bare-ink-screen.js';
import { KEY_GAP_MS } from './keystroke.js';
import { interleaveAsync, median } from './measure.js';
import { type Result, result } from './report.js';
import { LARGE_MODEL, type ModelSize, openTui, SMALL_MODEL, spreadPending, TERMINALS, type Terminal } from './tui-keystroke.js';

/** A frame at 60 frames a second. */
export const FRAME_BUDGET_MS = 16;

/** Our keystroke may cost this much more than bare Ink drawing the same coloured lines (its own work: reducer, engine, React, layout). */
const BARE_INK_TARGET = 1.5;

const sizeText = ({ cells, years }: ModelSize) => `${cells.toLocaleString('en-GB')} cells over ${years} years`;
const terminalText = ({ columns, rows }: Terminal) => `${columns}×${rows}`;

/**
 * + on the edited input until the frame with its new value is written, interleaved key by key with bare Ink
 * drawing the same coloured frames (and, on the large model, with a cursor move on a second copy of the app).
 * Bare Ink is kept one frame behind the app: each of its keys draws a frame the app has already drawn.
 */
async function timeNudges(terminal: Terminal, size: ModelSize, { warmup, samples }: { warmup: number; samples: number }, withCursor: boolean) {
  const tui = await openTui(terminal, size);
  const cursorTui = withCursor ? await openTui(terminal, size) : undefined;
  const bare = await openBareInkScreen(tui.first, terminal.columns, terminal.rows);
  try {
    bare.show((await tui.nudge()).frame);
    const contenders = [
      async () => {
        const { ms, frame } = await tui.nudge();
        bare.show(frame);
        return ms;
      },
      async () => (await bare.press()).ms,
    ];
    if (cursorTui) contenders.push(async () => (await cursorTui.moveCursor()).ms);
    const [ours, bareInk, cursor] = await interleaveAsync(contenders, { rounds: samples, warmup, gapMs: KEY_GAP_MS });
    return { ours: ours!, bareInk: bareInk!, cursor };
  } finally {
    bare.close();
    cursorTui?.close();
    tui.close();
  }
}

/**
 * The keystroke on the 40-cell scenario at three terminal sizes, against bare Ink drawing the same coloured
 * lines (and, at 120×40, the 60 fps frame budget).
 */
export async function keystroke(quick: boolean): Promise<Result[]> {
  const counts = { warmup: quick ? 5 : 20, samples: quick ? 21 : 101 };
  const results: Result[] = [];
  for (const terminal of TERMINALS) {
    const { ours, bareInk } = await timeNudges(terminal, SMALL_MODEL, counts, false);
    const label = `keystroke to frame, ${sizeText(SMALL_MODEL)}, ${terminalText(terminal)}`;
    results.push(result(label, ours.ms, 'bare Ink, same coloured lines', bareInk.ms, ours.samples, BARE_INK_TARGET));
    if (terminal.columns === 120) results.push(result(label, ours.ms, '60 fps frame budget', FRAME_BUDGET_MS, ours.samples, 1));
  }
  return results;
}

/** The keystroke on a 2,000-cell model over 30 years at 120×40, against a cursor move on it and bare Ink drawing the same frames. */
export async function keystrokeLarge(quick: boolean): Promise<Result[]> {
  const terminal = TERMINALS[1];
  const { ours, bareInk, cursor } = await timeNudges(terminal, LARGE_MODEL, { warmup: quick ? 3 : 10, samples: quick ? 11 : 51 }, true);
  const label = `keystroke to frame, ${sizeText(LARGE_MODEL)}, ${terminalText(terminal)}`;
  return [
    result(label, ours.ms, 'cursor move (j/k) on it', cursor!.ms, ours.samples),
    result(label, ours.ms, 'bare Ink, same coloured lines', bareInk.ms, ours.samples),
  ];
}

/**
 * The keystroke at 120×40 with the p5–p95 column shown (the 40-cell scenario with the baseline's ranged inputs, 10,000
 * samples, every formula cell summarised): until the frame with the new value, interleaved key by key with the plain
 * keystroke on a second copy of the app, and against the 60 fps frame budget; and until the frame with the column's
 * new figures, which the simulation after that frame brings, against the same budget. Each key waits for its figures,
 * so no simulation runs during the other copy's keystroke.
 */
export async function keystrokeSimulated(quick: boolean): Promise<Result[]> {
  const terminal = TERMINALS[1];
  const simulated = await openTui(terminal, SMALL_MODEL, { spread: true });
  const plain = await openTui(terminal, SMALL_MODEL);
  const figures: number[] = [];
  try {
    const [ours, reference] = await interleaveAsync(
      [
        async (round) => {
          const pressed = await simulated.nudgeSimulated();
          if (!spreadPending(pressed.value.frame)) throw new Error('the frame with the new value already had the new figures');
          if (round >= warmupOf(quick)) figures.push(pressed.figures.ms);
          return pressed.value.ms;
        },
        async () => (await plain.nudge()).ms,
      ],
      { rounds: quick ? 11 : 41, warmup: warmupOf(quick), gapMs: KEY_GAP_MS },
    );
    const label = `keystroke to frame with p5–p95 shown (10,000 samples), ${sizeText(SMALL_MODEL)}, ${terminalText(terminal)}`;
    const figuresLabel = `keystroke to p5–p95's new figures (10,000 samples), ${sizeText(SMALL_MODEL)}, ${terminalText(terminal)}`;
    return [
      result(label, ours!.ms, 'the same keystroke without p5–p95', reference!.ms, ours!.samples, BARE_INK_TARGET),
      result(label, ours!.ms, '60 fps frame budget', FRAME_BUDGET_MS, ours!.samples, 1),
      result(figuresLabel, median(figures), '60 fps frame budget', FRAME_BUDGET_MS, figures.length, 1),
    ];
  } finally {
    simulated.close();
    plain.close();
  }
}

const warmupOf = (quick: boolean) => (quick ? 3 : 10);
