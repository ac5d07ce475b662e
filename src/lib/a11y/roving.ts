/**
 * One Tab stop for a set of items, arrows inside it (WAI-ARIA's roving tabindex):
 * which item a key moves to. Pure; each view keeps its own items and focuses the
 * element of the index this returns.
 */
export interface RovingOptions {
  /** Past the last item, back to the first (and the other way): the map's countries. */
  wrap?: boolean;
  /**
   * `list`: ↓ and → go forward (a list of marks, of countries). `slider`: ↑ and → go
   * forward, as a value grows (a range handle).
   */
  kind?: 'list' | 'slider';
  /** How far Page Up / Page Down move (a slider's large step); lists ignore them. */
  page?: number;
}

const FORWARD = { list: ['ArrowRight', 'ArrowDown'], slider: ['ArrowRight', 'ArrowUp'] };
const BACKWARD = { list: ['ArrowLeft', 'ArrowUp'], slider: ['ArrowLeft', 'ArrowDown'] };

/**
 * The index `key` moves to from `index` among `count` items, or null when the key
 * is not a move (Enter, a letter…), so the caller lets it through.
 */
export function rovingTarget(
  key: string,
  index: number,
  count: number,
  { wrap = false, kind = 'list', page }: RovingOptions = {},
): number | null {
  if (count <= 0) return null;
  let to: number;
  if (FORWARD[kind].includes(key)) to = index + 1;
  else if (BACKWARD[kind].includes(key)) to = index - 1;
  else if (key === 'Home') return 0;
  else if (key === 'End') return count - 1;
  else if (page && key === 'PageUp') to = index + page;
  else if (page && key === 'PageDown') to = index - page;
  else return null;
  if (wrap) return ((to % count) + count) % count;
  return Math.max(0, Math.min(count - 1, to));
}
