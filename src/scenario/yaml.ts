import { Composer, CST, type Document, isMap, isScalar, isSeq, Lexer, LineCounter, type Node, Parser } from 'yaml';
import { FORBIDDEN_KEYS, MAX_ALIASES, MAX_CELLS, MAX_NESTING } from './limits.js';
import { Locator, nodePosition, type Position, positionOf } from './locate.js';
import { readPlainYaml } from './plain-yaml.js';
import { type Problem, ScenarioError } from './problem.js';

/** Entries in one mapping or list; no section of a scenario needs more than its cells. */
const MAX_ENTRIES = MAX_CELLS;

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

export interface YamlFile {
  /** The document as plain data. */
  readonly data: unknown;
  /**
   * Where the node at `path` starts (with `key`, that entry's key), `index` characters into a one-line scalar's
   * text; as far along the path as the document goes.
   */
  readonly positionAt: (path: readonly PropertyKey[], key?: string, index?: number) => Position;
  /** The file as a YAML document, to edit and save it keeping its comments and order; read when first asked for. */
  readonly document: () => Document;
}

/**
 * Reads one YAML document, or throws ScenarioError with every problem found. Files written in the plain subset
 * scenarios use are read by the fast reader, which declines anything else; the YAML library reads the rest, and
 * builds the document only when saving needs it.
 */
export function readYaml(text: string, file: string): YamlFile {
  const plain = readPlainYaml(text);
  if (!plain) return readYamlByLibrary(text, file);
  let document: Document | undefined;
  return { ...plain, document: () => (document ??= readYamlByLibrary(text, file).document()) };
}

/**
 * Reads one YAML document with the YAML library, or throws ScenarioError with every problem found. Each check is
 * linear in the text and bounded in depth: nesting and the size of each mapping are checked while the text is
 * parsed, before anything is built from it, so a hostile file is refused as soon as it goes too far; duplicate keys
 * are found with one set per mapping; and no tag is accepted, since a scenario uses plain values only.
 */
export function readYamlByLibrary(text: string, file: string): YamlFile {
  const lineCounter = new LineCounter();
  const problems: Problem[] = [];
  const at = (offset: number, message: string) => problems.push({ file, ...positionOf(lineCounter, offset), message });

  const parser = new Parser(lineCounter.addNewLine);
  lineCounter.addNewLine(0);
  function* tokens(): Generator<CST.Token> {
    let scalarNext = false;
    for (const lexeme of new Lexer().lex(text)) {
      // The lexer marks each scalar's text with a SCALAR lexeme first; any other lexeme starting with ! is a tag.
      const offset = parser.offset;
      if (!scalarNext && lexeme.startsWith('!')) at(offset, tagMessage(lexeme));
      scalarNext = lexeme === CST.SCALAR;
      yield* parser.next(lexeme);
      const tooBig = limitBroken(parser.stack);
      if (tooBig !== undefined) {
        at(offset, tooBig);
        throw new ScenarioError(problems);
      }
    }
    yield* parser.end();
  }

  let document: Document | undefined;
  for (const each of new Composer({ uniqueKeys: false, strict: true }).compose(tokens(), true, text.length)) {
    if (document) {
      at(each.range[0], 'a scenario file holds one YAML document: remove the "---" line and what follows, or move it to its own file');
      break;
    }
    document = each;
  }
  // compose(…, true) always gives a document, if only an empty one.
  document = document!;
  for (const error of document.errors) at(error.pos[0], yamlMessage(error.message, lineAt(text, error.pos[0])));
  if (document.errors.length === 0) for (const problem of keyProblems(document, lineCounter, file)) problems.push(problem);
  if (problems.length > 0) throw new ScenarioError(problems);

  try {
    const data = document.toJS({ maxAliasCount: MAX_ALIASES });
    const locator = new Locator(document);
    return { data, positionAt: (path, key, index) => nodePosition(lineCounter, locator.nodeAt(path, key), index), document: () => document! };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const aliases = /alias/i.test(message) ? `too many YAML aliases (limit ${MAX_ALIASES}); write the values out` : undefined;
    throw new ScenarioError([{ file, line: 1, col: 1, message: aliases ?? `cannot read the YAML: ${message}` }]);
  }
}

/** Why the text parsed so far is too deeply nested or too long, if it is. Only the open collections need looking at. */
function limitBroken(stack: readonly CST.Token[]): string | undefined {
  if (stack.length > MAX_NESTING + 1) {
    const depth = stack.filter((token) => COLLECTIONS.has(token.type)).length;
    if (depth > MAX_NESTING) return `the YAML is nested more than ${MAX_NESTING} levels deep; a scenario needs three: a section, a cell and its fields`;
  }
  // Entries are added to the innermost open collection, which is at most two tokens below the top. Comments after
  // the last entry make one more item, so this is a lower bound; loading counts the cells exactly.
  for (let i = stack.length - 1; i >= Math.max(0, stack.length - 3); i--) {
    const token = stack[i]!;
    if (COLLECTIONS.has(token.type) && (token as CST.BlockMap | CST.BlockSequence | CST.FlowCollection).items.length > MAX_ENTRIES + 1) {
      return `more than ${MAX_ENTRIES} entries in one mapping or list; a scenario may have at most ${MAX_ENTRIES} cells`;
    }
  }
  return undefined;
}

function tagMessage(tag: string): string {
  const shown = tag.length > 40 ? `${tag.slice(0, 40)}…` : tag;
  return `YAML tag ${JSON.stringify(shown)} is not allowed in a scenario file: remove it (write text in quotes, e.g. "2015/16")`;
}

/**
 * Keys that are not plain text, appear twice in one mapping, or could reach an object's prototype. Walks the
 * document with a list of nodes still to visit rather than by recursion, in document order.
 */
function keyProblems(document: Document, lineCounter: LineCounter, file: string): Problem[] {
  const problems: Problem[] = [];
  const at = (node: Node, message: string) => problems.push({ file, ...positionOf(lineCounter, node.range?.[0] ?? 0), message });
  const pending: unknown[] = [document.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) pending.push(node.items[i]);
    } else if (isMap(node)) {
      const seen = new Set<string>();
      for (const { key } of node.items) {
        if (!isScalar(key)) {
          at((key as Node | null) ?? node, 'a key must be plain text, such as a cell name');
          continue;
        }
        const name = String(key.value);
        if (FORBIDDEN_KEYS.has(name)) at(key, `key "${name}" is not allowed in a scenario file; rename it`);
        else if (seen.has(name)) at(key, 'this key appears twice in the same mapping; keep one');
        seen.add(name);
      }
      for (let i = node.items.length - 1; i >= 0; i--) pending.push(node.items[i]!.value);
    }
  }
  return problems;
}

function yamlMessage(message: string, line: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (/multiple documents/.test(first)) return 'a scenario file holds one YAML document: remove the "---" line and what follows, or move it to its own file';
  const hint = /^Nested mappings are not allowed/.test(first) ? ternaryHint(line) : undefined;
  return hint === undefined ? first : `${first}; ${hint}`;
}

/** The line of the text that `offset` is on. */
function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
}

/** YAML reads the ": " of an unquoted `a ? b : c` as a key's colon: the fix is to quote the formula. */
function ternaryHint(line: string): string | undefined {
  const entry = /^\s*([^\s:#][^:]*?):\s+(.*\?.*:.*?)\s*$/.exec(line);
  if (!entry) return undefined;
  const [, key, formula] = entry;
  return `quote a formula with ? : in it: ${key}: ${JSON.stringify(formula)}`;
}
