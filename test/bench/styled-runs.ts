/** The styles of a run of text, as Ink's Text takes them. */
export interface RunStyle {
  bold?: boolean;
  dimColor?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  inverse?: boolean;
  color?: string;
  backgroundColor?: string;
}

/** A stretch of a line in one style. */
export interface Run {
  readonly text: string;
  readonly style: Readonly<RunStyle>;
}

const COLOURS = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'];
const BRIGHT = ['gray', 'redBright', 'greenBright', 'yellowBright', 'blueBright', 'magentaBright', 'cyanBright', 'whiteBright'];

const FLAGS: Record<number, [keyof RunStyle, boolean]> = {
  1: ['bold', true],
  2: ['dimColor', true],
  3: ['italic', true],
  4: ['underline', true],
  7: ['inverse', true],
  9: ['strikethrough', true],
  23: ['italic', false],
  24: ['underline', false],
  27: ['inverse', false],
  29: ['strikethrough', false],
};

/** Applies one SGR parameter to a style; throws on one this reader does not know, so that no style is silently lost. */
function apply(style: RunStyle, code: number): void {
  const flag = FLAGS[code];
  if (flag) {
    const [key, on] = flag;
    if (on) (style as Record<string, unknown>)[key] = true;
    else delete style[key];
  } else if (code === 0) {
    for (const key of Object.keys(style)) delete style[key as keyof RunStyle];
  } else if (code === 22) {
    delete style.bold;
    delete style.dimColor;
  } else if (code >= 30 && code <= 37) style.color = COLOURS[code - 30];
  else if (code >= 90 && code <= 97) style.color = BRIGHT[code - 90];
  else if (code === 39) delete style.color;
  else if (code >= 40 && code <= 47) style.backgroundColor = COLOURS[code - 40];
  else if (code >= 100 && code <= 107) style.backgroundColor = BRIGHT[code - 100];
  else if (code === 49) delete style.backgroundColor;
  else throw new Error(`unknown text style: escape code ${code}`);
}

/** A line with SGR escape sequences (colours and styles) as runs of text, each in one style. */
export function styledRuns(line: string): Run[] {
  const runs: Run[] = [];
  const style: RunStyle = {};
  let from = 0;
  const take = (to: number) => {
    if (to > from) runs.push({ text: line.slice(from, to), style: { ...style } });
  };
  for (const match of line.matchAll(/\u001B\[([\d;]*)m/g)) {
    take(match.index);
    for (const code of (match[1] || '0').split(';')) apply(style, Number(code));
    from = match.index + match[0].length;
  }
  take(line.length);
  return runs;
}
