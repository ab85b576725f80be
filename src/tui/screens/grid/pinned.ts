import { affectedBy, type Model } from '../../../engine/index.js';
import { scrollTop } from '../../cursor.js';

/**
 * The rows the grid shows: `rows` of them from `top`, then, under a line saying so, `pinned`: cells the selected input
 * changes that would be off screen, so that a nudge's effect is seen. `more` of those did not fit even so.
 */
export interface GridWindow {
  readonly top: number;
  readonly rows: number;
  readonly pinned: readonly number[];
  readonly more: number;
}

const byDependents = new WeakMap<Model['dependentPositions'], Map<string, { readonly changed: number[]; readonly outputs: Set<number> }>>();

/**
 * What `name` changes, by grid position, and which of those are outputs (nothing reads them: the figures a
 * scenario is for). Known per dependency graph, which editing a value keeps.
 */
export function changedBy(model: Model, name: string): { readonly changed: readonly number[]; readonly outputs: ReadonlySet<number> } {
  let known = byDependents.get(model.dependentPositions);
  if (!known) {
    known = new Map();
    byDependents.set(model.dependentPositions, known);
  }
  let found = known.get(name);
  if (!found) {
    const changed = affectedBy(model, [name])
      .filter((each) => each !== name)
      .map((each) => model.cells.positionOf(each)!)
      .sort((a, b) => a - b);
    found = { changed, outputs: new Set(changed.filter((position) => model.dependentPositions[position]?.length === 0)) };
    known.set(name, found);
  }
  return found;
}

/**
 * The window of `count` rows in `rows` lines, keeping `selected` in view (scrolled as little as possible from `top`),
 * and pinning below it the `changed` rows it leaves out: at most half the lines, outputs first and then the cells
 * listed last (the most derived), shown in grid order.
 */
export function gridWindow(count: number, rows: number, selected: number, top: number, changed: readonly number[], outputs: ReadonlySet<number>): GridWindow {
  const plain = (): GridWindow => ({ top: scrollTop(top, selected, rows, count), rows, pinned: [], more: 0 });
  if (count <= rows || changed.length === 0) return plain();
  const most = Math.floor((rows - 1) / 2);
  let window = rows;
  for (let tries = 0; tries <= rows; tries++) {
    const first = scrollTop(top, selected, window, count);
    const hidden = changed.filter((position) => position < first || position >= first + window);
    if (hidden.length === 0 && window === rows) return plain();
    const room = Math.min(hidden.length, most);
    const fits = rows - 1 - room;
    if (room === 0) return plain();
    if (fits >= window) {
      // Outputs first, then the cells nearest them: the most derived, listed last.
      const chosen = [...hidden.filter((position) => outputs.has(position)), ...hidden.filter((position) => !outputs.has(position)).reverse()].slice(0, room);
      return { top: first, rows: window, pinned: chosen.sort((a, b) => a - b), more: hidden.length - chosen.length };
    }
    window = fits;
  }
  return plain();
}
