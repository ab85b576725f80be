import { basename, dirname, join } from 'node:path';
import { CONTROL_CHARACTER } from '../../engine/index.js';
import { scenarioNameOf } from '../../scenario/index.js';
import { type Format, formatForFile, RENDERERS } from '../../tables/index.js';
import type { State } from '../state/types.js';

/** Each format in words, as the status line and a refusal give it. */
export const FORMAT_NAMES: Readonly<Record<Format, string>> = { md: 'Markdown', csv: 'CSV', json: 'JSON', xlsx: 'workbook', table: 'text' };

/** The endings an export can have, Markdown first, as a refusal lists them: `.md (Markdown), .csv (CSV), …`. */
export const EXPORT_ENDINGS = (Object.keys(FORMAT_NAMES) as Format[]).flatMap((format) =>
  RENDERERS[format].extensions.map((ending) => `${ending} (${FORMAT_NAMES[format]})`),
);

/**
 * The name offered for an export: the scenario file's name and the view (`baseline-compare.md`), Markdown by default;
 * `export` for a file whose name has characters a file name typed back would not keep.
 */
export function suggestedExportName(state: State, view: string | undefined): string {
  const stem = scenarioNameOf(state.scenario.file);
  const base = /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(stem) ? stem : 'export';
  return `${base}${view ? `-${view}` : ''}.md`;
}

/** Where the export goes and in which format, or why not. */
export type ExportTarget = { readonly file: string; readonly format: Format } | { readonly problem: string };

/**
 * The file a typed name stands for: a bare name beside the scenario file, a path as typed (relative to where the
 * command was started); its ending chooses the format, and one without a known ending is refused with the list.
 */
export function exportTarget(state: State, text: string): ExportTarget {
  const typed = text.trim();
  if (typed === '' || typed.endsWith('/')) return { problem: 'type a file name, e.g. baseline.md' };
  if (CONTROL_CHARACTER.test(typed)) return { problem: 'a file name cannot hold control characters' };
  const format = formatForFile(typed);
  if (format === undefined) return { problem: `${basename(typed)}: the ending chooses the format; use one of ${EXPORT_ENDINGS.join(', ')}` };
  return { file: typed.includes('/') ? typed : join(dirname(state.scenario.file), typed), format };
}
