/**
 * A read-only map from cell name to V, stored as an array in display order so that a copy with one
 * item changed costs one array copy, and the engine can work by index on its hot paths.
 */
export class CellTable<V> implements ReadonlyMap<string, V> {
  constructor(
    private readonly index: ReadonlyMap<string, number>,
    readonly items: readonly V[],
  ) {}

  get size(): number {
    return this.items.length;
  }

  positionOf(name: string): number | undefined {
    return this.index.get(name);
  }

  get(name: string): V | undefined {
    const position = this.index.get(name);
    return position === undefined ? undefined : this.items[position];
  }

  has(name: string): boolean {
    return this.index.has(name);
  }

  keys(): MapIterator<string> {
    return this.index.keys();
  }

  values(): MapIterator<V> {
    return this.items.values() as MapIterator<V>;
  }

  *entries(): MapIterator<[string, V]> {
    for (const [name, position] of this.index) yield [name, this.items[position]!];
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [name, position] of this.index) callback(this.items[position]!, name, this);
  }

  /** The same table with new items (same names, same order). */
  withItems<W>(items: readonly W[]): CellTable<W> {
    return new CellTable(this.index, items);
  }
}
