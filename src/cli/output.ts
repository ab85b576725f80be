import { hexCode, showControls } from '../engine/index.js';

/** How many characters the text takes once its control characters are shown. */
export const shownLength = (text: string): number => [...showControls(text)].length;

/** JSON with DEL and C1 controls escaped too (JSON.stringify leaves them raw): same data, nothing a terminal acts on. */
export const toJson = (value: unknown): string =>
  JSON.stringify(value, null, 2).replace(/[\x7f-\x9f]/g, (char) => `\\u00${hexCode(char)}`) + '\n';

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** The process's stdout and stderr, with every write made safe for a terminal. */
export const terminalIo: Io = {
  out: (text) => void process.stdout.write(showControls(text)),
  err: (text) => void process.stderr.write(showControls(text)),
};
