import { compareScenarios, formatComparison } from '../../analysis/index.js';
import { type NamedSheet, showControls } from '../../engine/index.js';
import type { Command } from '../keymap.js';
import { isDirty } from './selectors.js';
import type { CompareState, ComparisonTable, ListedScenario, State } from './types.js';

export const emptyCompare: CompareState = {
  files: [],
  chosen: [],
  cursor: 0,
  fileTop: 0,
  loading: false,
  seriesRows: 'summary',
  row: 0,
  rowTop: 0,
  firstColumn: 0,
};

const dirOf = (file: string): string => {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '.' : slash === 0 ? '/' : file.slice(0, slash);
};

const clamp = (value: number, count: number): number => Math.max(0, Math.min(count - 1, value));

const withCompare = (state: State, change: Partial<CompareState>): State => ({ ...state, compare: { ...state.compare, ...change } });

const message = (state: State, tone: 'info' | 'error', text: string): State => ({ ...state, message: { tone, text } });

/**
 * The name of the first column: the scenario being edited, flagged while it differs from its file. A name taken
 * from a file's name may hold control characters: they are shown escaped.
 */
export const currentName = (state: State): string => showControls(isDirty(state) ? `${state.scenario.name} (current, unsaved)` : state.scenario.name);

/** Opens the file picker and asks the app to list the scenario files beside the open one. */
export function openPicker(state: State): State {
  const listing = { ...withCompare(state, { loading: true }), mode: { kind: 'picker' } as const };
  return { ...listing, effects: [...state.effects, { kind: 'list-scenarios', dir: dirOf(state.scenario.file) }] };
}

/** The current scenario, as edited, then each chosen file in list order. */
function comparisonTable(state: State): ComparisonTable {
  const current: NamedSheet = { name: currentName(state), model: state.sheet.model, evaluation: state.sheet.evaluation };
  const others = state.compare.files.flatMap((file) => (file.result && state.compare.chosen.includes(file.path) ? [file.result] : []));
  const comparison = compareScenarios([current, ...others], undefined, state.compare.seriesRows);
  return { comparison, formatted: formatComparison(comparison) };
}

export const chosenFiles = (compare: CompareState): ListedScenario[] => compare.files.filter((file) => file.result && compare.chosen.includes(file.path));

const problemLine = (problem: string): string => problem.split('\n')[0] ?? problem;

function toggle(state: State): State {
  const file = state.compare.files[state.compare.cursor];
  if (!file) return state;
  if (!file.result) return message(state, 'error', `cannot compare ${file.file}: ${problemLine(file.problem ?? 'not loaded')}`);
  const { chosen } = state.compare;
  return withCompare(state, { chosen: chosen.includes(file.path) ? chosen.filter((path) => path !== file.path) : [...chosen, file.path] });
}

function showComparison(state: State): State {
  let next = state;
  if (chosenFiles(state.compare).length === 0) {
    // Enter on a file with nothing chosen compares that file.
    const file = state.compare.files[state.compare.cursor];
    if (!file?.result) return message(state, 'error', 'choose at least one loadable file with Space, then press Enter');
    next = withCompare(state, { chosen: [file.path] });
  }
  next = withCompare(next, { row: 0, firstColumn: 0 });
  return { ...withCompare(next, { table: comparisonTable(next) }), mode: { kind: 'compare' } };
}

export function pickerCommand(state: State, command: Command): State {
  const { files, cursor } = state.compare;
  const page = Math.max(1, (state.layout.pickerRows ?? state.layout.rows) - 1);
  const move = (to: number) => withCompare(state, { cursor: clamp(to, files.length) });
  switch (command) {
    case 'up':
      return move(cursor - 1);
    case 'down':
      return move(cursor + 1);
    case 'page-up':
      return move(cursor - page);
    case 'page-down':
      return move(cursor + page);
    case 'first':
      return move(0);
    case 'last':
      return move(files.length - 1);
    case 'toggle':
      return toggle(state);
    case 'show-comparison':
      return showComparison(state);
    case 'open-file':
      return { ...state, mode: { kind: 'prompt', prompt: { purpose: { kind: 'open-file' }, label: 'open file (path):', text: '', cursor: 0 } } };
    case 'back':
      return message({ ...state, mode: { kind: 'grid' } }, 'info', 'back to the grid; edits kept');
    default:
      return state;
  }
}

export function comparisonCommand(state: State, command: Command): State {
  const { table, row, firstColumn } = state.compare;
  const rows = table?.formatted.rows.length ?? 0;
  const page = Math.max(1, (state.layout.compareRows ?? state.layout.rows) - 1);
  const others = Math.max(0, (table?.formatted.scenarios.length ?? 1) - 1);
  const visible = Math.max(1, state.layout.compareColumns ?? 1);
  const toRow = (to: number) => withCompare(state, { row: clamp(to, rows) });
  const toColumn = (to: number) => withCompare(state, { firstColumn: Math.max(0, Math.min(to, others - visible)) });
  switch (command) {
    case 'up':
      return toRow(row - 1);
    case 'down':
      return toRow(row + 1);
    case 'page-up':
      return toRow(row - page);
    case 'page-down':
      return toRow(row + page);
    case 'first':
      return toRow(0);
    case 'last':
      return toRow(rows - 1);
    case 'left':
      return toColumn(firstColumn - 1);
    case 'right':
      return toColumn(firstColumn + 1);
    case 'series-rows': {
      const next = withCompare(state, { seriesRows: state.compare.seriesRows === 'summary' ? 'every-year' : 'summary' });
      const table = comparisonTable(next);
      const shown = withCompare(next, { table, row: clamp(row, table.formatted.rows.length) });
      return message(shown, 'info', next.compare.seriesRows === 'summary' ? 'per-year cells: final year and total' : 'per-year cells: every year and total');
    }
    case 'pick-again':
      return openPicker(state);
    case 'back':
      return message({ ...state, mode: { kind: 'grid' } }, 'info', 'back to the grid; edits kept');
    default:
      return state;
  }
}

/** A fresh listing keeps choices and files opened by path; a chosen file that no longer loads is dropped. */
export function scenariosListed(state: State, listed: readonly ListedScenario[]): State {
  const paths = new Set(listed.map((file) => file.path));
  const files = [...listed, ...state.compare.files.filter((file) => !paths.has(file.path))];
  const chosen = state.compare.chosen.filter((path) => files.some((file) => file.path === path && file.result));
  return withCompare(state, { files, chosen, loading: false, cursor: clamp(state.compare.cursor, files.length) });
}

/** A file opened by path joins the list (replacing itself if listed), chosen when it loads. */
export function scenarioOpened(state: State, opened: ListedScenario): State {
  const { files, chosen } = state.compare;
  const at = files.findIndex((file) => file.path === opened.path);
  const nextFiles = at < 0 ? [...files, opened] : files.map((file, i) => (i === at ? opened : file));
  const cursor = at < 0 ? nextFiles.length - 1 : at;
  if (!opened.result) {
    const next = withCompare(state, { files: nextFiles, cursor, chosen: chosen.filter((path) => path !== opened.path) });
    return message(next, 'error', `cannot compare ${opened.file}: ${problemLine(opened.problem ?? 'not loaded')}`);
  }
  const next = withCompare(state, { files: nextFiles, cursor, chosen: chosen.includes(opened.path) ? chosen : [...chosen, opened.path] });
  return message(next, 'info', `added ${opened.file}`);
}
