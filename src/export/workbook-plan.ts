import { type ExcelPlaces, ExcelRefusal, emitExcel } from '../engine/emit-excel.js';
import { checkMeasure, evaluateMeasure, HORIZON_CELL, type InputCell, isSeries, type ParsedFormula, type Sheet, type Unit } from '../engine/index.js';
import { definedNames } from './excel-names.js';
import { NUMBER_FORMATS } from './number-format.js';
import type { CheckRecord, CitedSource, InputCitation } from './provenance.js';

/** What a workbook is made from: an evaluated scenario and where its numbers come from. */
export interface ExportScenario {
  readonly name: string;
  readonly description?: string;
  readonly sheet: Sheet;
  readonly sources: readonly CitedSource[];
  readonly checks: readonly CheckRecord[];
  /** Each input's citation, and its mark when changed from its source, by name (inputCitationsOf). */
  readonly citations: ReadonlyMap<string, InputCitation>;
}

export type PlannedContent =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  /** A live formula (without `=`) and the value the engine gives it, cached so the workbook shows it before recalculating. */
  | { readonly kind: 'formula'; readonly formula: string; readonly cached: number | string };

export interface PlannedCell {
  /** 1-based. */
  readonly row: number;
  readonly column: number;
  readonly content: PlannedContent;
  readonly format?: string;
  readonly style?: 'title' | 'note' | 'header' | 'input';
}

/** A rule on what a cell accepts: the horizon cannot change in a workbook written for one. */
export interface PlannedValidation {
  readonly row: number;
  readonly column: number;
  readonly equals: number;
  readonly message: string;
}

export interface PlannedSheet {
  readonly name: string;
  /** Column widths in characters, from column A. */
  readonly widths: readonly number[];
  readonly cells: readonly PlannedCell[];
  /** Rows and columns kept in view when scrolling. */
  readonly frozen: { readonly rows: number; readonly columns: number };
  readonly validations: readonly PlannedValidation[];
}

/** Where a scenario cell is in the workbook, under which defined name. */
export interface PlacedCell {
  readonly cell: string;
  readonly name: string;
  readonly sheet: string;
  readonly row: number;
  /** Its one column, or one per projected year. */
  readonly columns: readonly number[];
}

export interface WorkbookPlan {
  readonly sheets: readonly PlannedSheet[];
  /** Every scenario cell, and the defined name that refers to it (`Inputs!$B$4`, `Model!$D$6:$H$6`). */
  readonly placed: readonly PlacedCell[];
}

/** Why one cell (or check) cannot be written: `message` names it. */
export interface Refused {
  readonly cell: string;
  readonly message: string;
}

/** A scenario that cannot be written as a workbook meaning the same, with every reason. */
export class WorkbookRefusal extends Error {
  constructor(readonly reasons: readonly Refused[]) {
    super(reasons.map((reason) => reason.message).join('\n'));
  }
}

const HOLDS = '✓ holds';
const FAILS = '✗ fails';

const INPUTS_SHEET = 'Inputs';
const MODEL_SHEET = 'Model';
const SOURCES_SHEET = 'Sources';
const CHECKS_SHEET = 'Checks';

/** Rows of the Inputs and Model sheets: a title, a note, the column headings (and on Model the year `t`), the cells. */
const HEADER_ROW = 3;
const YEAR_ROW = 4;
const FIRST_INPUT_ROW = 4;
const FIRST_MODEL_ROW = 5;
/** Model columns: name, unit, the single value, then one per projected year. */
const VALUE_COLUMN = 3;
const FIRST_YEAR_COLUMN = 4;

/** A1 column letters: 1 is A, 27 is AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The most characters a spreadsheet cell holds. */
const MAX_CELL_TEXT = 32_767;

const text = (row: number, column: number, value: string, style?: PlannedCell['style']): PlannedCell => ({
  row,
  column,
  content: { kind: 'text', text: value.length > MAX_CELL_TEXT ? `${value.slice(0, MAX_CELL_TEXT - 1)}…` : value },
  ...(style ? { style } : {}),
});

