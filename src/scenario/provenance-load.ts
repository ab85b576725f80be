import type { ZodError } from 'zod';
import { isTrueOrFalse } from '../engine/condition.js';
import { type Cell, checkMeasure, fiscalYearStart, HORIZON_CELL, MAX_HORIZON, type Sheet, Suggester, sheetOf, yearLabels } from '../engine/index.js';
import { isRecord } from './is-record.js';
import type { Problem } from './problem.js';
import {
  ASSUMPTION_PREFIX,
  type Check,
  type Deflator,
  MAX_SOURCE_ID_LENGTH,
  type Observation,
  type ObservedValue,
  type Provenance,
  SOURCE_ID_PATTERN,
  type SourceRecord,
  sourceRefOf,
} from './provenance.js';
import { checkSchema, observationSchema, PROVENANCE_FIELDS, sourceSchema } from './provenance-schema.js';
import type { Place } from './scenario.js';

type ZodIssue = ZodError['issues'][number];

/** What reading a file's provenance needs from the loader: the file's fields, its cells, and where to report problems. */
export interface ProvenanceInput {
  readonly fields: Readonly<Record<string, unknown>>;
  readonly parent?: Provenance;
  /** The parent's file as written after `extends:`, for messages. */
  readonly parentFile?: string;
  /** Every cell after `extends` (cells whose entries are invalid standing in as inputs). */
  readonly cells: readonly Cell[];
  /** The file's own cells, whose sources are checked here (inherited ones were checked in their file). */
  readonly own: ReadonlyMap<string, Cell>;
  readonly baseYear: string;
  readonly place: (path: readonly PropertyKey[], key?: string, index?: number) => Place;
  readonly report: (issues: readonly ZodIssue[], prefix: readonly PropertyKey[]) => void;
  readonly problems: Problem[];
}

/** At most this many ids or names are listed in a message. */
const LISTED = 12;
/** The first names, and `…` when there are more: a message costs the same however many there are. */
function listOf(names: Iterable<string>): string {
  const first: string[] = [];
  for (const name of names) {
    if (first.length === LISTED) return `${first.join(', ')}, …`;
    first.push(name);
  }
  return first.join(', ');
}

const entriesOf = (value: unknown): [string, unknown][] => (isRecord(value) ? Object.entries(value) : []);

/** Why `id` cannot name a source record or a check, if it cannot. */
function idProblem(id: string, what: string): string | undefined {
  if (id.length > MAX_SOURCE_ID_LENGTH) return `${what} "${id.slice(0, 20)}…" is longer than ${MAX_SOURCE_ID_LENGTH} characters`;
  if (!SOURCE_ID_PATTERN.test(id)) return `${what} ${JSON.stringify(id)} must start with a letter and hold only letters, digits, "-", "_" and "."`;
  if (id.toLowerCase() === 'assumption') return `${what} "assumption" is reserved for sources that say why a value is assumed`;
  return undefined;
}

/**
 * How a source may be written, and what is wrong with one that is not: the id of a known record (with "did you
 * mean"), or `assumption: why`. Undefined when the text is one of them.
 */
export function sourceProblem(text: string, sources: ReadonlyMap<string, SourceRecord>, suggester?: Suggester): string | undefined {
  const ref = sourceRefOf(text);
  const records = sources.size > 0 ? `a record under sources: (${listOf(sources.keys())})` : 'a record under sources: (none yet)';
  if (ref === undefined) {
    const trimmed = text.trim();
    if (/^assumption\b/i.test(trimmed)) {
      const why = trimmed
        .replace(/^assumption\b[\s:;,.-]*/i, '')
        .replace(/^\((.*)\)$/s, '$1')
        .trim();
      return why === ''
        ? `an assumption needs its reason: write "${ASSUMPTION_PREFIX} why", e.g. "${ASSUMPTION_PREFIX} a round figure"`
        : `write an assumption as "${ASSUMPTION_PREFIX} why": "${ASSUMPTION_PREFIX} ${why}"`;
    }
    return `source must name ${records} or say why the value is assumed: "${ASSUMPTION_PREFIX} why"`;
  }
  if (ref.kind === 'assumption') return undefined;
  if (sources.has(ref.id)) return undefined;
  if (sources.size === 0) return `no source record "${ref.id}": add it under sources: (publisher:, title:, date:, …), or write "${ASSUMPTION_PREFIX} why"`;
  const suggestion = (suggester ?? new Suggester(sources.keys())).didYouMean(ref.id);
  return `no source record "${ref.id}"${suggestion}; sources are: ${listOf(sources.keys())}`;
}

/** The `sources:`, `checks:`, `observed:` and `deflator:` of a file, checked; every problem goes to `input.problems`. */
export function readProvenance(input: ProvenanceInput): Provenance {
  const { fields, report } = input;
  for (const key of Object.keys(PROVENANCE_FIELDS) as (keyof typeof PROVENANCE_FIELDS)[]) {
    const shape = PROVENANCE_FIELDS[key].safeParse(fields[key]);
    if (!shape.success) report(shape.error.issues, [key]);
  }
  let sheet: Sheet | undefined;
  const sheetOfCells = (): Sheet => {
    sheet ??= sheetOf(input.cells, input.baseYear);
    return sheet;
  };
  const sources = readSources(input);
  checkCellSources(input, sources);
  const checks = readChecks(input, sources, sheetOfCells);
  const observed = readObserved(input, sources, sheetOfCells);
  const deflator = readDeflator(input, sheetOfCells) ?? input.parent?.deflator;
  return { sources, checks, observed, ...(deflator ? { deflator } : {}) };
}

