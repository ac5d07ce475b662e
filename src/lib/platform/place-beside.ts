/**
 * Where a floating box (a tooltip) goes next to an anchor: centred above it,
 * below when there is more room there, and shifted along both axes so that it
 * stays `margin` pixels inside the viewport. Pure geometry, tested in Node.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function placeBeside(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  { margin = 8, offset = 6 } = {},
): { left: number; top: number; side: 'above' | 'below' } {
  const above = anchor.top - offset - size.height;
  const below = anchor.bottom + offset;
  const fitsAbove = above >= margin;
  const side =
    fitsAbove || anchor.top > viewport.height - anchor.bottom ? 'above' : ('below' as const);
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
  const centre = (anchor.left + anchor.right) / 2;
  return {
    left: clamp(centre - size.width / 2, margin, viewport.width - margin - size.width),
    top: clamp(side === 'above' ? above : below, margin, viewport.height - margin - size.height),
    side,
  };
}
