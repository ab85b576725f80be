import type { ExportScenario } from '../../export/workbook-plan.js';
import type { Report } from '../../tables/index.js';

/** A screen's view as a result table, to export: the same `Report` the command line builds for it. */
export interface ViewTable {
  /** What the view is called in the default file name (`compare` offers baseline-compare.md); none for the grid. */
  readonly view?: string;
  /** What the status line says was exported: `the grid`, `the comparison`. */
  readonly what: string;
  /** Its numbers as shown, unsaved edits and all. */
  readonly report: Report;
  /** The cells the view shows, described (what each is, its unit and source) under its first table for people. */
  readonly cells: readonly string[];
  /** For `.xlsx`: the scenario's workbook with live formulas, as `export --xlsx` writes it, in place of the tables as sheets. */
  readonly workbook?: ExportScenario;
}

/** What a screen offers to export: its table, or why there is nothing to export. */
export type ViewExport = ViewTable | { readonly nothing: string };