function readSources(input: ProvenanceInput): ReadonlyMap<string, SourceRecord> {
  const { place, report, problems } = input;
  const sources = new Map(input.parent?.sources ?? []);
  const cells = new Map(input.cells.map((cell) => [cell.name, cell]));
  const inputs = input.cells.filter((cell) => cell.kind === 'input').map((cell) => cell.name);
  let suggester: Suggester | undefined;
  for (const [id, raw] of entriesOf(input.fields.sources)) {
    const problem = idProblem(id, 'source id');
    if (problem) {
      problems.push({ ...place(['sources'], id), message: problem });
      continue;
    }
    if (sources.has(id)) {
      const where = input.parentFile ? ` in ${input.parentFile}` : '';
      problems.push({ ...place(['sources'], id), message: `"${id}" is already a source${where}; give this record another id` });
      continue;
    }
    const entry = sourceSchema.safeParse(raw);
    if (!entry.success) {
      report(entry.error.issues, ['sources', id]);
      // Known all the same, so that what cites it is not reported as well.
      sources.set(id, { id, publisher: id, supports: new Map(), place: place(['sources'], id) });
      continue;
    }
    const { supports = {}, ...fields } = entry.data;
    if (fields.value !== undefined && entry.data.supports !== undefined) {
      problems.push({
        ...place(['sources', id], 'supports'),
        message: `${id}: give value: (the one number the source backs) or supports: (a value for each input), not both`,
      });
    }
    for (const name of Object.keys(supports)) {
      const cell = cells.get(name);
      if (cell?.kind === 'input') continue;
      suggester ??= new Suggester(inputs);
      const message = cell
        ? `${name} is a formula: supports: names inputs; to test a formula against a source, write a check`
        : `no input named "${name}"${suggester.didYouMean(name)}`;
      problems.push({ ...place(['sources', id, 'supports'], name), message: `sources.${id}.supports: ${message}` });
    }
    sources.set(id, { id, ...fields, supports: new Map(Object.entries(supports)), place: place(['sources'], id) });
  }
  return sources;
}

function checkCellSources(input: ProvenanceInput, sources: ReadonlyMap<string, SourceRecord>): void {
  const suggester = new Suggester(sources.keys());
  for (const cell of input.own.values()) {
    if (cell.source === undefined) continue;
    const problem = sourceProblem(cell.source, sources, suggester);
    const section = cell.kind === 'input' ? 'inputs' : 'formulas';
    if (problem) input.problems.push({ ...input.place([section, cell.name, 'source']), message: `${cell.name}: ${problem}` });
  }
}

/** Why a check's formula cannot be checked against the sheet's cells, with where in it; undefined when it can. */
export function checkFormulaProblem(sheet: Sheet, formula: string): { message: string; index?: number } | undefined {
  const checked = checkMeasure(sheet, formula);
  if (!checked.ok) return { message: checked.problem, ...(checked.index === undefined ? {} : { index: checked.index }) };
  if (isTrueOrFalse(checked.measure.formula.tree)) return undefined;
  return {
    message: `a check must be a comparison, true when the claim holds (such as abs(marginal_private_share - 900/1700) < 0.001), or comparisons joined by and, or, not; ${formula.trim()} gives a number`,
  };
}

function readChecks(input: ProvenanceInput, sources: ReadonlyMap<string, SourceRecord>, sheet: () => Sheet): readonly Check[] {
  const { place, report, problems } = input;
  const checks = new Map((input.parent?.checks ?? []).map((check) => [check.name, check]));
  const suggester = new Suggester(sources.keys());
  for (const [name, raw] of entriesOf(input.fields.checks)) {
    const problem = idProblem(name, 'check name');
    if (problem) problems.push({ ...place(['checks'], name), message: problem });
    const entry = checkSchema.safeParse(raw);
    if (!entry.success) {
      report(entry.error.issues, ['checks', name]);
      continue;
    }
    const { claim, source, formula, note } = entry.data;
    const ref = sourceRefOf(source);
    if (ref?.kind !== 'record') {
      problems.push({
        ...place(['checks', name, 'source']),
        message: `checks.${name}.source: a check's source is the id of the record that makes the claim (${listOf(sources.keys()) || 'add one under sources:'})`,
      });
    } else if (!sources.has(ref.id)) {
      problems.push({ ...place(['checks', name, 'source']), message: `checks.${name}.source: ${sourceProblem(source, sources, suggester)}` });
    }
    const formulaProblem = checkFormulaProblem(sheet(), formula);
    if (formulaProblem) {
      const leading = formula.length - formula.trimStart().length;
      const index = formulaProblem.index === undefined ? undefined : formulaProblem.index + leading;
      problems.push({ ...place(['checks', name, 'formula'], undefined, index), message: `checks.${name}: ${formulaProblem.message}` });
    }
    checks.set(name, {
      name,
      claim,
      source: source.trim(),
      formula: formula.trim(),
      ...(note === undefined ? {} : { note }),
      place: place(['checks', name, 'formula']),
    });
  }
  return [...checks.values()];
}

