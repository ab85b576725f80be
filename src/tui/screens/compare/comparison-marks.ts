/** Which way a scenario differs from the first, as shown: a change that rounds to zero on screen is no change. */
export type Direction = 'up' | 'down' | 'same' | 'none';

export function direction(formattedChange: string): Direction {
  if (formattedChange === '') return 'none';
  if (!/[1-9]/.test(formattedChange)) return 'same';
  return formattedChange.startsWith('-') ? 'down' : 'up';
}

/** Marks that show a difference without colour. */
export const DIRECTION_MARK: Readonly<Record<Direction, string>> = { up: '▲', down: '▼', same: ' ', none: ' ' };
