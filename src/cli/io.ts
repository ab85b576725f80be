import { showControls } from '../engine/format.js';
import { writeFileAtomically } from '../scenario/atomic-write.js';

/** Where the command line's output goes. */
export interface Io {
  /** Text for standard output. */
  readonly out: (text: string) => void;
  /** Text for standard error. */
  readonly err: (text: string) => void;
  /** Writes a whole file as given, atomically (a temporary file beside it, then a rename). Throws when it cannot. */
  readonly writeFile: (file: string, bytes: Uint8Array) => void;
}

/**
 * Output and error streams with every write made safe for a terminal: control characters in any text are shown
 * (`\x1b`), never sent. Only text reaches them; files are written with `writeFile`, byte for byte.
 */
export const safeIo = (out: (text: string) => unknown, err: (text: string) => unknown, writeFile: Io['writeFile'] = writeFileAtomically): Io => ({
  out: (text) => void out(showControls(text)),
  err: (text) => void err(showControls(text)),
  writeFile,
});

/** The process's stdout and stderr, and the file system. */
export const terminalIo: Io = safeIo(
  (text) => process.stdout.write(text),
  (text) => process.stderr.write(text),
);
