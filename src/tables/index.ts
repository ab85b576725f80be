export { comparisonReport } from './comparison.js';
export { DEFAULT_FORMAT, FORMATS, type Format, formatForFile, isFormat, RENDERERS } from './formats.js';
export type { BinaryRenderer, Renderer, TextRenderer } from './render/renderer.js';
export { sheetReport } from './sheet.js';
export { ABSENT, ERROR, rawCell, shownCell } from './show.js';
export * from './table.js';
