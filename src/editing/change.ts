import type { Cell, Sheet } from '../engine/index.js';

/** A change made, or refused with the reason; `unchanged` marks an edit that would change nothing. */
export type Change = { readonly ok: true; readonly sheet: Sheet } | { readonly ok: false; readonly problem: string; readonly unchanged?: boolean };

export const refuse = (problem: string): Change => ({ ok: false, problem });
export const unchanged = (problem: string): Change => ({ ok: false, problem, unchanged: true });

export const cellsOf = (sheet: Sheet): Cell[] => [...sheet.model.cells.values()].map((compiled) => compiled.cell);
