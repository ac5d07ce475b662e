/**
 * Where the names of a campaign's countries go on the map: on the country's point
 * when nothing is there, else beside it (right, left, then above and below), the first
 * place that meets no other name and no marker. Pure, in screen pixels; widths
 * are measured by the caller.
 */
export interface LabelInput {
  code: string;
  text: string;
  /** The country's point (its marker's centre, if it has one). */
  x: number;
  y: number;
  /** Measured text width and line height, halo included. */
  width: number;
  height: number;
  /** How far from the point a name beside it starts: the marker's radius, or 0. */
  clear: number;
}

export interface PlacedLabel {
  code: string;
  text: string;
  /** The text's anchor point: centre of its box horizontally, baseline-free middle vertically. */
  x: number;
  y: number;
  box: Box;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

const outside = (b: Box, width: number, height: number) =>
  (b.left < 0 ? -b.left : 0) +
  (b.right > width ? b.right - width : 0) +
  (b.top < 0 ? -b.top : 0) +
  (b.bottom > height ? b.bottom - height : 0);

/** Lays the names out in the given order (the first gets the best place). */
export function placeLabels(
  labels: readonly LabelInput[],
  obstacles: readonly Box[],
  width: number,
  height: number,
): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  for (const l of labels) {
    const w = l.width / 2;
    const h = l.height / 2;
    const gap = l.clear + 2;
    // Beside the point first, then one and two lines further above and below.
    const centres: [number, number][] = [
      ...(l.clear ? [] : [[l.x, l.y] as [number, number]]),
      [l.x + gap + w, l.y],
      [l.x - gap - w, l.y],
      ...[0, 1, 2].flatMap((n): [number, number][] => [
        [l.x, l.y - gap - h - n * l.height],
        [l.x, l.y + gap + h + n * l.height],
      ]),
    ];
    let best: PlacedLabel | undefined;
    let cost = Infinity;
    for (const [x, y] of centres) {
      const box = { left: x - w, top: y - h, right: x + w, bottom: y + h };
      // Leaving the map costs more than covering a neighbour's corner.
      const c =
        taken.reduce((sum, b) => sum + overlap(box, b), 0) + 1000 * outside(box, width, height);
      if (c < cost) [best, cost] = [{ code: l.code, text: l.text, x, y, box }, c];
      if (c === 0) break;
    }
    placed.push(best!);
    taken.push(best!.box);
  }
  return placed;
}
