import { RENDERERS } from '../tables/formats.js';
import type { Destination } from './destination.js';
import type { Io } from './io.js';
import type { Outcome } from './outcome.js';

/** The output file could not be written: exit code 1, and nothing half-written is left. */
export class WriteError extends Error {}

const lines = (list: readonly string[]): string => (list.length > 0 ? `${list.join('\n')}\n` : '');

/**
 * Renders the outcome's report in the destination's format and writes it: text to the terminal (made safe there),
 * or text or bytes to a file, whole. The failing cells go to stderr when the output does not list them itself, and
 * always when the output goes to a file, so they are seen. Throws WriteError when the file cannot be written.
 */
export async function deliver(outcome: Outcome, destination: Destination, io: Io): Promise<void> {
  const renderer = RENDERERS[destination.format];
  const { report } = outcome;
  for (const file of outcome.files ?? []) writeWhole(io, file.path, 'bytes' in file ? file.bytes : new TextEncoder().encode(file.text));
  if (outcome.messages) io.err(lines(outcome.messages));
  if (destination.file === undefined) {
    // A binary format never gets here (destinationOf refuses it without a file), and `out` takes only text.
    if (renderer.binary) throw new Error(`${destination.format} is a binary format`);
    io.out(renderer.render(report));
    if (!renderer.failuresInOutput) io.err(lines(report.failures));
    return;
  }
  const bytes = renderer.binary ? await renderer.render(report) : new TextEncoder().encode(renderer.render(report));
  writeWhole(io, destination.file, bytes);
  io.err(lines(report.failures));
}

function writeWhole(io: Io, file: string, bytes: Uint8Array): void {
  try {
    io.writeFile(file, bytes);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : error instanceof Error ? error.message : String(error);
    throw new WriteError(`cannot write ${file}: ${reason}`);
  }
}
