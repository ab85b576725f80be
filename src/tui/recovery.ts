import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { UNITS, type Unit } from '../engine/index.js';
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

export function writeRecovery(file: string, loadedText: string, edits: Edits, now = new Date()): void {
  const recovery: Recovery = { file: resolve(file), savedAt: now.toISOString(), fileHash: textHash(loadedText), edits };
  writeFileAtomic.sync(recoveryPath(file), JSON.stringify(recovery, null, 2) + '\n');
}

/** Removes the recovery file, if any. A failure is ignored: a stale recovery file is offered, never harmful. */
export function removeRecovery(file: string): void {
  try {
    rmSync(recoveryPath(file), { force: true });
  } catch {
    // left in place; the next open offers it again
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

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
  isRecord(value) && isString(value.name) && isString(value.formula) && isUnit(value.unit);

/** Checks the shape of a parsed recovery file; anything unexpected makes the whole file unusable. */
function recoveryOf(value: unknown): Recovery | undefined {
  if (!isRecord(value) || !isString(value.file) || !isString(value.savedAt) || !isString(value.fileHash) || !isRecord(value.edits)) return undefined;
  const values = recordOf(value.edits.values, isNumber);
  const formulas = recordOf(value.edits.formulas, isString);
  const added = value.edits.added;
  if (!values || !formulas || !Array.isArray(added) || !added.every(isAdded)) return undefined;
  if (Number.isNaN(Date.parse(value.savedAt))) return undefined;
  return { file: value.file, savedAt: value.savedAt, fileHash: value.fileHash, edits: { values, formulas, added } };
}

/** The recovery file for `file`: none, its edits, or why it cannot be used. Never throws. */
export function readRecovery(file: string): RecoveryRead | undefined {
  const path = recoveryPath(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return { ok: false, problem: `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (text.length > MAX_BYTES) return { ok: false, problem: `${path} is too large to be a recovery file` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: `${path} is not valid JSON` };
  }
  const recovery = recoveryOf(parsed);
  if (!recovery) return { ok: false, problem: `${path} is not a recovery file this version understands` };
  if (recovery.file !== resolve(file)) return { ok: false, problem: `${path} holds edits for ${recovery.file}, not ${resolve(file)}` };
  return { ok: true, recovery };
}
