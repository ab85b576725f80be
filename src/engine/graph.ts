/**
 * Orders cells so each comes after everything it depends on (Kahn's algorithm).
 * Cells on or behind a cycle are returned separately.
 */
export function topologicalOrder(names: readonly string[], dependenciesOf: (name: string) => readonly string[]): { order: string[]; cyclic: Set<string> } {
  const known = new Set(names);
  const waiting = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  for (const name of names) {
    const deps = [...new Set(dependenciesOf(name))].filter((dep) => known.has(dep));
    waiting.set(name, deps.length);
    for (const dep of deps) {
      const list = dependents.get(dep);
      if (list) list.push(name);
      else dependents.set(dep, [name]);
    }
  }
  const order: string[] = names.filter((name) => waiting.get(name) === 0);
  for (let i = 0; i < order.length; i++) {
    for (const dependent of dependents.get(order[i]!) ?? []) {
      const left = waiting.get(dependent)! - 1;
      waiting.set(dependent, left);
      if (left === 0) order.push(dependent);
    }
  }
  const placed = new Set(order);
  return { order, cyclic: new Set(names.filter((name) => !placed.has(name))) };
}

/** A cycle through `start` among `cyclic` cells, for the error message ("a → b → a"). */
export function findCycle(start: string, cyclic: ReadonlySet<string>, dependenciesOf: (name: string) => readonly string[]): string[] | undefined {
  const path: string[] = [];
  const visited = new Set<string>();
  const visit = (name: string): boolean => {
    if (name === start && path.length > 0) return true;
    if (visited.has(name)) return false;
    visited.add(name);
    path.push(name);
    for (const dep of dependenciesOf(name)) {
      if (cyclic.has(dep) && visit(dep)) return true;
    }
    path.pop();
    return false;
  };
  return visit(start) ? [...path, start] : undefined;
}
