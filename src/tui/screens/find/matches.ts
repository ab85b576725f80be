import type { Model } from '../../../engine/index.js';

/** The words of a search, in lower case: every one must be in a cell's name for it to match. */
const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '');

/**
 * The cells whose names hold every word of `text` (in any order, any case), in the grid's order: `cumul priv` finds
 * `cumulative_extra_to_private`. An empty search matches every cell.
 */
export function matchingCells(model: Model, text: string): string[] {
  const words = wordsOf(text);
  const names = [...model.cells.keys()];
  if (words.length === 0) return names;
  return names.filter((name) => {
    const lower = name.toLowerCase();
    return words.every((word) => lower.includes(word));
  });
}

/** True when the search has something to look for. */
export const isSearch = (text: string): boolean => wordsOf(text).length > 0;

/** A name in parts, those that match a word of the search marked, to show them in bold. */
export function markedParts(name: string, text: string): { readonly text: string; readonly match: boolean }[] {
  const words = wordsOf(text);
  const lower = name.toLowerCase();
  const marked = Array.from({ length: name.length }, () => false);
  for (const word of words) {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) marked.fill(true, at, at + word.length);
  }
  const parts: { text: string; match: boolean }[] = [];
  for (const [i, char] of [...name].entries()) {
    const last = parts.at(-1);
    if (last && last.match === marked[i]) last.text += char;
    else parts.push({ text: char, match: marked[i] ?? false });
  }
  return parts;
}
