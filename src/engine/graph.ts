/**
 * The dependency graph by cell position: `dependencies[p]` are the cells p reads. Every walk here is iterative
 * and linear in the size of the graph, whatever shape a file gives it (a 20,000-cell cycle included).
 */
export type Dependencies = readonly (readonly number[])[];

export interface Ordering {
  /** Cells that can be evaluated, each after everything it reads, in the order they are listed where possible. */
  readonly order: number[];
  /** Cells on a circular reference, each with a cycle through it: [p, …, p]. */
  readonly cycles: ReadonlyMap<number, readonly number[]>;
  /** How many cells each cycle's strongly connected group has, by cell. */
  readonly loopSizes: ReadonlyMap<number, number>;
}

/** Orders cells so each comes after everything it reads (Kahn's algorithm); cells on a cycle are left out. */
export function orderCells(dependencies: Dependencies): Ordering {
  const size = dependencies.length;
  const { order, placed } = kahn(dependencies, new Uint8Array(size));
  if (order.length === size) return { order, cycles: new Map(), loopSizes: new Map() };
  // What is left is on a cycle or reads one. Cells on a cycle fail; the others are evaluated after them.
  const groups = stronglyConnected(dependencies, placed);
  const onCycle = new Uint8Array(size);
  const cycleGroups = groups.filter((group) => group.length > 1 || dependencies[group[0]!]!.includes(group[0]!));
  for (const group of cycleGroups) for (const cell of group) onCycle[cell] = 1;
  const rest = kahn(dependencies, onCycle, placed).order;
  const { cycles, loopSizes } = describeCycles(dependencies, cycleGroups);
  return { order: [...order, ...rest], cycles, loopSizes };
}

/** Kahn's algorithm over the cells not `done` (nor `skip`), with `done` cells counting as evaluated already. */
function kahn(dependencies: Dependencies, done: Uint8Array, skip?: Uint8Array): { order: number[]; placed: Uint8Array } {
  const size = dependencies.length;
  const left = (cell: number) => done[cell] === 0 && (skip === undefined || skip[cell] === 0);
  // Readers of each cell, packed into one array: readers of c are readers[start[c]] … readers[start[c + 1] - 1].
  const waiting = new Int32Array(size);
  const start = new Int32Array(size + 1);
  for (let cell = 0; cell < size; cell++) {
    if (!left(cell)) continue;
    for (const dep of dependencies[cell]!) {
      if (!left(dep)) continue;
      waiting[cell]!++;
      start[dep + 1]!++;
    }
  }
  for (let cell = 0; cell < size; cell++) start[cell + 1]! += start[cell]!;
  const readers = new Int32Array(start[size]!);
  const filled = start.slice(0, size);
  for (let cell = 0; cell < size; cell++) {
    if (!left(cell)) continue;
    for (const dep of dependencies[cell]!) if (left(dep)) readers[filled[dep]!++] = cell;
  }
  const order: number[] = [];
  for (let cell = 0; cell < size; cell++) if (left(cell) && waiting[cell] === 0) order.push(cell);
  for (let i = 0; i < order.length; i++) {
    const cell = order[i]!;
    for (let r = start[cell]!; r < start[cell + 1]!; r++) if (--waiting[readers[r]!]! === 0) order.push(readers[r]!);
  }
  const placed = new Uint8Array(size);
  for (const cell of order) placed[cell] = 1;
  return { order, placed };
}