const number = (row: number, column: number, value: number | undefined, unit: Unit, style?: PlannedCell['style']): PlannedCell[] =>
  value === undefined ? [] : [{ row, column, content: { kind: 'number', value }, format: NUMBER_FORMATS[unit], ...(style ? { style } : {}) }];

const headers = (row: number, labels: readonly string[]): PlannedCell[] => labels.map((label, i) => text(row, i + 1, label, 'header'));

const UNIT_NAMES: Readonly<Record<Unit, string>> = { '£bn': '£bn', percent: 'percent', years: 'years', number: 'number' };

/**
 * The workbook for a scenario, laid out but not yet written: Inputs (values as numbers in their units, ranges,
 * sources), Model (one row per formula cell, its single value or one column per projected year, each a live
 * formula over defined names, with the engine's value cached), Sources and Checks. Throws WorkbookRefusal when a
 * cell fails or a formula has no spreadsheet form that means the same.
 */
export function planWorkbook(scenario: ExportScenario): WorkbookPlan {
  const { model, evaluation } = scenario.sheet;
  const failures = [...evaluation.results].flatMap(([cell, result]): Refused[] =>
    result.ok ? [] : [{ cell, message: `${cell}: ${result.error} (a workbook is written only from a scenario whose every cell computes)` }],
  );
  if (failures.length > 0) throw new WorkbookRefusal(failures);
  const years = evaluation.years;
  const horizon = years.length;
  const compiled = [...model.cells.values()];
  const inputs = compiled.flatMap(({ cell }) => (cell.kind === 'input' ? [cell] : []));
  const formulas = compiled.filter(({ cell }) => cell.kind === 'formula');
  const names = definedNames(compiled.map(({ cell }) => cell.name));
  const yearColumns = Array.from({ length: horizon }, (_, i) => FIRST_YEAR_COLUMN + i);
  const placed: PlacedCell[] = [
    ...inputs.map((cell, i): PlacedCell => ({ cell: cell.name, name: names.get(cell.name)!, sheet: INPUTS_SHEET, row: FIRST_INPUT_ROW + i, columns: [2] })),
    ...formulas.map(
      (each, i): PlacedCell => ({
        cell: each.cell.name,
        name: names.get(each.cell.name)!,
        sheet: MODEL_SHEET,
        row: FIRST_MODEL_ROW + i,
        columns: each.series ? yearColumns : [VALUE_COLUMN],
      }),
    ),
  ];
  const where = new Map(placed.map((place) => [place.cell, place]));
  const places: ExcelPlaces = {
    horizon,
    baseYear: model.baseYear,
    isSeries: (cell) => model.cells.get(cell)?.series === true,
    reference: (cell, year) => {
      const place = where.get(cell)!;
      return year === undefined ? place.name : `${columnLetters(place.columns[year - 1]!)}${place.row}`;
    },
    yearCell: (year) => `${columnLetters(FIRST_YEAR_COLUMN + year - 1)}$${YEAR_ROW}`,
    yearRow: `$${columnLetters(FIRST_YEAR_COLUMN)}$${YEAR_ROW}:$${columnLetters(FIRST_YEAR_COLUMN + horizon - 1)}$${YEAR_ROW}`,
  };
  // On other sheets than Model, a year's cell is named with its sheet.
  const elsewhere: ExcelPlaces = {
    ...places,
    reference: (cell, year) => (year === undefined ? places.reference(cell) : `${MODEL_SHEET}!${places.reference(cell, year)}`),
    yearCell: (year) => `${MODEL_SHEET}!${places.yearCell(year)}`,
    yearRow: `${MODEL_SHEET}!${places.yearRow}`,
  };

  const refusals: Refused[] = [];
  const emitted = (cell: string, formula: ParsedFormula, on: ExcelPlaces, year?: number): string | undefined => {
    try {
      return emitExcel(formula.tree, formula.reads, on, year);
    } catch (error) {
      if (!(error instanceof ExcelRefusal)) throw error;
      refusals.push({ cell, message: `${cell}: ${formula.text} cannot be written as an Excel formula that means the same: ${error.message}` });
      return undefined;
    }
  };

  const span = horizon === 1 ? years[0]! : `${years[0]}–${years[horizon - 1]}`;
  const horizonNote = `Written for a horizon of ${horizon} year${horizon === 1 ? '' : 's'} (${span}): ${HORIZON_CELL} cannot add or remove year columns; export again for another horizon.`;

  const inputCells: PlannedCell[] = [
    text(1, 1, `${scenario.name}: inputs`, 'title'),
    text(2, 1, `Change a value in column B and the Model sheet recomputes. ${horizonNote}`, 'note'),
    ...headers(HEADER_ROW, ['name', 'value', 'unit', 'min', 'max', 'low', 'high', 'distribution', 'step', 'source', 'description', 'changed from its source']),
    ...inputs.flatMap((cell, i) => inputRow(FIRST_INPUT_ROW + i, cell, scenario.citations)),
  ];
  const horizonRow = inputs.findIndex((cell) => cell.name === HORIZON_CELL);
  const validations: PlannedValidation[] = horizonRow < 0 ? [] : [{ row: FIRST_INPUT_ROW + horizonRow, column: 2, equals: horizon, message: horizonNote }];

  const modelCells: PlannedCell[] = [
    text(1, 1, `${scenario.name}: model`, 'title'),
    text(2, 1, `Every value is a live formula over the inputs' defined names, with the value the engine computed. ${horizonNote}`, 'note'),
    ...headers(HEADER_ROW, ['cell', 'unit', 'value', ...years, 'formula', 'description']),
    text(YEAR_ROW, 1, 't', 'header'),
    text(YEAR_ROW, 2, 'projected year', 'note'),
    ...yearColumns.map((column, i): PlannedCell => ({ row: YEAR_ROW, column, content: { kind: 'number', value: i + 1 }, style: 'header' })),
  ];
  formulas.forEach((each, i) => {
    const row = FIRST_MODEL_ROW + i;
    const { cell } = each;
    const result = evaluation.results.get(cell.name)!;
    if (!result.ok || cell.kind !== 'formula' || !each.formula) return;
    modelCells.push(text(row, 1, cell.name), text(row, 2, UNIT_NAMES[cell.unit]));
    const values = isSeries(result.value) ? result.value : [result.value];
    const columns = each.series ? yearColumns : [VALUE_COLUMN];
    columns.forEach((column, j) => {
      const formula = emitted(cell.name, each.formula!, places, each.series ? j + 1 : undefined);
      if (formula !== undefined) modelCells.push({ row, column, content: { kind: 'formula', formula, cached: values[j]! }, format: NUMBER_FORMATS[cell.unit] });
    });
    modelCells.push(
      text(row, FIRST_YEAR_COLUMN + horizon, cell.formula),
      ...(cell.description ? [text(row, FIRST_YEAR_COLUMN + horizon + 1, cell.description)] : []),
    );
  });

  const checkCells = checksSheet(scenario, (name, formula) => emitted(name, formula, elsewhere));
  if (refusals.length > 0) throw new WorkbookRefusal(refusals);

  return {
    sheets: [
      { name: INPUTS_SHEET, widths: [28, 14, 9, 11, 11, 11, 11, 13, 9, 60, 60, 60], cells: inputCells, frozen: { rows: HEADER_ROW, columns: 1 }, validations },
      {
        name: MODEL_SHEET,
        widths: [30, 9, 12, ...yearColumns.map(() => 12), 50, 60],
        cells: modelCells,
        frozen: { rows: YEAR_ROW, columns: VALUE_COLUMN },
        validations: [],
      },
      sourcesSheet(scenario),
      { name: CHECKS_SHEET, widths: [24, 50, 40, 40, 12], cells: checkCells, frozen: { rows: HEADER_ROW, columns: 1 }, validations: [] },
    ],
    placed,
  };
}

