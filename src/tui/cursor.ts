/** How a list moves: a line, a page, or to either end. */
export type Move = 'up' | 'down' | 'page-up' | 'page-down' | 'first' | 'last';

/** A list on screen: the selected line and the first line shown. */
export interface ListView {
  readonly selected: number;
  readonly top: number;
}

/** Lines a page moves: all that show but one, kept for context. */
export const pageOf = (visible: number): number => Math.max(1, visible - 1);

/** Where `move` takes line `index` of a list `count` long, of which `visible` lines show. */
export function moved(index: number, move: Move, count: number, visible: number): number {
  const page = pageOf(visible);
  const to = { up: index - 1, down: index + 1, 'page-up': index - page, 'page-down': index + page, first: 0, last: count - 1 }[move];
  return Math.max(0, Math.min(count - 1, to));
}

/** The first row to show so that `selected` stays visible, moving the window as little as possible. */
export function scrollTop(previousTop: number, selected: number, visible: number, count: number): number {
  let top = Math.min(previousTop, Math.max(0, count - visible));
  if (selected < top) top = selected;
  if (selected >= top + visible) top = selected - visible + 1;
  return Math.max(0, top);
}

/** The list with its selection within its lines and on screen; the same object when nothing had to move. */
export function inView<View extends ListView>(view: View, count: number, visible: number): View {
  const selected = Math.max(0, Math.min(count - 1, view.selected));
  const top = scrollTop(view.top, selected, visible, count);
  return selected === view.selected && top === view.top ? view : { ...view, selected, top };
}

/**
 * For a view that scrolls without a selection (the help): the first lines it can start at, so that the last
 * screen is full. Moving its first line with `moved` over this many positions scrolls it.
 */
export const scrollPositions = (lines: number, visible: number): number => Math.max(1, lines - visible + 1);
