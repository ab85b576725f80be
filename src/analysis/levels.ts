/** The values a data table tries for one input: a list (`10%,30%,52.9%`) or a range with a step (`1%:5%:1%`). */
export type LevelsResult = { readonly ok: true; readonly levels: readonly number[] } | { readonly ok: false; readonly problem: string };

/** Reads one value as a person writes it, in the input's unit; the editing layer's reader. */
export type ValueReader = (text: string) => { readonly ok: true; readonly value: number } | { readonly ok: false; readonly problem: string };

const MAX_LEVELS = 10_000;

/** Noise of repeated addition dropped: 0.01 + 2 × 0.01 is 0.03, not 0.030000000000000002. */
const clean = (value: number): number => Number(value.toPrecision(12));

/**
 * The levels written in `text`. A range `from:to:step` runs from `from` to `to` inclusive (the last level may fall
 * short of `to` when the step does not divide the range, and the problem says so rather than overshooting).
 */
export function parseLevels(text: string, read: ValueReader, show: (value: number) => string = String, readStep: ValueReader = read): LevelsResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'no values: write a list such as 10%,30%,52.9% or a range such as 1%:5%:1%' };
  if (trimmed.includes(':')) return parseRange(trimmed, read, show, readStep);
  const levels: number[] = [];
  for (const part of trimmed.split(',')) {
    if (part.trim() === '') return { ok: false, problem: `an empty value in "${trimmed}": separate values with single commas` };
    const value = read(part);
    if (!value.ok) return value;
    levels.push(value.value);
    if (levels.length > MAX_LEVELS) return { ok: false, problem: `more than ${MAX_LEVELS} values` };
  }
  return { ok: true, levels };
}

function parseRange(text: string, read: ValueReader, show: (value: number) => string, readStep: ValueReader): LevelsResult {
  const parts = text.split(':');
  // A comma in a range is a list inside it, unless it groups thousands (which the reader explains).
  if (parts.some((part) => part.includes(',') && !/^\s*£?\d{1,3}(,\d{3})+(\.\d*)?\s*(bn|m|%)?\s*$/i.test(part))) {
    return { ok: false, problem: `"${text}" mixes a range and a list: write either a range from:to:step, e.g. 1%:5%:1%, or a list, e.g. 10%,30%,52.9%` };
  }
  if (parts.length !== 3) return { ok: false, problem: `"${text}" is not a range: write from:to:step, e.g. 1%:5%:1%` };
  const values: number[] = [];
  for (const [i, part] of parts.entries()) {
    const value = i === 2 ? readStep(part) : read(part);
    if (!value.ok) return value;
    values.push(value.value);
  }
  const [from, to, step] = values as [number, number, number];
  if (!(step > 0)) return { ok: false, problem: `the step of "${text}" must be above zero` };
  if (to < from) return { ok: false, problem: `"${text}" runs backwards: write the smaller value first` };
  const steps = Math.floor((to - from) / step + 1e-9);
  if (steps + 1 > MAX_LEVELS) return { ok: false, problem: `"${text}" has ${steps + 1} values; the most is ${MAX_LEVELS}` };
  const levels = Array.from({ length: steps + 1 }, (_, i) => clean(from + i * step));
  const last = levels.at(-1)!;
  if (Math.abs(last - to) > 1e-9 * Math.max(Math.abs(to), step)) {
    return { ok: false, problem: `the step of "${text}" does not reach its end exactly (the last value would be ${show(last)}): change the end or the step` };
  }
  return { ok: true, levels };
}