/** The projected years any horizon the file allows can reach: 1 to the horizon input's max (or the engine's limit). */
function possibleYears(input: ProvenanceInput): number {
  const horizon = input.cells.find((cell) => cell.name === HORIZON_CELL);
  const max = horizon?.kind === 'input' ? (horizon.max ?? MAX_HORIZON) : MAX_HORIZON;
  return Math.max(1, Math.min(MAX_HORIZON, Math.floor(max)));
}

function readObserved(input: ProvenanceInput, sources: ReadonlyMap<string, SourceRecord>, sheet: () => Sheet): ReadonlyMap<string, Observation> {
  const { place, report, problems } = input;
  const observed = new Map(input.parent?.observed ?? []);
  const own = entriesOf(input.fields.observed);
  if (own.length === 0) return observed;
  const cellSuggester = new Suggester(input.cells.map((cell) => cell.name));
  const sourceSuggester = new Suggester(sources.keys());
  const start = fiscalYearStart(input.baseYear) ?? 2015;
  const years = possibleYears(input);
  const range = `${yearLabels(input.baseYear, 1)[0]} to ${yearLabels(input.baseYear, years).at(-1)}`;
  for (const [cellName, raw] of own) {
    const at = (path: readonly PropertyKey[], key?: string) => place(['observed', cellName, ...path], key);
    const compiled = sheet().model.cells.get(cellName);
    if (!compiled) {
      problems.push({ ...place(['observed'], cellName), message: `observed: no cell named "${cellName}"${cellSuggester.didYouMean(cellName)}` });
    } else if (!compiled.series) {
      problems.push({
        ...place(['observed'], cellName),
        message: `observed: ${cellName} is a single number, not a value for each year; observe a cell with a value per year`,
      });
    }
    const entry = observationSchema.safeParse(raw);
    if (!entry.success) {
      report(entry.error.issues, ['observed', cellName]);
      continue;
    }
    const { source: fallback, note, values } = entry.data;
    const sourceAt = (text: string, where: Place) => {
      const ref = sourceRefOf(text);
      const problem =
        ref?.kind === 'assumption' ? 'an observed value comes from a record under sources:, not an assumption' : sourceProblem(text, sources, sourceSuggester);
      if (problem) problems.push({ ...where, message: `observed.${cellName}: ${problem}` });
    };
    if (fallback !== undefined) sourceAt(fallback, at(['source']));
    const list: ObservedValue[] = [];
    for (const [year, value] of Object.entries(values)) {
      const first = fiscalYearStart(year);
      if (first === undefined) {
        problems.push({ ...at(['values'], year), message: `observed.${cellName}: "${year}" is not a fiscal year; write it like "2019/20"` });
        continue;
      }
      const t = first - start;
      if (t < 1 || t > years) {
        const why = t < 1 ? `is not after the base year ${input.baseYear}` : `is after the last year any horizon reaches (horizon_years is at most ${years})`;
        problems.push({ ...at(['values'], year), message: `observed.${cellName}: ${year} ${why}; observed years run from ${range}` });
        continue;
      }
      if (value.source !== undefined) sourceAt(value.source, at(['values', year, 'source']));
      const source = (value.source ?? fallback)?.trim();
      if (source === undefined) {
        problems.push({
          ...at(['values'], year),
          message: `observed.${cellName}: ${year} has no source: add source: (a record id) under ${cellName}, or give the value as {value: …, source: …}`,
        });
        continue;
      }
      list.push({ year, value: value.value, source, ...(value.note === undefined ? {} : { note: value.note }) });
    }
    list.sort((a, b) => a.year.localeCompare(b.year));
    observed.set(cellName, { cell: cellName, values: list, ...(note === undefined ? {} : { note }) });
  }
  return observed;
}

function readDeflator(input: ProvenanceInput, sheet: () => Sheet): Deflator | undefined {
  const name = input.fields.deflator;
  if (typeof name !== 'string') return undefined;
  const cell = name.trim();
  const where = input.place(['deflator']);
  const compiled = sheet().model.cells.get(cell);
  if (!compiled) {
    const suggestion = new Suggester(input.cells.map((each) => each.name)).didYouMean(cell);
    input.problems.push({ ...where, message: `deflator: no cell named "${cell}"${suggestion}` });
    return undefined;
  }
  if (compiled.series) return { cell, kind: 'index', place: where };
  if (compiled.cell.unit === 'percent') return { cell, kind: 'rate', place: where };
  input.problems.push({
    ...where,
    message: `deflator: ${cell} must be an annual growth rate of prices (a single value with unit: percent) or a price index with a value for each year (1 in ${input.baseYear}); it is a single ${compiled.cell.unit} value`,
  });
  return undefined;
}
