/** The screen line that shows the cell `name` (the grid's, the comparison's or a terminal's screen), or '' if none does. */
export const lineOf = (screen: string, name: string): string => screen.split('\n').find((line) => line.includes(` ${name} `)) ?? '';
