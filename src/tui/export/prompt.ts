import { showControls } from '../../engine/index.js';
import { openPrompt, refuse } from '../overlays/prompt.js';
import type { Binding } from '../screen.js';
import type { State } from '../state/types.js';
import { error, withEffect } from '../state/update.js';
import { EXPORT_ENDINGS, exportTarget, suggestedExportName } from './file-name.js';
import { framedReport } from './framed.js';
import type { ViewExport, ViewTable } from './view-table.js';

/** Where in the scenario's folder an export is written, for the prompt's label. */
const folderOf = (state: State): string => {
  const file = state.scenario.file;
  const slash = file.lastIndexOf('/');
  return slash < 0 ? './' : showControls(file.slice(0, slash + 1));
};

/**
 * Asks for the file to export `table` to, offering the scenario's name and the view; Enter asks the app to write it
 * (after asking, if the file exists). `text` and `problem` when asking again.
 */
export function exportPrompt(state: State, table: ViewTable, text = suggestedExportName(state, table.view), problem?: string): State {
  return openPrompt(state, {
    purpose: 'export',
    label: `export ${table.what} to (in ${folderOf(state)}):`,
    text,
    hint: `the ending chooses: ${EXPORT_ENDINGS.join(', ')}`,
    ...(problem ? { problem } : {}),
    accept: (closed, typed) => {
      const target = exportTarget(closed, typed);
      if ('problem' in target) return refuse(target.problem);
      return withEffect(closed, {
        kind: 'export-view',
        file: target.file,
        format: target.format,
        typed,
        table,
        report: framedReport(closed, table),
        overwrite: false,
      });
    },
  });
}

/** The key that exports the view of a screen which declares its table; every such screen has it. */
export function exportBinding(tableOf: (state: State) => ViewExport): Binding {
  return {
    command: 'app.export',
    keys: ['X'],
    label: 'X',
    description: 'export the view as a table to a file beside the scenario (.md for a briefing, .csv, .json, .xlsx)',
    hint: 'export',
    footerRank: 12,
    run: (state) => {
      const table = tableOf(state);
      return 'nothing' in table ? error(state, `nothing to export: ${table.nothing}`) : exportPrompt(state, table);
    },
  };
}
