import { type Document, isMap, isPair, isScalar, isSeq, type LineCounter, type Node, Scalar } from 'yaml';

export interface Position {
  readonly line: number;
  readonly col: number;
}

/** Follows `path` through the document as far as it goes; with `key`, the key node of that entry. */
export function nodeAt(doc: Document, path: readonly PropertyKey[], key?: string): Node | undefined {
  let node = doc.contents as Node | null;
  const steps = key === undefined ? path : [...path, key];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(step));
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