/** Tarjan's strongly connected components, iteratively, over the cells not `excluded`. */
function stronglyConnected(dependencies: Dependencies, excluded: Uint8Array): number[][] {
  const size = dependencies.length;
  const index = new Int32Array(size).fill(-1);
  const low = new Int32Array(size);
  const onStack = new Uint8Array(size);
  const stack: number[] = [];
  const groups: number[][] = [];
  let counter = 0;
  for (let start = 0; start < size; start++) {
    if (excluded[start] || index[start] !== -1) continue;
    const walk: { cell: number; next: number }[] = [{ cell: start, next: 0 }];
    index[start] = low[start] = counter++;
    stack.push(start);
    onStack[start] = 1;
    while (walk.length > 0) {
      const frame = walk[walk.length - 1]!;
      const deps = dependencies[frame.cell]!;
      if (frame.next < deps.length) {
        const dep = deps[frame.next++]!;
        if (excluded[dep]) continue;
        if (index[dep] === -1) {
          index[dep] = low[dep] = counter++;
          stack.push(dep);
          onStack[dep] = 1;
          walk.push({ cell: dep, next: 0 });
        } else if (onStack[dep]) {
          low[frame.cell] = Math.min(low[frame.cell]!, index[dep]!);
        }
        continue;
      }
      walk.pop();
      const parent = walk[walk.length - 1];
      if (parent) low[parent.cell] = Math.min(low[parent.cell]!, low[frame.cell]!);
      if (low[frame.cell] === index[frame.cell]) {
        const group: number[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = 0;
          group.push(member);
        } while (member !== frame.cell);
        groups.push(group.sort((a, b) => a - b));
      }
    }
  }
  return groups;
}

/**
 * Searching for a cycle costs up to the size of its group per cell, so a long cycle would cost its length squared:
 * past this many steps, cycles are described without a search (see describeCycles).
 */
const CYCLE_SEARCH_STEPS = 250_000;

/**
 * A cycle through each cell of each group: the first found by a depth-first search from the cell, following its
 * references in order (as long as the search budget lasts), else the cell, its first reference in the group, the
 * first cell of the group that reads it, and the cell again (a true walk, the middle left out).
 */
function describeCycles(
  dependencies: Dependencies,
  groups: readonly (readonly number[])[],
): { cycles: Map<number, readonly number[]>; loopSizes: Map<number, number> } {
  const cycles = new Map<number, readonly number[]>();
  const loopSizes = new Map<number, number>();
  const group = new Int32Array(dependencies.length).fill(-1);
  groups.forEach((members, g) => {
    for (const cell of members) group[cell] = g;
  });
  const readers = new Map<number, number>();
  groups.forEach((members, g) => {
    for (const cell of members) {
      loopSizes.set(cell, members.length);
      for (const dep of dependencies[cell]!) if (group[dep] === g && !readers.has(dep)) readers.set(dep, cell);
    }
  });
  const search = cycleSearch(dependencies, group);
  for (const members of groups) {
    for (const cell of members) {
      const found = search(cell);
      if (found) {
        cycles.set(cell, found);
        continue;
      }
      const first = dependencies[cell]!.find((dep) => group[dep] === group[cell])!;
      const reader = readers.get(cell)!;
      cycles.set(cell, first === cell ? [cell, cell] : reader === first ? [cell, first, cell] : [cell, first, -1, reader, cell]);
    }
  }
  return { cycles, loopSizes };
}

/**
 * Depth-first search from a cell back to itself through cells of its group, following references in order, for
 * CYCLE_SEARCH_STEPS steps in all; undefined when the steps run out.
 */
function cycleSearch(dependencies: Dependencies, group: Int32Array): (start: number) => number[] | undefined {
  let steps = CYCLE_SEARCH_STEPS;
  const visited = new Int32Array(dependencies.length);
  let search = 0;
  return (start) => {
    if (steps <= 0) return undefined;
    search++;
    visited[start] = search;
    const path: number[] = [start];
    const next: number[] = [0];
    while (path.length > 0) {
      const cell = path[path.length - 1]!;
      const deps = dependencies[cell]!;
      const at = next[next.length - 1]!;
      if (at >= deps.length) {
        path.pop();
        next.pop();
        continue;
      }
      next[next.length - 1] = at + 1;
      if (--steps < 0) return undefined;
      const dep = deps[at]!;
      if (dep === start) return [...path, start];
      if (group[dep] !== group[start] || visited[dep] === search) continue;
      visited[dep] = search;
      path.push(dep);
      next.push(0);
    }
    return undefined;
  };
}
