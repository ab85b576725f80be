import type { Binding } from './screen.js';

export interface FooterHint {
  readonly keys: string;
  readonly hint: string;
  readonly rank: number;
}

/** Footer hints from a screen's bindings, in their order: the same table the help screen lists. */
export const footerHints = (bindings: readonly Binding[]): FooterHint[] =>
  bindings.flatMap((binding) =>
    binding.hint === undefined ? [] : [{ keys: binding.footerKeys ?? binding.label.split(' ')[0]!, hint: binding.hint, rank: binding.footerRank ?? 0 }],
  );

const FOOTER_GAP = 2;
const hintWidth = (hint: FooterHint): number => [...`${hint.keys} ${hint.hint}`].length;

/**
 * The hints that fit in `width` columns, in table order: rank 0 (help, quit) always, then the others in rank
 * order until one does not fit, so hints drop in a fixed order as the terminal narrows.
 */
export function fittingHints(hints: readonly FooterHint[], width: number): FooterHint[] {
  const pinned = hints.filter((hint) => hint.rank === 0);
  const kept = new Set<FooterHint>(pinned);
  let used = pinned.reduce((sum, hint) => sum + hintWidth(hint) + FOOTER_GAP, -FOOTER_GAP);
  for (const hint of hints.filter((hint) => hint.rank > 0).sort((a, b) => a.rank - b.rank)) {
    used += FOOTER_GAP + hintWidth(hint);
    if (used > width) break;
    kept.add(hint);
  }
  return hints.filter((hint) => kept.has(hint));
}
