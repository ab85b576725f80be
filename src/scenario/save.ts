import { readFileSync, realpathSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { type Document, isMap, isPair, isScalar, type Node, type YAMLMap } from 'yaml';
import type { Cell } from '../engine/index.js';
import { removeStaleTemporaryFiles, writeFileAtomically } from './atomic-write.js';
import { linkTarget } from './link.js';
import type { Scenario } from './scenario.js';

const FIELDS = ['value', 'formula', 'unit', 'min', 'max', 'step', 'low', 'high', 'distribution', 'description', 'source'] as const;
type Field = (typeof FIELDS)[number];
const RANGE_FIELDS = ['low', 'high', 'distribution'] as const;

const field = (cell: Cell | undefined, name: Field): unknown => (cell as Record<string, unknown> | undefined)?.[name];
const sectionOf = (cell: Cell) => (cell.kind === 'input' ? 'inputs' : 'formulas');
const mainField = (cell: Cell): Field => (cell.kind === 'input' ? 'value' : 'formula');

/** Fields of `cell` that differ from `other` (everything, when there is no other cell of the same kind). */
function changedFields(cell: Cell, other: Cell | undefined): Field[] {
  return FIELDS.filter((name) => field(cell, name) !== undefined && (other?.kind !== cell.kind || field(cell, name) !== field(other, name)));
}

/**
 * Comments on a cell's value or formula describe that value: when it changes they would describe another, so they
 * go. Those are the comment after it, and the lines just above it (above the cell's first field, the mapping's own).
 * Comments on the cell's name, and on its other fields, stay.
 */
function dropValueComments(existing: unknown, field: Field): void {
  if (isScalar(existing)) {
    existing.comment = undefined;
    return;
  }
  if (!isMap(existing)) return;
  const map = existing as YAMLMap;
  const index = map.items.findIndex((item) => isPair(item) && isScalar(item.key) && item.key.value === field);
  if (index < 0) return;
  const pair = map.items[index]!;
  for (const node of [pair.key, pair.value] as (Node | null)[]) {
    if (node && 'commentBefore' in node) node.commentBefore = undefined;
    if (node && 'comment' in node) node.comment = undefined;
  }
  if (index === 0) map.commentBefore = undefined;
}

/** Writes one cell into the document, touching only the fields that changed so comments stay put. */
function writeCell(doc: Document, cell: Cell, loaded: Cell | undefined, inherited: Cell | undefined): void {
  const section = sectionOf(cell);
  const otherSection = section === 'inputs' ? 'formulas' : 'inputs';
  if (doc.hasIn([otherSection, cell.name])) doc.deleteIn([otherSection, cell.name]);
  const existing = doc.getIn([section, cell.name], true);
  const changed = changedFields(cell, loaded?.kind === cell.kind ? loaded : undefined);
  const onlyMain = changed.every((name) => name === mainField(cell));
  if (changed.includes(mainField(cell))) dropValueComments(existing, mainField(cell));

  if (isMap(existing)) {
    for (const name of changed) doc.setIn([section, cell.name, name], field(cell, name));
    // A range the value has left is not saved (see cellsToSave).
    for (const name of RANGE_FIELDS) if (field(cell, name) === undefined && field(loaded, name) !== undefined) doc.deleteIn([section, cell.name, name]);
  } else if (isScalar(existing) && onlyMain) {
    doc.setIn([section, cell.name], field(cell, mainField(cell)));
  } else {
    const differs = changedFields(cell, inherited);
    const node = differs.every((name) => name === mainField(cell))
      ? field(cell, mainField(cell))
      : Object.fromEntries(FIELDS.filter((name) => field(cell, name) !== undefined).map((name) => [name, field(cell, name)]));
    if (!doc.has(section)) doc.set(section, doc.createNode({}));
    doc.setIn([section, cell.name], doc.createNode(node));
  }
}

/**
 * The scenario's own document with `cells` written into it: changed values and formulas set in place,
 * new cells appended, removed cells deleted; everything else, comments included, as it was.
 */
export function updatedDocument(scenario: Scenario, cells: readonly Cell[], targetFile = scenario.file): Document {
  const doc = scenario.document().clone();
  const loaded = new Map(scenario.cells.map((cell) => [cell.name, cell]));
  for (const cell of cells) {
    const before = loaded.get(cell.name);
    if (before && changedFields(cell, before).length === 0 && RANGE_FIELDS.every((name) => field(cell, name) === field(before, name))) continue;
    writeCell(doc, cell, before, scenario.inherited.get(cell.name));
  }
  const kept = new Set(cells.map((cell) => cell.name));
  for (const cell of scenario.cells) {
    if (!kept.has(cell.name) && doc.hasIn([sectionOf(cell), cell.name])) doc.deleteIn([sectionOf(cell), cell.name]);
  }
  if (scenario.extends !== undefined && resolve(dirname(targetFile)) !== resolve(dirname(scenario.file))) {
    const parent = resolve(dirname(scenario.file), scenario.extends);
    doc.set('extends', relative(dirname(resolve(targetFile)), parent));
  }
  return doc;
}

export class ChangedOnDiskError extends Error {
  constructor(readonly file: string) {
    super(`${file} has changed on disk since it was opened`);
  }
}

/** The file to be saved is a symbolic link, which it was not (or not to there) when the scenario was opened. */
export class BecameLinkError extends Error {
  constructor(
    readonly file: string,
    /** Where the link points, as written in it. */
    readonly target: string,
  ) {
    super(`${file} is now a symbolic link to ${target}; not saved`);
  }
}

export interface SaveOptions {
  /** Overwrite even if the file changed on disk since the scenario was loaded. */
  readonly force?: boolean;
  /** Save into the target of a symbolic link that the file has become since it was loaded (see BecameLinkError). */
  readonly writeThroughLink?: boolean;
}

/**
 * Saves atomically (temporary file in the same folder, fsync, rename): the file holds either the old
 * or the new content, never a mix. Returns the text written. The cells are written as given: what
 * an edit does to a cell's source is cellsToSave's.
 *
 * A file that was a symbolic link when the scenario was opened is saved into the link's target, as before. A file
 * that has become a link since, or now points elsewhere, is not written through: BecameLinkError, unless
 * `writeThroughLink` allows it. A file that changed on disk since it was opened: ChangedOnDiskError, unless `force`.
 */
export function saveScenario(scenario: Scenario, cells: readonly Cell[], file = scenario.file, options: SaveOptions = {}): string {
  const sameFile = resolve(file) === resolve(scenario.file);
  const link = linkTarget(file);
  if (link !== undefined && !options.writeThroughLink && !(sameFile && link === scenario.linkedTo)) throw new BecameLinkError(file, link);
  if (!options.force && sameFile) {
    let onDisk: string | undefined;
    try {
      onDisk = readFileSync(file, 'utf8');
    } catch {
      onDisk = undefined;
    }
    if (onDisk !== undefined && onDisk !== scenario.text) throw new ChangedOnDiskError(file);
  }
  const text = updatedDocument(scenario, cells, file).toString({ lineWidth: 0 });
  const written = link === undefined ? file : linkedFile(file, link);
  removeStaleTemporaryFiles(written);
  writeFileAtomically(written, text);
  return text;
}

/** The file a link leads to, through any further links; for a link to nothing yet, where it points. */
function linkedFile(file: string, link: string): string {
  try {
    return realpathSync(file);
  } catch {
    return resolve(dirname(file), link);
  }
}
