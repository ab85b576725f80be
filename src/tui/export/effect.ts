import { lstatSync, statSync } from 'node:fs';
import { showControls } from '../../engine/index.js';
import { planWorkbook, WorkbookRefusal } from '../../export/workbook-plan.js';
import { workbookBytes } from '../../export/write-workbook.js';
import { writeFileAtomically } from '../../scenario/index.js';
import { type Format, RENDERERS, type Report } from '../../tables/index.js';
import { ask, type Question } from '../overlays/question.js';
import type { EffectIo, EffectRunners } from '../screen.js';
import type { State } from '../state/types.js';
import { info, withEffect } from '../state/update.js';
import { FORMAT_NAMES } from './file-name.js';
import { exportPrompt } from './prompt.js';
import type { ViewTable } from './view-table.js';

/** Writes a view's table to a file: `report` is the table made ready for people; `overwrite` once the user said y. */
export interface ExportEffect {
  readonly kind: 'export-view';
  readonly file: string;
  readonly format: Format;
  /** The name as typed, to ask again with. */
  readonly typed: string;
  readonly table: ViewTable;
  readonly report: Report;
  readonly overwrite: boolean;
}

/** The file exists: replace it, or type another name. */
function overwriteQuestion(effect: ExportEffect): Question {
  const shown = showControls(effect.file);
  return {
    kind: 'export-overwrite',
    text: `${shown} exists: overwrite it? y/n`,
    answers: [
      { answer: 'yes', keys: ['y'], label: 'y', hint: 'overwrite it', run: (state) => withEffect(state, { ...effect, overwrite: true }) },
      {
        answer: 'no',
        keys: ['n', 'escape'],
        label: 'n Esc',
        hint: 'another name',
        run: (state) => exportPrompt(state, effect.table, effect.typed, `${shown} was left as it is; type another name or press Esc`),
      },
    ],
  };
}

/** The bytes of the export: the report in its format, or, for the grid's .xlsx, the scenario's workbook with live formulas. */
async function exportBytes(effect: ExportEffect): Promise<Uint8Array> {
  if (effect.format === 'xlsx' && effect.table.workbook) return workbookBytes(planWorkbook(effect.table.workbook));
  const renderer = RENDERERS[effect.format];
  return renderer.binary ? renderer.render(effect.report) : new TextEncoder().encode(renderer.render(effect.report));
}

/** Why it could not be written, in words. */
function problemOf(failure: unknown): string {
  if (failure instanceof WorkbookRefusal) return failure.reasons.map((reason) => reason.message).join('; ');
  const code = (failure as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'there is no such folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return failure instanceof Error ? failure.message : String(failure);
}

/**
 * Writes the export whole (a temporary file renamed into place), never over a file that exists unless the user said
 * so, and says where; a failure asks for the name again with the reason.
 */
export async function runExport(effect: ExportEffect, io: EffectIo): Promise<void> {
  const reportBack = (change: (state: State) => State) => io.dispatch({ type: 'result', apply: change });
  const retry = (why: string) => reportBack((state) => exportPrompt(state, effect.table, effect.typed, `not exported: ${why}; type another name or press Esc`));
  const shown = showControls(effect.file);
  try {
    if (statSync(effect.file, { throwIfNoEntry: false })?.isDirectory()) return retry(`${shown} is a folder`);
    // lstat: a symbolic link there, even one pointing nowhere, is a file the export would replace.
    const exists = () => lstatSync(effect.file, { throwIfNoEntry: false }) !== undefined;
    if (exists() && !effect.overwrite) return reportBack((state) => ask(state, overwriteQuestion(effect)));
    const bytes = await exportBytes(effect);
    // The file may have appeared while a workbook was being made.
    if (!effect.overwrite && exists()) return reportBack((state) => ask(state, overwriteQuestion(effect)));
    writeFileAtomically(effect.file, bytes);
  } catch (failure) {
    return retry(problemOf(failure));
  }
  reportBack((state) => info(state, `exported ${effect.table.what} to ${shown} (${FORMAT_NAMES[effect.format]})`));
}

export const EXPORT_EFFECTS: EffectRunners<ExportEffect> = {
  'export-view': (effect, io) => void runExport(effect, io),
};
