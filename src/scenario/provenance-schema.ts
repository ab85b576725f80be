import * as z from 'zod';
import { finite, text } from './schema.js';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Why a source's date is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a real day), if it is not. */
function dateProblem(date: string): string | undefined {
  const match = DATE.exec(date);
  const wanted = 'date must be YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2017-03-27';
  if (!match) return wanted;
  const [, year, month, day] = match as unknown as [string, string, string | undefined, string | undefined];
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return `${wanted}; ${month} is not a month`;
  if (day !== undefined) {
    const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    if (Number(day) < 1 || Number(day) > days) return `${wanted}; ${year}-${month} has no day ${day}`;
  }
  return undefined;
}

/** A year written without quotes reads as a number: `date: 2016` is the year 2016. */
const date = z.preprocess(
  (raw) => (typeof raw === 'number' && Number.isInteger(raw) ? String(raw) : raw),
  text('date').superRefine((value, context) => {
    const problem = dateProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  }),
);

const url = text('url').refine((value) => /^https?:\/\/\S+$/.test(value), { error: 'url must start with https:// or http:// and hold no spaces' });

export const sourceSchema = z.strictObject(
  {
    publisher: text('publisher'),
    title: text('title').optional(),
    date: date.optional(),
    url: url.optional(),
    quote: text('quote').optional(),
    note: text('note').optional(),
    value: finite('value').optional(),
    supports: z.record(z.string(), finite('each supported value'), { error: 'supports must map input names to the values the source gives' }).optional(),
  },
  {
    error: (issue) =>
      issue.code === 'invalid_type'
        ? 'a source must be a mapping with publisher: and any of title:, date:, url:, quote:, note:, value: (the one number it backs) or supports: (input: value)'
        : undefined,
  },
);

export const checkSchema = z.strictObject(
  {
    claim: text('claim'),
    source: text('source (the id of a record under sources:)'),
    formula: text('formula'),
    note: text('note').optional(),
  },
  {
    error: (issue) =>
      issue.code === 'invalid_type' ? 'a check must be a mapping with claim:, source:, formula: (true when the claim holds) and any note:' : undefined,
  },
);

const observedValueSchema = z.preprocess(
  (raw) => (typeof raw === 'number' ? { value: raw } : raw),
  z.strictObject(
    { value: finite('value'), source: text('source').optional(), note: text('note').optional() },
    { error: (issue) => (issue.code === 'invalid_type' ? 'an observed value must be a number or a mapping with value:, source: and any note:' : undefined) },
  ),
);

export const observationSchema = z.strictObject(
  {
    source: text('source').optional(),
    note: text('note').optional(),
    values: z.record(z.string(), observedValueSchema, { error: 'values must map fiscal years ("2019/20") to what was observed' }),
  },
  {
    error: (issue) =>
      issue.code === 'invalid_type' ? 'observed values for a cell must be a mapping with values: ("2019/20": 0.072, …), a source: and any note:' : undefined,
  },
);

/** Entries are validated one by one (see provenance-load.ts), so one bad entry does not hide the others' problems. */
const entries = (message: string) => z.record(z.string(), z.unknown(), { error: message }).optional();

/** The top-level fields of a scenario file about where its numbers come from. */
export const PROVENANCE_FIELDS = {
  sources: entries('sources must be a mapping of ids (such as hf-ft) to source records'),
  checks: entries('checks must be a mapping of names to claims that are checked'),
  observed: entries('observed must be a mapping of cell names to values observed by year'),
  deflator: text('deflator (the name of a price growth rate input or a price index by year)').optional(),
};

const SOURCE_KEYS = Object.keys(sourceSchema.shape);
const CHECK_KEYS = Object.keys(checkSchema.shape);
const OBSERVATION_KEYS = Object.keys(observationSchema.shape);
const OBSERVED_VALUE_KEYS = ['value', 'source', 'note'];

/** The keys allowed where an unknown key was found, for a path in one of these sections; undefined elsewhere. */
export function provenanceKeysAt(path: readonly PropertyKey[]): readonly string[] | undefined {
  switch (path[0]) {
    case 'sources':
      return SOURCE_KEYS;
    case 'checks':
      return CHECK_KEYS;
    case 'observed':
      return path.length > 2 ? OBSERVED_VALUE_KEYS : OBSERVATION_KEYS;
    default:
      return undefined;
  }
}
