/**
 * Where the map tooltip goes: beside its anchor (the pointer, or the focused
 * country's box), inside the map's width, and never over the anchor itself.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const GAP = 12;
const MARGIN = 4;

export function placeTooltip(
  anchor: Box,
  size: { width: number; height: number },
  area: { width: number; height: number },
): { left: number; top: number } {
  const isPoint = anchor.right - anchor.left < 1;
  // Beside a pointer (to its right, else its left); centred over a box.
  const wanted = isPoint
    ? anchor.right + GAP + size.width <= area.width - MARGIN
      ? anchor.right + GAP
      : anchor.left - GAP - size.width
    : (anchor.left + anchor.right) / 2 - size.width / 2;
  const left = Math.max(MARGIN, Math.min(wanted, area.width - size.width - MARGIN));

  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - size.height;
  let top: number;
  if (below + size.height <= area.height - MARGIN) top = below;
  else if (above >= MARGIN) top = above;
  // Too tall for either side inside the map: spill below it (the page scrolls) rather than cover the anchor.
  else top = below;
  return { left, top };
}
