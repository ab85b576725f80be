import type { Unit, Value } from './types.js';

const trimNumber = (value: number, digits: number) => Number(value.toPrecision(digits)).toString();

/** `1389.94` as `1,389.94`: a comma between each group of three digits before the point. */
const withThousands = (digits: string): string => {
  const point = digits.indexOf('.');
  const whole = point < 0 ? digits : digits.slice(0, point);
  return whole.replace(/\B(?=(\d{3})+$)/g, ',') + (point < 0 ? '' : digits.slice(point));
};

/** A number as people read it: £114.47bn, £1,389.94bn, 11.87%, 5 years. */
export function formatNumber(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return String(value);
  const sign = value < 0 ? '-' : '';
  const size = Math.abs(value);
  switch (unit) {
    case '£bn':
      return size !== 0 && size < 0.01 ? `${sign}£${trimNumber(size * 1000, 3)}m` : `${sign}£${withThousands(size.toFixed(2))}bn`;
    case 'percent':
      return `${(value * 100).toFixed(2)}%`;
    case 'years':
      return trimNumber(value, 6);
    case 'number':
      return size !== 0 && (size >= 1e9 || size < 1e-4) ? value.toExponential(3) : trimNumber(value, 6);
  }
}

/** A signed difference in the unit's terms: +£1.20bn, -0.50 pp for shares. */
export function formatDifference(delta: number, unit: Unit): string {
  const sign = delta > 0 ? '+' : delta < 0 ? '-' : '±';
  if (unit === 'percent') return `${sign}${Math.abs(delta * 100).toFixed(2)} pp`;
  return `${sign}${formatNumber(Math.abs(delta), unit)}`;
}

/** A relative change as a percentage: +12.3%; empty when the reference is zero. */
export function formatPercentChange(delta: number, reference: number): string {
  if (reference === 0 || !Number.isFinite(delta / reference)) return '';
  const change = (delta / Math.abs(reference)) * 100;
  return `${change > 0 ? '+' : change < 0 ? '-' : '±'}${Math.abs(change).toFixed(1)}%`;
}

export const formatValue = (value: Value, unit: Unit): string | string[] =>
  typeof value === 'number' ? formatNumber(value, unit) : value.map((v) => formatNumber(v, unit));

/**
 * Parses a number typed by a person: 0.03, 3%, 1e-3, -2, 1,200. Percent signs divide by 100.
 * Returns undefined when the text is not a finite number.
 */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(/,/g, '').replace(/^£/, '').replace(/bn$/i, '');
  const percent = trimmed.endsWith('%');
  const body = percent ? trimmed.slice(0, -1).trim() : trimmed;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(body)) return undefined;
  const value = Number(body) / (percent ? 100 : 1);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * C0 controls except tab and newline, DEL and C1 controls, which a terminal may act on; and the bidirectional
 * embedding, override and isolate characters (U+202A-U+202E, U+2066-U+2069), which can make text display in an order
 * other than the one it is read in.
 */
export const CONTROL_CHARACTER = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, 'g');

/** `0x1b` as `1b`, `0x202e` as `202e`. */
export const hexCode = (char: string): string => char.charCodeAt(0).toString(16).padStart(2, '0');

/**
 * Text safe to show in a terminal: each control character becomes a visible `\x1b`, each bidirectional one `\u202e`.
 * Scenario names, paths and formulas come from untrusted files, so everything the command line prints passes through here.
 */
export const showControls = (text: string): string =>
  text.replace(CONTROL_CHARACTERS, (char) => (char.charCodeAt(0) > 0xff ? `\\u${hexCode(char)}` : `\\x${hexCode(char)}`));

/** `1 contributor`, `3 contributors`: a count and its word, plural but for one. */
export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
