/** Characters as the terminal counts them (the text shown here has no wide characters). */
export const textWidth = (text: string): number => [...text].length;

/**
 * Breaks text into lines of at most `width` characters, between words where it can; a word longer than a line
 * is broken where the line ends. Every character is kept: nothing is dropped to make it fit.
 */
export function wrapText(text: string, width: number): string[] {
  const room = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (textWidth(candidate) <= room) {
      line = candidate;
      continue;
    }
    if (textWidth(word) <= room) {
      lines.push(line);
      line = word;
      continue;
    }
    // Longer than a line (a path, say): it starts where it is and breaks wherever the line ends.
    const chars = [...candidate];
    while (chars.length > room) lines.push(chars.splice(0, room).join(''));
    line = chars.join('');
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** Notes wrapped to `width`, each line keeping its note's tone, at most `rows` lines; a cut last line ends in "…". */
export function fitNotes<Note extends { readonly text: string }>(notes: readonly Note[], width: number, rows: number): Note[] {
  const lines = notes.flatMap((note) => wrapText(note.text, width).map((text) => ({ ...note, text })));
  if (lines.length <= rows) return lines;
  const kept = lines.slice(0, Math.max(0, rows));
  const last = kept.at(-1);
  if (last) kept[kept.length - 1] = { ...last, text: `${[...last.text].slice(0, Math.max(0, width - 1)).join('')}…` };
  return kept;
}
