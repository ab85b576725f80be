/** C0 controls except tab and newline, DEL, and C1 controls: bytes a terminal may act on. */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

const hex = (char: string) => char.charCodeAt(0).toString(16).padStart(2, '0');

/**
 * Text safe to show in a terminal: each control character becomes a visible `\x1b`. Scenario names,
 * paths and formulas come from untrusted files, so everything the command line prints passes through here.
 */
export const showControls = (text: string): string => text.replace(CONTROL, (char) => `\\x${hex(char)}`);

/** How many characters the text takes once its control characters are shown. */
export const shownLength = (text: string): number => [...showControls(text)].length;

/** JSON with DEL and C1 controls escaped too (JSON.stringify leaves them raw): same data, nothing a terminal acts on. */
export const toJson = (value: unknown): string =>
  JSON.stringify(value, null, 2).replace(/[\x7f-\x9f]/g, (char) => `\\u00${hex(char)}`) + '\n';

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** The process's stdout and stderr, with every write made safe for a terminal. */
export const terminalIo: Io = {
  out: (text) => void process.stdout.write(showControls(text)),
  err: (text) => void process.stderr.write(showControls(text)),
};
