const BARS = '▁▂▃▄▅▆▇█';

/** One bar per value, scaled between the series' own minimum and maximum; a flat series is a flat mid line. */
export function sparkline(values: readonly number[]): string {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return '';
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  return values
    .map((value) => {
      if (!Number.isFinite(value)) return ' ';
      if (max === min) return BARS[3];
      return BARS[Math.round(((value - min) / (max - min)) * (BARS.length - 1))];
    })
    .join('');
}
