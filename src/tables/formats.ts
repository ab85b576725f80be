import { csv } from './render/csv.js';
import { json } from './render/json.js';
import { markdown } from './render/markdown.js';
import type { Renderer } from './render/renderer.js';
import { text } from './render/text.js';
import { xlsx } from './render/xlsx.js';

/** Every output format, by the name --format takes. A new format is one file in render/ and one line here. */
const REGISTRY = {
  table: text,
  json,
  csv,
  md: markdown,
  xlsx,
} as const satisfies Record<string, Renderer>;

export type Format = keyof typeof REGISTRY;
export const RENDERERS: Readonly<Record<Format, Renderer>> = REGISTRY;
export const FORMATS = Object.keys(RENDERERS) as Format[];
export const DEFAULT_FORMAT: Format = 'table';

export const isFormat = (name: string): name is Format => Object.hasOwn(RENDERERS, name);

/** The format a file name asks for by its ending (`report.md` is Markdown), if any. */
export function formatForFile(file: string): Format | undefined {
  const lower = file.toLowerCase();
  return FORMATS.find((format) => RENDERERS[format].extensions.some((ending) => lower.endsWith(ending)));
}
