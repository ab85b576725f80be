/** Limits on what a scenario file may hold, so that any file, however shaped, loads in bounded time and memory. */
export const MAX_FILE_BYTES = 1_000_000;
export const MAX_CELLS = 20_000;
export const MAX_EXTENDS_DEPTH = 16;
/** YAML aliases a file may expand (each `*name` copies what it names): an alias bomb is refused. */
export const MAX_ALIASES = 100;
/** Mappings and lists inside each other. A scenario needs three: a section, a cell, the cell's fields. */
export const MAX_NESTING = 16;
/** Problems listed in an error's message; the rest are counted. */
export const MAX_PROBLEMS_SHOWN = 100;
/** Keys a file may not use: they could reach an object's prototype. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
