/** Characters as the terminal counts them: every character a chart uses takes one column. */
export const textWidth = (text: string): number => [...text].length;

/** Text cut to `width` columns, ending in "…" when cut. */
export function clipText(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  return width <= 0 ? '' : `${chars.slice(0, width - 1).join('')}…`;
}
