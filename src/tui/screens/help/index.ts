import { moved, scrollPositions } from '../../cursor.js';
import { bodyRowsOf, MIN_COLUMNS } from '../../layout.js';
import { movingKeys } from '../../moving-keys.js';
import { type Frame, type Laid, laidOut, type Screen } from '../../screen.js';
import { helpSections, type KeyedScreen } from '../../screen-keys.js';
import { pop, sliceOf, withSlice } from '../../state/stack.js';
import type { State } from '../../state/types.js';
import { type HelpLayout, HelpView } from './HelpScreen.js';
import { type HelpLine, helpLines, helpRows } from './help-lines.js';

/** The first help line shown, and how many lines there are at the screen's width and how many fit. */
export interface HelpSlice {
  readonly top: number;
  readonly fit: { readonly lines: number; readonly rows: number };
}

const INITIAL_HELP: HelpSlice = { top: 0, fit: { lines: 0, rows: 1 } };

const scrollPositionsOf = (help: HelpSlice): number => scrollPositions(help.fit.lines, help.fit.rows);

function keepHelpInView(state: State): State {
  const help = sliceOf(state, 'help');
  const top = Math.max(0, Math.min(scrollPositionsOf(help) - 1, help.top));
  return top === help.top ? state : withSlice(state, 'help', { top });
}

/**
 * Every key of `screens`, a screenful at a time, over whatever screen was shown (`?` opens it there, and closing it
 * goes back to it). Moving keys scroll it; the keys of the screen under it do nothing while it shows.
 */
export function helpScreen(screens: Readonly<Record<string, KeyedScreen>>): Screen<HelpSlice> {
  const sections = helpSections(screens);
  const byWidth = new Map<number, HelpLine[]>();
  const linesAt = (width: number): HelpLine[] => {
    const known = byWidth.get(width);
    if (known) return known;
    const lines = helpLines(sections, width);
    byWidth.set(width, lines);
    return lines;
  };
  const layOut = (frame: Frame): Laid<HelpSlice['fit'], HelpLayout> => {
    const width = Math.max(MIN_COLUMNS, frame.columns);
    const lines = linesAt(width);
    const rows = helpRows(bodyRowsOf(frame));
    return { fit: { lines: lines.length, rows }, view: { lines, rows, width } };
  };
  return {
    initial: INITIAL_HELP,
    appKeys: false,
    bindings: [
      ...movingKeys('help', (state, move) => {
        const help = sliceOf(state, 'help');
        return withSlice(state, 'help', { top: moved(help.top, move, scrollPositionsOf(help), help.fit.rows) });
      }),
      {
        command: 'help.close',
        keys: ['?', 'escape', 'q', 'enter'],
        label: '? Esc q',
        description: 'close the help',
        hint: 'close help',
        footerKeys: '? Esc',
        footerRank: 0,
        run: pop,
      },
    ],
    keepInView: keepHelpInView,
    render: laidOut(layOut, HelpView),
  };
}
