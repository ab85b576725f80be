import { Box, Text, useInput } from 'ink';
import { createElement, memo, useState } from 'react';
import { type Frame, linesOf, renderScreen } from './keystroke.js';
import { type Run, styledRuns } from './styled-runs.js';
import type { Pressed } from './tui-keystroke.js';

/** A stretch of a line in one style, all printable ASCII or none of it. */
type Piece = Run;

/**
 * A line as pieces: its runs of one style, split where the text changes between printable ASCII and other
 * characters (Ink measures ASCII text much faster), so that Ink measures as little as it can for the line.
 */
const piecesOf = (line: string): Piece[] =>
  styledRuns(line).flatMap((run) => (run.text.match(/[ -~]+|[^ -~]+/g) ?? []).map((text) => ({ text, style: run.style })));

/** One line, as a row of texts styled with Text's props (an empty line is a box one line high: an empty text takes none). */
const Line = memo(function Line({ pieces }: { readonly pieces: readonly Piece[] }) {
  if (pieces.length === 0) return createElement(Box, { height: 1 });
  return createElement(Box, null, ...pieces.map((piece, i) => createElement(Text, { key: i, ...piece.style }, piece.text)));
});

/** Bare Ink: a frame's lines, each drawn again only when it changes; + shows the next frame it was given. */
function ColouredLines({ first, next }: { readonly first: readonly Piece[][]; readonly next: () => readonly Piece[][] }) {
  const [lines, setLines] = useState(first);
  useInput((input) => {
    if (input === '+') setLines(next());
  });
  return createElement(Box, { flexDirection: 'column' }, ...lines.map((pieces, i) => createElement(Line, { key: i, pieces })));
}

/**
 * The reference for a keystroke: Ink drawing the same coloured lines as the app, with none of the app's own
 * work. It opens on the app's `first` frame; `show` queues a frame the app drew (read into pieces there, untimed;
 * a line seen before keeps its pieces, so its Line is not drawn again), and `press` types + and resolves once the
 * oldest queued frame is written.
 */
export async function openBareInkScreen(first: Frame, columns: number, rows: number) {
  const known = new Map<string, Piece[]>();
  const read = (frame: Frame): Piece[][] =>
    linesOf(frame.coloured).map((line) => {
      const pieces = known.get(line) ?? piecesOf(line);
      known.set(line, pieces);
      return pieces;
    });
  const queue: { frame: Frame; lines: Piece[][] }[] = [];
  let shown = first;
  const next = () => {
    const queued = queue.shift();
    if (!queued) throw new Error('+ pressed on the bare Ink screen with no frame queued');
    shown = queued.frame;
    return queued.lines;
  };
  const screen = renderScreen(createElement(ColouredLines, { first: read(first), next }), columns, rows);
  const same = (frame: Frame, expected: Frame) => frame.plain.replace(/\n$/, '') === expected.plain.replace(/\n$/, '');
  await screen.until((frame) => same(frame, first));
  return {
    show(frame: Frame): void {
      queue.push({ frame, lines: read(frame) });
    },
    press(): Promise<Pressed> {
      const expected = queue[0]?.frame;
      if (!expected) throw new Error('press() on the bare Ink screen with no frame queued');
      return screen.press('+', (frame) => same(frame, expected));
    },
    /** The frame it shows now, as given. */
    shown: () => shown,
    close: () => screen.close(),
  };
}
