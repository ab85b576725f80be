import { type InputCell, inputValueProblem, sheetOf } from '../engine/index.js';
import { rangeProblem } from './range.js';

/** A value read from text, or why it cannot be. */
export type ReadValue = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly problem: string };

/** Longer text, or deeper brackets, than any value needs is refused before it is read. */
const MAX_VALUE_LENGTH = 200;
const MAX_VALUE_DEPTH = 20;

const EXAMPLES: Record<InputCell['unit'], string> = { percent: '0.03 or 3%', '£bn': '8.7 or £8.7bn', years: '5', number: '0.5' };

const notANumber = (cell: InputCell, text: string): ReadValue => ({ ok: false, problem: `"${text}" is not a number; write e.g. ${EXAMPLES[cell.unit]}` });

/**
 * A comma is never dropped: `5,5%` would be 55% one way and 5.5% the other. Digits in groups of three after the
 * comma read as a thousands separator (`1,200`), anything else as a decimal comma (`5,5%`).
 */
function commaProblem(text: string): string {
  const numbers = text.match(/\d[\d,]*(\.\d*)?/g) ?? [];
  const thousands = numbers.filter((number) => number.includes(',')).every((number) => /^\d{1,3}(,\d{3})+(\.\d*)?$/.test(number));
  if (thousands) return `write numbers without a thousands separator: ${text.replace(/,/g, '')}`;
  return `use a dot for decimals: ${text.replace(/,/g, '.')}`;
}

const NUMBER = /(£\s*)?((?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)(bn|m|%)?/iy;

/**
 * The text as a formula of numbers and `+ - * / ^ ( )`, or why it is not one. A number may end in `%` (a
 * hundredth; on a £bn or years input only as a factor of another number); on a £bn input it may start with `£`
 * and end in `bn` or `m` (a thousandth of £1bn). Anything else
 * (a name, a function, a unit, two numbers side by side) is refused, so nothing but arithmetic reaches the engine.
 */
function arithmetic(cell: InputCell, text: string): { formula: string; sumOrProduct: boolean } | { problem: string } {
  const parts: string[] = [];
  const operators = new Set<string>();
  let expectNumber = true;
  let plain = false;
  let depth = 0;
  let at = 0;
  while (at < text.length) {
    const char = text[at]!;
    if (char === ' ' || char === '\t') {
      at++;
      continue;
    }
    if (expectNumber) {
      NUMBER.lastIndex = at;
      const number = NUMBER.exec(text);
      if (number) {
        const [whole, pound, digits, suffix] = number as unknown as [string, string | undefined, string, string | undefined];
        const money = pound !== undefined || suffix?.toLowerCase() === 'bn' || suffix?.toLowerCase() === 'm';
        if (money && cell.unit !== '£bn')
          return { problem: `£, bn and m are for money; ${cell.name} is ${cell.unit === 'percent' ? 'a percentage' : `in ${cell.unit}`}` };
        if (suffix !== '%') plain = true;
        const scale = suffix === '%' ? '/100' : suffix?.toLowerCase() === 'm' ? '/1000' : '';
        parts.push(scale ? `(${digits}${scale})` : digits);
        at += whole.length;
        expectNumber = false;
      } else if (char === '-' || char === '+') {
        parts.push(char);
        at++;
      } else if (char === '(') {
        if (++depth > MAX_VALUE_DEPTH) return { problem: `a value may nest at most ${MAX_VALUE_DEPTH} brackets` };
        parts.push(char);
        at++;
      } else return { problem: '' };
    } else if ('+-*/^'.includes(char)) {
      operators.add(char);
      parts.push(char);
      at++;
      expectNumber = true;
    } else if (char === ')' && depth > 0) {
      depth--;
      parts.push(char);
      at++;
    } else return { problem: '' };
  }
  if (expectNumber || depth > 0) return { problem: '' };
  // A percentage scales money (`£8.7bn * 110%`) but is not an amount of it, nor a number of years.
  if (!plain && (cell.unit === '£bn' || cell.unit === 'years'))
    return { problem: `% is for percentages; ${cell.name} is in ${cell.unit}: write e.g. ${EXAMPLES[cell.unit]}` };
  const sumOrProduct = operators.size > 0 && !operators.has('/') && !operators.has('^');
  return { formula: parts.join(' '), sumOrProduct };
}

/** The number a formula of numbers gives, computed by the engine like any formula, or the engine's reason. */
function evaluated(formula: string): { value: number } | { error: string } {
  const sheet = sheetOf([{ kind: 'formula', name: 'typed_value', formula, unit: 'number' }], '2015/16');
  const result = sheet.evaluation.results.get('typed_value');
  if (!result) return { error: 'it could not be computed' };
  if (!result.ok) return { error: result.error };
  return typeof result.value === 'number' ? { value: result.value } : { error: 'it is not a single number' };
}

/**
 * Reads a value typed for an input, in the input's unit: `0.03`, `3%`, `-0.5%`, `£8.7bn`, `£900m`, or arithmetic
 * such as `900/1700`, `8.7*1.1` or `3% + 0.5%`. Refuses a comma (saying what to type instead), anything that is not
 * arithmetic on numbers, and a value outside the input's range (in its unit). The command line's --set and the
 * terminal UI's edit prompt both read values here, so they accept and refuse the same text with the same words.
 *
 * Sums and products of typed numbers are rounded to 15 significant digits, as a person writes them (`8.7*1.1` is
 * 9.57, not 9.570000000000002); a division or a power keeps full precision (`900/1700` is the exact ratio).
 */
export function readValue(cell: InputCell, text: string): ReadValue {
  const typed = text.trim();
  if (typed === '') return { ok: false, problem: `type a number, e.g. ${EXAMPLES[cell.unit]}` };
  if (typed.length > MAX_VALUE_LENGTH) return { ok: false, problem: `a value is at most ${MAX_VALUE_LENGTH} characters long` };
  if (typed.includes(',')) return { ok: false, problem: commaProblem(typed) };
  const parsed = arithmetic(cell, typed);
  if ('problem' in parsed) return parsed.problem === '' ? notANumber(cell, typed) : { ok: false, problem: parsed.problem };
  const result = evaluated(parsed.formula);
  if ('error' in result) return { ok: false, problem: `${typed} does not give a number: ${result.error}` };
  const value = parsed.sumOrProduct ? Number(result.value.toPrecision(15)) : result.value;
  const problem = inputValueProblem(cell, value);
  if (problem) return { ok: false, problem: rangeProblem(cell, value, typed) ?? problem };
  return { ok: true, value };
}

/**
 * Reads the value a target should give (goal seek's wanted value), in the target's unit, as an input's value is
 * read: `10%` or `0.1` for a percentage, `£20bn` or `20` for money. A unit that is not the target's is refused with
 * the words an input's edit uses. A bare number of 1 or more for a percentage is refused, since `10` may mean 10%
 * or 1000%: it says to write `10%` or `0.1`. Below 1 a bare number is a fraction, as for inputs (`0.1` is 10%).
 */
export function readWantedValue(target: string, unit: InputCell['unit'], text: string): ReadValue {
  const read = readValue({ kind: 'input', name: target, value: 0, unit }, text);
  if (!read.ok || unit !== 'percent' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text.trim()) || Math.abs(read.value) < 1) return read;
  const typed = text.trim();
  return { ok: false, problem: `${target} is a percentage: write ${typed}% or ${Number((read.value / 100).toPrecision(15))}` };
}
