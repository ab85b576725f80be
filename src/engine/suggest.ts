// Kept free of imports, so the command line can suggest a flag or command without loading the formula engine.

/**
 * Work one Suggester may do, counted in character comparisons. A file may hold thousands of long names and
 * hundreds of unknown ones; past this budget its suggester stops looking, so suggestions cost at most this per
 * name set (about a tenth of a second), whatever the file.
 */
export const SUGGESTION_BUDGET = 10_000_000;

/** Said in place of "did you mean" once the budget is spent. */
export const NO_SUGGESTIONS = '; no suggestions (too many names)';

interface Candidate {
  readonly name: string;
  readonly lower: string;
  /** Position in the list of known names: of two equally close names, the earlier is suggested. */
  readonly index: number;
}

/** Occurrences of each UTF-16 code unit in the name being looked up; all zero between lookups. */
const counts = new Int32Array(0x10000);

/**
 * Finds likely typos among one set of names, built once for that set. Names are grouped by length, since a name
 * more edits away in length than a typo allows cannot be meant; each remaining candidate is screened by its letters
 * before the edit distance is computed; and all of it is charged to a budget of work.
 */
export class Suggester {
  private readonly byLength = new Map<number, Candidate[]>();
  private left: number;
  private spent = false;
  private rows: Int32Array[] = [];
  /** Answers already found: the same unknown name is often written in many formulas. */
  private readonly answers = new Map<string, string | undefined>();

  constructor(known: Iterable<string>, budget = SUGGESTION_BUDGET) {
    this.left = budget;
    let index = 0;
    for (const name of known) {
      const candidate = { name, lower: name.toLowerCase(), index: index++ };
      const group = this.byLength.get(candidate.lower.length);
      if (group) group.push(candidate);
      else this.byLength.set(candidate.lower.length, [candidate]);
    }
  }

  /** True once a lookup ran out of budget: from then on nothing is suggested. */
  get exhausted(): boolean {
    return this.spent;
  }

  /** The closest known name, if it is close enough to be a likely typo (and the budget allows looking). */
  closest(name: string): string | undefined {
    if (this.answers.has(name)) return this.answers.get(name);
    const found = this.search(name);
    if (!this.spent) this.answers.set(name, found);
    return found;
  }

  private search(name: string): string | undefined {
    if (this.spent) return undefined;
    const lower = name.toLowerCase();
    // Short names get few suggestions: "g" is not a typo of "x".
    const limit = Math.min(Math.max(1, Math.floor(lower.length / 3)), lower.length - 1);
    if (limit < 0 || !this.charge(lower.length)) return undefined;
    for (let i = 0; i < lower.length; i++) counts[lower.charCodeAt(i)]!++;
    let best: Candidate | undefined;
    let bestDistance = limit + 1;
    try {
      for (let gap = 0; gap <= Math.min(limit, bestDistance); gap++) {
        for (const length of gap === 0 ? [lower.length] : [lower.length - gap, lower.length + gap]) {
          for (const candidate of this.byLength.get(length) ?? []) {
            // Either closer than the best so far, or as close and earlier in the list.
            const within = candidate.index < (best?.index ?? -1) ? bestDistance : bestDistance - 1;
            if (gap > within) continue;
            if (!this.charge(2 * length + 1)) return undefined;
            if (letterBound(lower.length, candidate.lower) > within) continue;
            if (!this.charge((lower.length + 1) * (length + 1))) return undefined;
            const distance = this.editDistance(lower, candidate.lower, within);
            if (distance <= within) {
              best = candidate;
              bestDistance = distance;
            }
          }
        }
      }
    } finally {
      for (let i = 0; i < lower.length; i++) counts[lower.charCodeAt(i)] = 0;
    }
    return best?.name;
  }

  /** ` (did you mean "name"?)` for a likely typo, NO_SUGGESTIONS once the budget is spent, else nothing. */
  didYouMean(name: string): string {
    const suggestion = this.closest(name);
    if (suggestion !== undefined) return ` (did you mean "${suggestion}"?)`;
    // A name looked up in full has no suggestion; one cut short by the budget may have had one.
    return this.answers.has(name) ? '' : NO_SUGGESTIONS;
  }

  private charge(work: number): boolean {
    if (work > this.left) this.spent = true;
    else this.left -= work;
    return !this.spent;
  }

  /**
   * Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`, or `limit` + 1 as soon as it is
   * clear that more than `limit` are needed.
   */
  private editDistance(a: string, b: string, limit: number): number {
    if (this.rows.length === 0 || this.rows[0]!.length <= b.length) this.rows = [0, 1, 2].map(() => new Int32Array(2 * b.length + 2));
    let [before, previous, current] = this.rows as [Int32Array, Int32Array, Int32Array];
    let spare: Int32Array;
    for (let j = 0; j <= b.length; j++) previous[j] = j;
    for (let i = 1; i <= a.length; i++) {
      current[0] = i;
      let smallest = i;
      for (let j = 1; j <= b.length; j++) {
        const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
        let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
        if (i > 1 && j > 1 && cost === 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
          d = Math.min(d, before[j - 2]! + 1);
        }
        current[j] = d;
        if (d < smallest) smallest = d;
      }
      if (smallest > limit) return limit + 1;
      spare = before;
      before = previous;
      previous = current;
      current = spare;
    }
    return previous[b.length]!;
  }
}

/**
 * A lower bound on the edit distance between the name being looked up (whose letters are in `counts`) and `other`:
 * a replacement changes two letter counts by one, an insertion or deletion one, a swap none.
 */
function letterBound(length: number, other: string): number {
  let shared = 0;
  for (let i = 0; i < other.length; i++) {
    const code = other.charCodeAt(i);
    if (counts[code]! > 0) shared++;
    counts[code]!--;
  }
  for (let i = 0; i < other.length; i++) counts[other.charCodeAt(i)]!++;
  const unmatched = length + other.length - 2 * shared;
  return Math.max(Math.ceil(unmatched / 2), Math.abs(length - other.length));
}

/** The closest known name, if it is close enough to be a likely typo. For one lookup; build a Suggester for many. */
export const closestName = (name: string, known: Iterable<string>): string | undefined => new Suggester(known).closest(name);

export const didYouMean = (name: string, known: Iterable<string>): string => new Suggester(known).didYouMean(name);