function inputRow(row: number, cell: InputCell, citations: ReadonlyMap<string, InputCitation>): PlannedCell[] {
  const cited = citations.get(cell.name);
  return [
    text(row, 1, cell.name),
    ...number(row, 2, cell.value, cell.unit, 'input'),
    text(row, 3, UNIT_NAMES[cell.unit]),
    ...number(row, 4, cell.min, cell.unit),
    ...number(row, 5, cell.max, cell.unit),
    ...number(row, 6, cell.low, cell.unit),
    ...number(row, 7, cell.high, cell.unit),
    ...(cell.distribution ? [text(row, 8, cell.distribution)] : cell.low !== undefined && cell.high !== undefined ? [text(row, 8, 'triangular')] : []),
    ...number(row, 9, cell.step, cell.unit),
    text(row, 10, cited?.citation ?? 'not given'),
    ...(cell.description ? [text(row, 11, cell.description)] : []),
    ...(cited?.changed ? [text(row, 12, cited.changed)] : []),
  ];
}

function sourcesSheet(scenario: ExportScenario): PlannedSheet {
  const cells: PlannedCell[] = [
    text(1, 1, `${scenario.name}: sources`, 'title'),
    text(2, 1, "Where each number comes from; an assumption is the modeller's own choice, not a publication.", 'note'),
    ...headers(HEADER_ROW, ['source', 'kind', 'cited by', 'publisher', 'title', 'date', 'url', 'quote']),
  ];
  scenario.sources.forEach((source, i) => {
    const row = HEADER_ROW + 1 + i;
    const fields = [source.citation, source.kind, source.cells.join(', '), source.publisher, source.title, source.date, source.url, source.quote];
    fields.forEach((field, j) => {
      if (field) cells.push(text(row, j + 1, field));
    });
  });
  if (scenario.sources.length === 0) cells.push(text(HEADER_ROW + 1, 1, 'No cell of this scenario cites a source.', 'note'));
  return { name: SOURCES_SHEET, widths: [60, 12, 40, 30, 30, 12, 30, 60], cells, frozen: { rows: HEADER_ROW, columns: 0 }, validations: [] };
}

