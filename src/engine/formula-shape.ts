import { YEAR_SYMBOL } from './names.js';

/** A cell name a formula uses, at its first use in the text. */
export interface NameUse {
  readonly name: string;
  /** Character offset in the formula text. */
  readonly index: number;
}

/** A formula's text with its cell names replaced by numbered slots: `c2 + 1` and `c3 + 1` both give `_0 + 1`. */
export interface FormulaShapeKey {
  readonly key: string;
  /** The names in the order of their first use, one per slot. */
  readonly names: readonly NameUse[];
}

/** Up to this many names, a formula's slots are found by looking through its names; past it, through a Map. */
const FEW_NAMES = 8;

/** Words mathjs reads as operators or constants, and the year: never cell names, so never slots. */
const KEPT_WORDS = new Set(['mod', 'to', 'in', 'and', 'xor', 'or', 'not', 'true', 'false', 'null', 'undefined', 'NaN', 'Infinity', 'end', YEAR_SYMBOL]);

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
const isDigit = (code: number) => code >= 48 && code <= 57;
const isWordCharacter = (code: number) => isLetter(code) || isDigit(code);
const isBlank = (code: number) => code === 32 || code === 9;

/**
 * The shape of a formula, found in one pass over its text, so that a file of thousands of similar formulas is
 * parsed, checked and compiled once per shape. Only names change: every other character is kept, so mathjs
 * reads the shape exactly as it reads the formula. Undefined when the text holds anything whose reading by
 * mathjs this scan does not mirror exactly (non-ASCII letters, `$`, comments, new lines, escapes in strings,
 * hexadecimal numbers); such a formula is parsed on its own.
 */
export function shapeOf(text: string): FormulaShapeKey | undefined {
  const names: NameUse[] = [];
  let slots: Map<string, number> | undefined;
  let key = '';
  let copied = 0;
  let i = 0;
  const end = text.length;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (isLetter(code)) {
      let j = i + 1;
      while (j < end && isWordCharacter(text.charCodeAt(j))) j++;
      const next = text.charCodeAt(j);
      if (next === 36 || next > 127) return undefined;
      const word = text.slice(i, j);
      let after = j;
      while (after < end && isBlank(text.charCodeAt(after))) after++;
      // A name followed by "(" is a function call, which stays as written.
      if (!KEPT_WORDS.has(word) && text.charCodeAt(after) !== 40) {
        let slot = slots === undefined ? fewSlotOf(names, word) : (slots.get(word) ?? -1);
        if (slot < 0) {
          slot = names.length;
          names.push({ name: word, index: i });
          if (slots !== undefined) slots.set(word, slot);
          else if (names.length > FEW_NAMES) slots = new Map(names.map((use, each) => [use.name, each]));
        }
        key += `${text.slice(copied, i)}_${slot}`;
        copied = j;
      }
      i = j;
    } else if (isDigit(code) || (code === 46 && isDigit(text.charCodeAt(i + 1)))) {
      const next = text.charCodeAt(i + 1);
      if (code === 48 && (next === 98 || next === 111 || next === 120)) return undefined; // 0b, 0o, 0x
      i = numberEnd(text, i);
    } else if (code === 34 || code === 39) {
      let j = i + 1;
      while (j < end && text.charCodeAt(j) !== code) {
        const inside = text.charCodeAt(j);
        if (inside === 92 || inside === 10 || inside === 13) return undefined;
        j++;
      }
      if (j >= end) return undefined;
      i = j + 1;
    } else if (code > 127 || code === 36 || code === 35 || code === 10 || code === 13) {
      return undefined;
    } else {
      i++;
    }
  }
  return { key: key + text.slice(copied), names };
}

function fewSlotOf(names: readonly NameUse[], word: string): number {
  for (let slot = 0; slot < names.length; slot++) if (names[slot]!.name === word) return slot;
  return -1;
}

/** Where a number starting at `start` ends, as mathjs reads it: digits, a decimal point, digits, an exponent. */
function numberEnd(text: string, start: number): number {
  let i = start;
  while (isDigit(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 46) i++;
  while (isDigit(text.charCodeAt(i))) i++;
  const code = text.charCodeAt(i);
  if (code === 69 || code === 101) {
    const next = text.charCodeAt(i + 1);
    if (isDigit(next) || next === 43 || next === 45) {
      i += 2;
      while (isDigit(text.charCodeAt(i))) i++;
    }
  }
  return i;
}
