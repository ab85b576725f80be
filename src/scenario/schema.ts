import * as z from 'zod';
import { CONTROL_CHARACTER, hexCode, UNITS } from '../engine/index.js';

const missing = (what: string) => (issue: { input?: unknown }) => (issue.input === undefined ? `${what} is missing` : undefined);
// Control characters could rewrite a terminal when the text is shown, and bidirectional ones make it read in another
// order than it displays; tabs and line breaks are fine.
export const text = (what: string) =>
  z.string({ error: (issue) => missing(what)(issue) ?? `${what} must be text` }).superRefine((value, context) => {
    const control = CONTROL_CHARACTER.exec(value)?.[0];
    if (control !== undefined) {
      const code = hexCode(control).toUpperCase().padStart(4, '0');
      const kind = control.charCodeAt(0) > 0xff ? 'a bidirectional control character, which can make text display misleadingly' : 'a control character';
      context.addIssue({ code: 'custom', message: `${what} contains ${kind} (U+${code}); remove it` });
    }
  });
export const finite = (what: string) => z.number({ error: (issue) => missing(what)(issue) ?? `${what} must be a number (like 0.02), not text or .nan/.inf` });
const unit = z.enum(UNITS as [string, ...string[]], { error: `unit must be one of: ${UNITS.join(', ')}` });

const inputSchema = z.preprocess(
  (raw) => (typeof raw === 'number' ? { value: raw } : raw),
  z.strictObject(
    {
      value: finite('value'),
      unit: unit.optional(),
      min: finite('min').optional(),
      max: finite('max').optional(),
      step: finite('step').positive({ error: 'step must be greater than 0' }).optional(),
      low: finite('low').optional(),
      high: finite('high').optional(),
      // Checked against the distributions in load.ts, for a "did you mean".
      distribution: text('distribution').optional(),
      description: text('description').optional(),
      source: text('source').optional(),
    },
    {
      error: (issue) =>
        issue.code === 'invalid_type'
          ? 'an input must be a number or a mapping with value:, unit:, min:, max:, step:, low:, high:, distribution:, description:, source:'
          : undefined,
    },
  ),
);

const formulaSchema = z.preprocess(
  (raw) => (typeof raw === 'string' || typeof raw === 'number' ? { formula: String(raw) } : raw),
  z.strictObject(
    {
      formula: text('formula'),
      unit: unit.optional(),
      description: text('description').optional(),
      source: text('source').optional(),
    },
    {
      error: (issue) =>
        issue.code === 'invalid_type' ? 'a formula cell must be an expression or a mapping with formula:, unit:, description:, source:' : undefined,
    },
  ),
);

/** Each cell is validated on its own (see load.ts), so that one bad cell does not hide the problems of the others. */
const section = (what: string) => z.record(z.string(), z.unknown(), { error: `${what} must be a mapping of cell names to cells` }).optional();

export const scenarioSchema = z.strictObject(
  {
    name: text('name').optional(),
    description: text('description').optional(),
    base_year: text('base_year (quote it, e.g. "2015/16")').optional(),
    extends: text('extends (a relative path to another scenario file)').optional(),
    inputs: section('inputs'),
    formulas: section('formulas'),
    // Where the numbers come from, what was claimed and observed, and the price index: checked in provenance-load.ts.
    sources: z.unknown().optional(),
    checks: z.unknown().optional(),
    observed: z.unknown().optional(),
    deflator: z.unknown().optional(),
    // How many samples a simulation draws and from what seed: checked in simulation-load.ts.
    simulation: z.unknown().optional(),
  },
  { error: (issue) => (issue.code === 'invalid_type' ? 'a scenario file must be a mapping with name:, inputs: and formulas:' : undefined) },
);

export type ScenarioFile = z.infer<typeof scenarioSchema>;

type Checked<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly error: z.ZodError };

/**
 * An input entry checked as inputSchema checks it. Most inputs of a large file are a bare number, which is taken
 * as it is without the schema's work; anything else goes through the schema.
 */
export function checkInputEntry(raw: unknown): Checked<InputEntry> {
  if (typeof raw === 'number' && Number.isFinite(raw)) return { success: true, data: { value: raw } };
  return inputSchema.safeParse(raw);
}

/** A formula entry checked as formulaSchema checks it, with the same shortcut for a formula written as bare text. */
export function checkFormulaEntry(raw: unknown): Checked<FormulaEntry> {
  if (typeof raw === 'string' && !CONTROL_CHARACTER.test(raw)) return { success: true, data: { formula: raw } };
  return formulaSchema.safeParse(raw);
}
export type InputEntry = z.infer<typeof inputSchema>;
export type FormulaEntry = z.infer<typeof formulaSchema>;
export const TOP_LEVEL_KEYS = Object.keys(scenarioSchema.shape);
export const INPUT_KEYS = ['value', 'unit', 'min', 'max', 'step', 'low', 'high', 'distribution', 'description', 'source'];
export const FORMULA_KEYS = ['formula', 'unit', 'description', 'source'];
