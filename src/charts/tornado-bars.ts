/** One bar of a tornado in text: where the output lands with the input at its low and at its high. */
export interface BarEnds {
  readonly atLow: number;
  readonly atHigh: number;
}

export const LOW_MARK = '░';
export const HIGH_MARK = '█';
export const BASE_MARK = '│';

/**
 * Each bar as `width` characters around a base line in the middle: `░` from the base to the output with the input
 * at its low, `█` to its high (the shorter drawn over the longer when both ends fall on the same side), all on one
 * scale, so the bars read without colour.
 */
export function tornadoBars(bars: readonly BarEnds[], base: number, width = 31): string[] {
  const half = Math.max(1, Math.floor((width - 1) / 2));
  const reach = Math.max(...bars.flatMap((bar) => [Math.abs(bar.atLow - base), Math.abs(bar.atHigh - base)]), 0);
  const column = (value: number) => half + (reach === 0 ? 0 : Math.round(((value - base) / reach) * half));
  return bars.map((bar) => {
    const chars = Array.from({ length: 2 * half + 1 }, () => ' ');
    const ends: [number, string][] = [
      [column(bar.atLow), LOW_MARK],
      [column(bar.atHigh), HIGH_MARK],
    ];
    // The end further from the base first, so the nearer one stays visible over it.
    ends.sort((a, b) => Math.abs(b[0] - half) - Math.abs(a[0] - half));
    for (const [end, mark] of ends) {
      for (let i = Math.min(end, half); i <= Math.max(end, half); i++) if (i !== half) chars[i] = mark;
    }
    chars[half] = BASE_MARK;
    return chars.join('');
  });
}
