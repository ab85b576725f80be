import { textWidth } from '../../wrap.js';

const ELLIPSIS = '…';

/** A name's words, a long word split after its hyphens (`campaign-` `20pc`), each with what joins it to the next. */
function pieces(name: string): { text: string; joint: string }[] {
  return name
    .split(' ')
    .filter((word) => word !== '')
    .flatMap((word) => {
      const parts = word.split(/(?<=-)/);
      return parts.map((text, i) => ({ text, joint: i < parts.length - 1 ? '' : ' ' }));
    });
}

/** `text` shortened to end in an ellipsis within `width`. */
const withEllipsis = (text: string, width: number): string => `${[...text].slice(0, Math.max(0, width - 1)).join('')}${ELLIPSIS}`;

/** `text` cut to `width` with an ellipsis, for a single word with no place to break. */
const cut = (text: string, width: number): string => (textWidth(text) <= width ? text : withEllipsis(text, width));

/**
 * A column header: `name` on at most `rows` lines of `width`, broken between words (or after a hyphen), never within
 * one. A name that needs more lines is shortened after its last whole word that fits, ending in `…`
 * (`campaign-20pc`, `(current,…`); only a single word wider than the column is cut.
 */
export function headerLines(name: string, width: number, rows = 2): string[] {
  const room = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  let joint = '';
  const all = pieces(name);
  for (const [i, piece] of all.entries()) {
    const candidate = line === '' ? piece.text : `${line}${joint}${piece.text}`;
    if (textWidth(candidate) <= room || line === '') {
      line = candidate;
    } else {
      lines.push(line);
      line = piece.text;
    }
    joint = piece.joint;
    if (lines.length === rows) {
      // Out of lines: the last one ends where its words end, with an ellipsis.
      const last = lines[rows - 1]!;
      lines[rows - 1] = textWidth(last) + 1 <= room ? `${last}${ELLIPSIS}` : shortened(last, room);
      return lines.map((text) => cut(text, room));
    }
    if (i === all.length - 1) lines.push(line);
  }
  return lines.map((text) => cut(text, room));
}

/** A line that has no room for the ellipsis: drop its last word (or piece) and end it there. */
function shortened(line: string, width: number): string {
  const words = pieces(line);
  while (words.length > 1) {
    words.pop();
    const text = words.map((word, i) => word.text + (i < words.length - 1 ? word.joint : '')).join('');
    if (textWidth(text) + 1 <= width) return `${text}${ELLIPSIS}`;
  }
  // One word, and more of the name after it: the ellipsis takes its last character's place.
  return withEllipsis(line, width);
}