/** The checks, each a live formula that says whether its claim holds. */
function checksSheet(scenario: ExportScenario, emit: (name: string, formula: ParsedFormula) => string | undefined): PlannedCell[] {
  const cells: PlannedCell[] = [
    text(1, 1, `${scenario.name}: checks`, 'title'),
    text(2, 1, 'Claims from the sources, each a formula of the model that must be true; "holds" recomputes with the inputs.', 'note'),
    ...headers(HEADER_ROW, ['check', 'claim', 'source', 'formula', 'holds']),
  ];
  if (scenario.checks.length === 0) {
    cells.push(text(HEADER_ROW + 1, 1, 'This scenario states no claims to check.', 'note'));
    return cells;
  }
  scenario.checks.forEach((check, i) => {
    const row = HEADER_ROW + 1 + i;
    cells.push(text(row, 1, check.name), text(row, 2, check.claim), ...(check.source ? [text(row, 3, check.source)] : []), text(row, 4, check.formula));
    const measure = checkMeasure(scenario.sheet, check.formula);
    if (!measure.ok) {
      cells.push(text(row, 5, `cannot be checked: ${measure.problem}`));
      return;
    }
    const result = evaluateMeasure(scenario.sheet, measure.measure);
    const formula = emit(`check ${check.name}`, measure.measure.formula);
    if (formula === undefined) return;
    const holds = result.ok ? (result.value !== 0 ? HOLDS : FAILS) : `cannot be checked: ${result.error}`;
    cells.push({ row, column: 5, content: { kind: 'formula', formula: `IF(${formula},"${HOLDS}","${FAILS}")`, cached: holds } });
  });
  return cells;
}
