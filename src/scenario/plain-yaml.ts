import { LineCounter } from 'yaml';
import { FORBIDDEN_KEYS, MAX_CELLS, MAX_NESTING } from './limits.js';
import { type Position, positionOf } from './locate.js';

/**
 * A fast reader for the YAML that scenario files are written in: block mappings indented with spaces, one entry
 * per line, each value a one-line plain or quoted scalar or a mapping on the lines below. It gives exactly the data
 * and positions the YAML library gives for such text, in a fraction of the time, and declines anything else
 * (returning undefined) so the library reads it and reports what is wrong: tabs, flow collections, lists, anchors,
 * tags, block or multi-line scalars, escapes, duplicate or unusual keys, odd characters, and any limit reached.
 */
export interface PlainYaml {
  readonly data: Record<string, unknown>;
  /** As Locator and nodePosition find it in the library's document: see positionAt in yaml.ts. */
  readonly positionAt: (path: readonly PropertyKey[], key?: string, index?: number) => Position;
}

type Style = 'plain' | 'quoted' | 'map';

interface Entry {
  readonly key: number;
  readonly keyStyle: Style;
  /**
   * Where the value starts: a scalar's first character (a quote included), a mapping's first key, or for an empty
   * value the first character after the colon and its spaces.
   */
  value: number;
  style: Style;
  child?: PlacedMap;
}

interface PlacedMap {
  readonly indent: number;
  readonly data: Record<string, unknown>;
  readonly entries: Map<string, Entry>;
}

/**
 * A character the reader declines: anything but printable ASCII and the rest of Unicode, that is controls, line and
 * bidirectional marks, surrogates and the byte order mark.
 */
