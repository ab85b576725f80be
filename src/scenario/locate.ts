import { type Document, isMap, isPair, isScalar, isSeq, type LineCounter, type Node, type Pair, Scalar, type YAMLMap } from 'yaml';

export interface Position {
  readonly line: number;
  readonly col: number;
}

/**
 * Finds nodes of one document by path. Each mapping is indexed by key the first time it is searched, so a lookup
 * costs the length of its path however many entries the mappings hold; the document must not change afterwards.
 */
export class Locator {
  private readonly indexes = new WeakMap<YAMLMap, Map<string, Pair>>();

  constructor(private readonly document: Document) {}

  /** Follows `path` through the document as far as it goes; with `key`, the key node of that entry. */
  nodeAt(path: readonly PropertyKey[], key?: string): Node | undefined {
    let node = this.document.contents as Node | null;
    const steps = key === undefined ? path : [...path, key];
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i]!;
      if (isMap(node)) {
        const pair = this.indexOf(node).get(String(step));
        if (!pair) break;
        const wantKey = key !== undefined && i === steps.length - 1;
        node = (wantKey ? pair.key : pair.value) as Node | null;
      } else if (isSeq(node) && typeof step === 'number') {
        node = node.items[step] as Node | null;
      } else break;
      if (!node) break;
    }
    return node ?? undefined;
  }

  private indexOf(map: YAMLMap): Map<string, Pair> {
    let index = this.indexes.get(map);
    if (!index) {
      index = new Map();
      for (const item of map.items) {
        // The first of two equal keys, as a search from the start would find (files with both are refused).
        if (isPair(item) && isScalar(item.key) && !index.has(String(item.key.value))) index.set(String(item.key.value), item);
      }
      this.indexes.set(map, index);
    }
    return index;
  }
}

export function positionOf(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, col };
}

/** Where the node starts, optionally `index` characters into a single-line scalar's text. */
export function nodePosition(lineCounter: LineCounter, node: Node | undefined, index?: number): Position {
  if (!node?.range) return { line: 1, col: 1 };
  let offset = node.range[0];
  if (index !== undefined && isScalar(node)) {
    const type = (node as Scalar).type;
    if (type === Scalar.PLAIN) offset += index;
    else if (type === Scalar.QUOTE_DOUBLE || type === Scalar.QUOTE_SINGLE) offset += index + 1;
  }
  return positionOf(lineCounter, offset);
}
