import { type ComparedValue, type Comparison, type ComparisonRow, compareScenarios } from '../analysis/compare.js';
import { yearSpan } from '../charts/years.js';
import { formatDifference, formatNumber, formatPercentChange, type NamedSheet } from '../engine/index.js';

/** What a total of a cell is, in words, for the cells of the shipped model. */
const MONEY_WORDS: Readonly<Record<string, string>> = {
  cumulative_extra_to_private: 'goes to private providers',
  cumulative_extra_to_nhs: 'goes to NHS trusts',
};

const SHARE_CELL = 'private_share';

const numberIn = (value: ComparedValue | undefined): number | undefined => (value?.kind === 'value' ? value.value : undefined);

const spanOf = (entry: NamedSheet): string => yearSpan(entry.evaluation.years);

/** "£9.72bn more … (+52.1%)", "£1.20bn less", or "the same". */
function moneySentence(row: ComparisonRow, words: string, entries: readonly NamedSheet[], i: number): string | undefined {
  const [first, other] = [entries[0]!, entries[i + 1]!];
  const [a, b] = [numberIn(row.values[0]), numberIn(row.values[i + 1])];
  if (a === undefined || b === undefined) return undefined;
  const difference = row.differences[i];
  if (!difference) {
    return `Under ${other.name}, ${formatNumber(b, row.unit)} ${words} over ${spanOf(other)}, against ${formatNumber(a, row.unit)} under ${first.name} over ${spanOf(first)}; the horizons differ, so the totals are not compared.`;
  }
  if (difference.absolute === 0) return `Under ${other.name}, the same ${formatNumber(b, row.unit)} ${words} over ${spanOf(other)} as under ${first.name}.`;
  const more = difference.absolute > 0 ? 'more' : 'less';
  const change = formatPercentChange(difference.absolute, a);
  return `Under ${other.name}, ${formatNumber(Math.abs(difference.absolute), row.unit)} ${more} ${words} over ${spanOf(other)} than under ${first.name}${change ? ` (${change})` : ''}.`;
}

function shareSentence(row: ComparisonRow, entries: readonly NamedSheet[], i: number): string | undefined {
  const [a, b] = [numberIn(row.values[0]), numberIn(row.values[i + 1])];
  if (a === undefined || b === undefined || row.year === undefined) return undefined;
  const change = row.differences[i] ? ` (${formatDifference(row.differences[i]!.absolute, row.unit)})` : '';
  return `The private share of all spending in ${row.year} is ${formatNumber(b, row.unit)} under ${entries[i + 1]!.name}, against ${formatNumber(a, row.unit)} under ${entries[0]!.name}${change}.`;
}

/** The key figures of one scenario in words: where the extra money goes and where the private share ends. */
function figuresOf(entry: NamedSheet): string[] {
  const comparison = compareScenarios([entry]);
  const lines: string[] = [];
  const money = Object.entries(MONEY_WORDS).flatMap(([cell, words]) => {
    const value = numberIn(comparison.rows.find((row) => row.cell === cell && row.part === 'value')?.values[0]);
    return value === undefined ? [] : [{ value: formatNumber(value, '£bn'), words }];
  });
  const [first, ...rest] = money;
  if (first) {
    const others = rest.map((each) => ` and ${each.value} ${each.words.replace(/^goes /, '')}`).join('');
    lines.push(`Under ${entry.name}, ${first.value} of the extra money over ${spanOf(entry)} ${first.words}${others}.`);
  }
  const share = comparison.rows.find((row) => row.cell === SHARE_CELL && row.part === 'year');
  const last = numberIn(share?.values[0]);
  if (share && last !== undefined) lines.push(`The private share of all spending reaches ${formatNumber(last, share.unit)} in ${share.year}.`);
  return lines;
}

/**
 * The key figures in words: for each scenario after the first, how much more or less goes to private providers and to
 * NHS trusts over the horizon, and the private share in the final year, against the first. One scenario: its figures.
 */
export function keyDeltas(comparison: Comparison, entries: readonly NamedSheet[]): string[] {
  const lines = entries.length === 1 ? figuresOf(entries[0]!) : deltasFromFirst(comparison, entries);
  return lines.length > 0
    ? lines
    : [`These scenarios have none of the cells the key figures come from (${[...Object.keys(MONEY_WORDS), SHARE_CELL].join(', ')}); see the comparison.`];
}

function deltasFromFirst(comparison: Comparison, entries: readonly NamedSheet[]): string[] {
  return entries.slice(1).flatMap((_, i) => {
    const lines: string[] = [];
    for (const [cell, words] of Object.entries(MONEY_WORDS)) {
      const row = comparison.rows.find((each) => each.cell === cell && each.part === 'value');
      const line = row && moneySentence(row, words, entries, i);
      if (line) lines.push(line);
    }
    for (const row of comparison.rows.filter((each) => each.cell === SHARE_CELL && each.part === 'year')) {
      const line = shareSentence(row, entries, i);
      if (line) lines.push(line);
    }
    return lines;
  });
}
