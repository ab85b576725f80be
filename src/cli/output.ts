import { hexCode, showControls } from '../engine/index.js';

/** How many characters the text takes once its control characters are shown. */
export const shownLength = (text: string): number => [...showControls(text)].length;

/** JSON with DEL and C1 controls escaped too (JSON.stringify leaves them raw): same data, nothing a terminal acts on. */
export const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2).replace(/[\x7f-\x9f]/g, (char) => `\\u00${hexCode(char)}`)}\n`;

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Output and error streams with every write made safe for a terminal. */
export const safeIo = (out: (text: string) => unknown, err: (text: string) => unknown): Io => ({
  out: (text) => void out(showControls(text)),
  err: (text) => void err(showControls(text)),
});

/** The process's stdout and stderr. */
export const terminalIo: Io = safeIo(
  (text) => process.stdout.write(text),
  (text) => process.stderr.write(text),
);
