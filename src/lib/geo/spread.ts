/**
 * Markers for small countries, pushed apart so that no two targets overlap
 * (WCAG 2.5.8: a 24 px circle around each target meets no other). Pure, in
 * screen pixels; the map draws a line from each moved marker to its country.
 */
export interface Anchor {
  code: string;
  x: number;
  y: number;
}

export interface Spread extends Anchor {
  /** The country's own point, where the marker would be if nothing were near. */
  ax: number;
  ay: number;
}

/**
 * Moves the markers as little as it can until their centres are at least `gap`
 * apart, inside `width` × `height`. Deterministic: the same anchors give the same places.
 */
export function spreadMarkers(
  anchors: readonly Anchor[],
  gap: number,
  width: number,
  height: number,
): Spread[] {
  const out = anchors.map((a) => ({ code: a.code, x: a.x, y: a.y, ax: a.x, ay: a.y }));
  const half = gap / 2;
  for (let round = 0; round < 100; round++) {
    let moved = false;
    for (let i = 0; i < out.length; i++)
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i]!;
        const b = out[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d >= gap - 1e-6) continue;
        // On the same point: part them along a fixed direction, by their order.
        if (d < 1e-6) [dx, dy, d] = [1, 0.5, Math.hypot(1, 0.5)];
        const push = (gap - d) / 2 + 1e-3;
        a.x -= (dx / d) * push;
        a.y -= (dy / d) * push;
        b.x += (dx / d) * push;
        b.y += (dy / d) * push;
        moved = true;
      }
    for (const m of out) {
      m.x = Math.min(width - half, Math.max(half, m.x));
      m.y = Math.min(height - half, Math.max(half, m.y));
    }
    if (!moved) break;
  }
  return out;
}
