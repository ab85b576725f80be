import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, fsyncSync, lstatSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UNITS, type Unit } from '../engine/index.js';
import { isRecord, readAtMost } from '../scenario/index.js';
import type { Edits } from './state/edits.js';

/** Unsaved edits written when the app is stopped by a signal or fails, to be offered back on the next open. */
export interface Recovery {
  /** The scenario file, absolute. */
  readonly file: string;
  /** When the edits were written, as an ISO time. */
  readonly savedAt: string;
  /** sha256 of the file's text when it was opened, to tell whether it changed since. */
  readonly fileHash: string;
  readonly edits: Edits;
}

export type RecoveryRead = { readonly ok: true; readonly recovery: Recovery } | { readonly ok: false; readonly problem: string };

/** Beside the scenario, hidden: `scenarios/.baseline.yaml.recovery.json`. */
export const recoveryPath = (file: string): string => join(dirname(file), `.${basename(file)}.recovery.json`);

export const textHash = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Larger than any real set of edits; a bigger file is not read. */
const MAX_BYTES = 2_000_000;

/**
 * Writes a new file beside the recovery path, then renames it over the path. Renaming replaces whatever is there
 * (a symlink included) and never writes through it, so a link planted in a shared folder cannot redirect the write.
 */
export function writeRecovery(file: string, loadedText: string, edits: Edits, now = new Date()): void {
  const recovery: Recovery = { file: resolve(file), savedAt: now.toISOString(), fileHash: textHash(loadedText), edits };
  const path = recoveryPath(file);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  // O_EXCL|O_NOFOLLOW: a fresh file of our own, never something already at that name.
  const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
  try {
    try {
      writeFileSync(fd, `${JSON.stringify(recovery, null, 2)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(dirname(path));
}

/** Makes the rename itself durable; a folder that cannot be synced still holds the file. */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, constants.O_RDONLY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // best effort
  }
}

/** Removes the recovery file, if any. A failure is ignored: a stale recovery file is offered, never harmful. */
export function removeRecovery(file: string): void {
  try {
    rmSync(recoveryPath(file), { force: true });
  } catch {
    // left in place; the next open offers it again
  }
}

function recordOf<T>(value: unknown, check: (item: unknown) => item is T): Record<string, T> | undefined {
  if (!isRecord(value)) return undefined;
  // No prototype, so a key such as __proto__ is just a key.
  const result = Object.create(null) as Record<string, T>;
  for (const [key, item] of Object.entries(value)) {
    if (!check(item)) return undefined;
    result[key] = item;
  }
  return result;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isUnit = (value: unknown): value is Unit => UNITS.includes(value as Unit);
const isAdded = (value: unknown): value is Edits['added'][number] =>
  isRecord(value) &&
  isString(value.name) &&
  isString(value.formula) &&
  isUnit(value.unit) &&
  optional(value.description, isString) &&
  optional(value.source, isString);
const optional = (value: unknown, check: (value: unknown) => boolean): boolean => value === undefined || check(value);
const isDetails = (value: unknown): value is NonNullable<Edits['details']>[string] =>
  isRecord(value) &&
  Object.keys(value).every((key) => ['description', 'source', 'unit'].includes(key)) &&
  optional(value.description, isString) &&
  optional(value.source, isString) &&
  optional(value.unit, isUnit);

/** Checks the shape of a parsed recovery file; anything unexpected makes the whole file unusable. */
function recoveryOf(value: unknown): Recovery | undefined {
  if (!isRecord(value) || !isString(value.file) || !isString(value.savedAt) || !isString(value.fileHash) || !isRecord(value.edits)) return undefined;
  const values = recordOf(value.edits.values, isNumber);
  const formulas = recordOf(value.edits.formulas, isString);
  const added = value.edits.added;
  const details = value.edits.details === undefined ? {} : recordOf(value.edits.details, isDetails);
  if (!values || !formulas || !details || !Array.isArray(added) || !added.every(isAdded)) return undefined;
  if (Number.isNaN(Date.parse(value.savedAt))) return undefined;
  const edits = { values, formulas, added, ...(Object.keys(details).length > 0 ? { details } : {}) };
  return { file: value.file, savedAt: value.savedAt, fileHash: value.fileHash, edits };
}

/**
 * The text of the recovery file, without following a link or blocking on a FIFO or device, and never reading more
 * than the limit; or why it is not read.
 */
function recoveryText(path: string): { text: string } | { problem: string } | undefined {
  let kind: ReturnType<typeof lstatSync>;
  try {
    kind = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return { problem: `cannot read it: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (kind.isSymbolicLink()) return { problem: 'it is a symlink' };
  if (!kind.isFile()) return { problem: 'it is not a regular file' };
  if (kind.size > MAX_BYTES) return { problem: TOO_LARGE };
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return { problem: `cannot read it: ${error instanceof Error ? error.message : String(error)}` };
  }
  try {
    // Checked again on what was opened, in case the path was swapped after the lstat.
    if (!fstatSync(fd).isFile()) return { problem: 'it is not a regular file' };
    const buffer = readAtMost(fd, MAX_BYTES);
    if (buffer.length > MAX_BYTES) return { problem: TOO_LARGE };
    return { text: buffer.toString('utf8') };
  } catch (error) {
    return { problem: `cannot read it: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    closeSync(fd);
  }
}

const TOO_LARGE = `it is too large (over ${MAX_BYTES.toLocaleString('en-GB')} bytes)`;

/** The recovery file for `file`: none, its edits, or why it was ignored. Never throws, never follows a link. */
export function readRecovery(file: string): RecoveryRead | undefined {
  const path = recoveryPath(file);
  const ignored = (why: string): RecoveryRead => ({ ok: false, problem: `ignored the recovery file ${path}: ${why}` });
  const read = recoveryText(path);
  if (!read) return undefined;
  if ('problem' in read) return ignored(read.problem);
  let parsed: unknown;
  try {
    parsed = JSON.parse(read.text);
  } catch {
    return ignored('it is not valid JSON');
  }
  const recovery = recoveryOf(parsed);
  if (!recovery) return ignored('it is not a recovery file this version understands');
  if (recovery.file !== resolve(file)) return ignored(`it holds edits for ${recovery.file}, not ${resolve(file)}`);
  return { ok: true, recovery };
}