const UNSURE_CHARACTER = /[^\n\x20-\x7E\u00A0-\u2027\u202F-\u2065\u206A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]/;
/** A key the core schema reads as a string, followed by its colon: a name, or a year such as 2019/20. */
const PLAIN_KEY = /^(?:[A-Za-z_][A-Za-z0-9_./-]*|[0-9]{4}\/[0-9]{2})(?=:(?: |$))/;
const NOT_STRING_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
/** First characters of a plain scalar that mean something else in YAML (a dash is fine before a number or a name). */
const INDICATOR = /^(?:[?:,[\]{}#&*!|>'"%@`]|-(?:\s|$))/;

/** The core schema's scalars, in its order: the first that matches decides the value. */
const RESOLVERS: readonly [RegExp, (text: string) => unknown][] = [
  [/^(?:~|[Nn]ull|NULL)?$/, () => null],
  [/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === 't' || text[0] === 'T'],
  [/^0o[0-7]+$/, (text) => Number.parseInt(text.slice(2), 8)],
  [/^[-+]?[0-9]+$/, (text) => Number.parseInt(text, 10)],
  [/^0x[0-9a-fA-F]+$/, (text) => Number.parseInt(text.slice(2), 16)],
  [
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    (text) => (text.slice(-3).toLowerCase() === 'nan' ? Number.NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY),
  ],
  [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, Number.parseFloat],
  [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, Number.parseFloat],
];

/** What a plain scalar's text means. Only text that starts like a number, null or a boolean can be other than a string. */
function resolvePlain(text: string): unknown {
  if (!/^[-+.0-9~nNtTfF]/.test(text)) return text;
  for (const [test, resolve] of RESOLVERS) if (test.test(text)) return resolve(text);
  return text;
}

interface Scalar {
  readonly value: unknown;
  readonly style: Style;
  /** Where the scalar's text ends in its line. */
  readonly end: number;
}

/** A quoted scalar that opens at `from` and closes on the same line, without escapes; undefined if it is not one. */
function quoted(line: string, from: number): Scalar | undefined {
  if (line[from] === '"') {
    const close = line.indexOf('"', from + 1);
    if (close < 0 || line.lastIndexOf('\\', close) > from) return undefined;
    return { value: line.slice(from + 1, close), style: 'quoted', end: close + 1 };
  }
  let close = from;
  for (;;) {
    close = line.indexOf("'", close + 1);
    if (close < 0) return undefined;
    if (line[close + 1] !== "'") break;
    close++;
  }
  return { value: line.slice(from + 1, close).replaceAll("''", "'"), style: 'quoted', end: close + 1 };
}

/** The key the line starts with at `indent` (a name, a year or quoted text), and where its colon is. */
function keyOf(line: string, indent: number): { readonly name: string; readonly style: Style; readonly end: number } | undefined {
  const plain = PLAIN_KEY.exec(line.slice(indent));
  if (plain) return NOT_STRING_KEY.test(plain[0]) ? undefined : { name: plain[0], style: 'plain', end: indent + plain[0].length };
  if (line[indent] !== '"' && line[indent] !== "'") return undefined;
  const scalar = quoted(line, indent);
  if (!scalar || line[scalar.end] !== ':' || (scalar.end + 1 < line.length && line[scalar.end + 1] !== ' ')) return undefined;
  return { name: scalar.value as string, style: 'quoted', end: scalar.end };
}

/** The value is on the lines below. */
const BELOW = Symbol('below');

/** The value written at `from` to the end of the line, BELOW if there is none, undefined if the library must read it. */
function scalarAt(line: string, from: number): Omit<Scalar, 'end'> | typeof BELOW | undefined {
  if (from >= line.length || line[from] === '#') return BELOW;
  if (line[from] === '"' || line[from] === "'") {
    const scalar = quoted(line, from);
    return scalar && /^(?: *| +#.*)$/.test(line.slice(scalar.end)) ? scalar : undefined;
  }
  if (INDICATOR.test(line.slice(from, from + 2))) return undefined;
  const comment = line.indexOf(' #', from);
  // Only spaces end a plain value: trimEnd would take other Unicode spaces too, which YAML keeps in the value.
  const text = line.slice(from, comment < 0 ? line.length : comment).replace(/ +$/, '');
  // A colon and space would start a mapping inside the value: the library says what is wrong.
  if (text.includes(': ') || text.endsWith(':')) return undefined;
  return { value: resolvePlain(text), style: 'plain' };
}

/** Where the node at `path` starts, as Locator.nodeAt and nodePosition find it in the library's document. */
function offsetAt(root: PlacedMap, path: readonly PropertyKey[], key?: string, index?: number): number {
  let map: PlacedMap | undefined = root;
  let offset = firstKey(root);
  let style: Style = 'map';
  const steps = key === undefined ? path : [...path, key];
  for (let i = 0; i < steps.length && map; i++) {
    const entry: Entry | undefined = map.entries.get(String(steps[i]));
    if (!entry) break;
    if (key !== undefined && i === steps.length - 1) {
      offset = entry.key;
      style = entry.keyStyle;
      break;
    }
    offset = entry.value;
    style = entry.style;
    map = entry.child;
  }
  if (index === undefined || style === 'map') return offset;
  return offset + index + (style === 'quoted' ? 1 : 0);
}

/** A mapping starts where its first key does. */
const firstKey = (map: PlacedMap): number => map.entries.values().next().value!.key;

/** Reads `text` as plain scenario YAML, or gives undefined when the library must read it. */
export function readPlainYaml(text: string): PlainYaml | undefined {
  if (UNSURE_CHARACTER.test(text)) return undefined;
  const lineCounter = new LineCounter();
  const root: PlacedMap = { indent: 0, data: {}, entries: new Map() };
  const open: PlacedMap[] = [root];
  /** An entry whose value is on the lines below: a mapping if they are indented further, else empty. */
  let waiting: { map: PlacedMap; key: string; entry: Entry; indent: number } | undefined;
  for (let offset = 0; offset <= text.length; ) {
    lineCounter.addNewLine(offset);
    const newline = text.indexOf('\n', offset);
    const line = text.slice(offset, newline < 0 ? text.length : newline);
    const lineOffset = offset;
    offset += line.length + 1;

    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    if (indent === line.length || line[indent] === '#') continue;

    let map: PlacedMap;
    if (waiting && indent > waiting.indent) {
      if (open.length >= MAX_NESTING) return undefined;
      map = { indent, data: {}, entries: new Map() };
      Object.assign(waiting.entry, { value: lineOffset + indent, style: 'map', child: map });
      waiting.map.data[waiting.key] = map.data;
      open.push(map);
    } else {
      // A line indented less closes the mappings it is left of; it must then line up with an open one.
      while (open[open.length - 1]!.indent > indent) open.pop();
      map = open[open.length - 1]!;
      if (map.indent !== indent) return undefined;
    }
    waiting = undefined;

    const key = keyOf(line, indent);
    if (!key || FORBIDDEN_KEYS.has(key.name) || map.entries.has(key.name) || map.entries.size >= MAX_CELLS) return undefined;
    let valueAt = key.end + 1;
    while (line.charCodeAt(valueAt) === 32) valueAt++;
    const entry: Entry = { key: lineOffset + indent, keyStyle: key.style, value: lineOffset + valueAt, style: 'plain' };
    map.entries.set(key.name, entry);

    const value = scalarAt(line, valueAt);
    if (value === undefined) return undefined;
    if (value === BELOW) {
      map.data[key.name] = null;
      waiting = { map, key: key.name, entry, indent };
    } else {
      map.data[key.name] = value.value;
      entry.style = value.style;
    }
  }
  if (root.entries.size === 0) return undefined;
  return { data: root.data, positionAt: (path, key, index) => positionOf(lineCounter, offsetAt(root, path, key, index)) };
}
