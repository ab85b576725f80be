import type { Lever } from '../../../analysis/data-table.js';
import { changeableInputProblem } from '../../../analysis/target.js';
import { readLevels } from '../../../editing/index.js';
import type { InputCell, Sheet } from '../../../engine/index.js';
import { spreadText } from './defaults.js';

export type LeverRead = { readonly ok: true; readonly lever: Lever; readonly text: string } | { readonly ok: false; readonly problem: string };

/**
 * One lever as typed: `input=values` as the command line's --vary reads it (a list `10%,30%,52.9%` or a range
 * `1%:5%:1%`, in the input's unit, within its min and max), or the input's name alone for its default spread.
 */
export function readLever(sheet: Sheet, typed: string): LeverRead {
  const text = typed.trim();
  const split = text.indexOf('=');
  const name = (split < 0 ? text : text.slice(0, split)).trim();
  if (name === '') return { ok: false, problem: 'type an input and its values, e.g. budget_growth=1%:5%:1%, or just the input' };
  const problem = changeableInputProblem(sheet, name, 'a data table');
  if (problem) return { ok: false, problem };
  const cell = sheet.model.cells.get(name)!.cell as InputCell;
  const values = split < 0 ? spreadText(cell) : text.slice(split + 1);
  const levels = readLevels(cell, values);
  if (!levels.ok) return { ok: false, problem: `${name}: ${levels.problem}` };
  return { ok: true, lever: { input: name, levels: levels.levels }, text: `${name}=${values.trim()}` };
}

/** The text offered for a lever: the input with its default spread. */
export const defaultLeverText = (sheet: Sheet, name: string): string => {
  const cell = sheet.model.cells.get(name)?.cell;
  return cell?.kind === 'input' ? `${name}=${spreadText(cell)}` : name;
};
