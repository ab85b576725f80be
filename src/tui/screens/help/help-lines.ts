import type { HelpSection } from '../../screen.js';
import { textWidth, wrapText } from '../../wrap.js';

/** Part of a help line: a section heading, a key, or plain text. */
export interface HelpSegment {
  readonly text: string;
  readonly style?: 'heading' | 'key';
}
export type HelpLine = readonly HelpSegment[];

const LABEL_WIDTH = 14;
const COLUMN_GAP = 3;
/** Two columns only when each still has this much room for descriptions; otherwise one column. */
const MIN_DESCRIPTION_WIDTH = 30;

function sectionLines(section: HelpSection, width: number): HelpLine[] {
  const lines: HelpLine[] = [[{ text: section.title, style: 'heading' }]];
  for (const row of section.rows) {
    wrapText(row.description, width - LABEL_WIDTH).forEach((part, i) => {
      lines.push([{ text: (i === 0 ? row.label : '').padEnd(LABEL_WIDTH), style: 'key' }, { text: part }]);
    });
  }
  lines.push([]);
  return lines;
}

const lineWidth = (line: HelpLine): number => line.reduce((sum, segment) => sum + textWidth(segment.text), 0);

/**
 * The help as lines that fit `width`, in one column or two (the first section on the left, the others on the right);
 * long descriptions wrap, so nothing is cut.
 */
export function helpLines(sections: readonly HelpSection[], width: number): HelpLine[] {
  if (width < 2 * (LABEL_WIDTH + MIN_DESCRIPTION_WIDTH) + COLUMN_GAP) {
    return sections.flatMap((section) => sectionLines(section, width)).slice(0, -1);
  }
  const longest = Math.max(...sections.flatMap((section) => section.rows.map((row) => textWidth(row.description))));
  const columnWidth = Math.min(Math.floor((width - COLUMN_GAP) / 2), LABEL_WIDTH + longest);
  const left = sections[0] ? sectionLines(sections[0], columnWidth) : [];
  const right = sections.slice(1).flatMap((section) => sectionLines(section, columnWidth));
  const lines = Array.from({ length: Math.max(left.length, right.length) }, (_, i): HelpLine => {
    const first = left[i] ?? [];
    const second = right[i] ?? [];
    if (second.length === 0) return first;
    return [...first, { text: ' '.repeat(columnWidth + COLUMN_GAP - lineWidth(first)) }, ...second];
  });
  while (lines.length > 0 && lines.at(-1)!.length === 0) lines.pop();
  return lines;
}

/** Rows of help lines shown in a body `height` rows tall: one row for the heading, one for the scroll hint. */
export const helpRows = (height: number): number => Math.max(1, height - 2);
