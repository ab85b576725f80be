import { closeSync, constants, fchmodSync, fsyncSync, lstatSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const SUFFIX = '.nhs-whatif-tmp';

/** Beside the file, hidden, named after it and the saving process: `.baseline.yaml.1234.nhs-whatif-tmp`. */
export const temporaryPath = (file: string, pid = process.pid): string => join(dirname(file), `.${basename(file)}.${pid}${SUFFIX}`);

/**
 * Writes `content` (text as UTF-8, or bytes as they are) to `file` so that the file always holds either its old or its new content: a temporary file in the
 * same folder is written and flushed to disk, then renamed over the file, and the folder is flushed so the rename
 * lasts. The rename replaces the name itself: a symbolic link at `file` is replaced, never written through.
 * A process killed in the middle leaves its temporary file; the next save or open removes it.
 */
export function writeFileAtomically(file: string, content: string | Uint8Array): void {
  const temp = temporaryPath(file);
  // A file that exists keeps its permissions; a new one gets the default, less the umask.
  let mode: number | undefined;
  try {
    mode = statSync(file).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  // Anything already at the temporary name (left by a process with this pid, or put there) is removed, not reused.
  rmSync(temp, { force: true });
  const descriptor = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, mode ?? 0o666);
  try {
    try {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      for (let written = 0; written < bytes.length; ) written += writeSync(descriptor, bytes, written, bytes.length - written);
      if (mode !== undefined) fchmodSync(descriptor, mode);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(dirname(file));
}

/** Makes a rename durable; a folder that cannot be flushed (on some systems) still holds the file. */
function syncFolder(dir: string): void {
  try {
    const descriptor = openSync(dir, constants.O_RDONLY);
    try {
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
  } catch {
    // best effort
  }
}

/** True unless the process is known to have ended. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Removes temporary files that saves of `file` left behind when their process was killed: only files named as
 * writeFileAtomically names them, only plain files, and only those of processes that have ended. Failures are
 * ignored: a stray temporary file is untidy, never harmful.
 */
export function removeStaleTemporaryFiles(file: string): void {
  const dir = dirname(file);
  const prefix = `.${basename(file)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(SUFFIX)) continue;
    const pid = name.slice(prefix.length, -SUFFIX.length);
    if (!/^[1-9]\d{0,9}$/.test(pid) || Number(pid) === process.pid || isRunning(Number(pid))) continue;
    try {
      if (lstatSync(join(dir, name)).isFile()) rmSync(join(dir, name));
    } catch {
      // left for next time
    }
  }
}
