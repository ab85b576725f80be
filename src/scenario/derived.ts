import { dirname, relative, resolve } from 'node:path';
import { Document } from 'yaml';
import { type Cell, formatNumber } from '../engine/index.js';
import { cellsToSave } from './honest-sources.js';
import type { Scenario } from './scenario.js';

/** An input's new value in a scenario derived from another, with where the value comes from. */
export interface DerivedValue {
  readonly name: string;
  readonly value: number;
  readonly source: string;
}

interface DerivedSections {
  readonly description?: string;
  readonly inputs?: Readonly<Record<string, unknown>>;
  readonly formulas?: Readonly<Record<string, unknown>>;
}

/** A scenario file's text that extends `parentFile` (written relative to the new file's folder) and holds `sections`. */
function derivedText(parentFile: string, file: string, name: string, sections: DerivedSections, comment: string): string {
  const parent = relative(dirname(resolve(file)), resolve(parentFile))
    .split('\\')
    .join('/');
  const document = new Document({
    extends: parent,
    name,
    ...(sections.description === undefined ? {} : { description: sections.description }),
    ...(sections.inputs && Object.keys(sections.inputs).length > 0 ? { inputs: sections.inputs } : {}),
    ...(sections.formulas && Object.keys(sections.formulas).length > 0 ? { formulas: sections.formulas } : {}),
  });
  document.commentBefore = comment
    .split('\n')
    .map((line) => ` ${line}`)
    .join('\n');
  return document.toString({ lineWidth: 0 });
}

/**
 * The text of a scenario file that extends `parentFile` and holds only `values`: the natural way to share a variant.
 * `extends:` is written relative to the new file's folder; `comment` heads the file.
 */
export function derivedScenarioText(parentFile: string, file: string, name: string, values: readonly DerivedValue[], comment: string): string {
  return derivedText(
    parentFile,
    file,
    name,
    { inputs: Object.fromEntries(values.map((each) => [each.name, { value: each.value, source: each.source }])) },
    comment,
  );
}

const INPUT_FIELDS = ['value', 'unit', 'min', 'max', 'step', 'low', 'high', 'distribution', 'description', 'source'] as const;
const FORMULA_FIELDS = ['formula', 'unit', 'description', 'source'] as const;

/** The fields of `cell` that differ from `before` (every field it has, for a new cell), as a file writes them. */
function changedEntry(cell: Cell, before: Cell | undefined): { entry: Record<string, unknown>; changed: readonly string[] } | undefined {
  const fields: readonly string[] = cell.kind === 'input' ? INPUT_FIELDS : FORMULA_FIELDS;
  const now = cell as unknown as Record<string, unknown>;
  const was = before?.kind === cell.kind ? (before as unknown as Record<string, unknown>) : undefined;
  const changed = fields.filter((field) => now[field] !== undefined && now[field] !== was?.[field]);
  if (changed.length === 0) return undefined;
  // An entry always gives the value or formula (a file requires it); a new cell, or one that changes kind, its unit too.
  const main = cell.kind === 'input' ? 'value' : 'formula';
  const needed = was ? [main, ...changed] : [main, 'unit', ...changed];
  const entry = Object.fromEntries(fields.filter((field) => needed.includes(field) && now[field] !== undefined).map((field) => [field, now[field]]));
  return { entry, changed: was ? changed : [main] };
}

/** `budget_growth = 3.00%, budget (description)`: the changes, as the description of the derived file says them. */
function changeWords(scenario: Scenario, changed: readonly { readonly cell: Cell; readonly fields: readonly string[] }[]): string {
  const words = changed.slice(0, 4).map(({ cell, fields }) => {
    if (cell.kind === 'input' && fields.includes('value')) return `${cell.name} = ${formatNumber(cell.value, cell.unit)}`;
    if (cell.kind === 'formula' && fields.includes('formula')) return `${cell.name} = ${cell.formula}`;
    return `${cell.name} (${fields.join(', ')})`;
  });
  const more = changed.length > 4 ? ` and ${changed.length - 4} more changes` : '';
  return changed.length === 0 ? `${scenario.name}, unchanged.` : `${scenario.name} with ${words.join(', ')}${more}.`;
}

/**
 * The text of a file that extends the scenario's own file and holds only what `cells` change of it: edited values
 * (each with a source that says where it comes from now, see cellsToSave), edited formulas and added cells. Its
 * sources, checks and observations come from the file it extends.
 */
export function derivedFromEdits(scenario: Scenario, cells: readonly Cell[], file: string, name: string): string {
  const before = new Map(scenario.cells.map((cell) => [cell.name, cell]));
  const changed: { cell: Cell; fields: string[] }[] = [];
  const inputs: Record<string, unknown> = {};
  const formulas: Record<string, unknown> = {};
  for (const cell of cellsToSave(scenario, cells)) {
    const found = changedEntry(cell, before.get(cell.name));
    if (!found) continue;
    changed.push({ cell, fields: [...found.changed] });
    (cell.kind === 'input' ? inputs : formulas)[cell.name] = found.entry;
  }
  const parent = relative(dirname(resolve(file)), resolve(scenario.file))
    .split('\\')
    .join('/');
  const comment = `${name}: ${scenario.name} (${parent}) with only what changed written here.\nEverything else, with its sources, checks and observed values, comes from ${parent}.`;
  return derivedText(scenario.file, file, name, { description: changeWords(scenario, changed), inputs, formulas }, comment);
}
