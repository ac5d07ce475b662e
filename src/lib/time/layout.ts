/**
 * Where each timeline mark and its label go. Marks stay at their month's x;
 * rows stack upwards from the axis. A label sits beside its own dot (no leader
 * lines to cross other labels), running right, or left when the right has no
 * room. Widths are measured (a `measure` is injected, so this runs in Node).
 * Greedy, one pass in x order: O(n log n + n·rows). Within a row nothing
 * overlaps: dots keep `spacing` between centres (the hit-area diameter) and a
 * label keeps `gap` from what comes next, so neither dots, hit areas nor labels
 * ever collide, at any width. A label is cut with « … » only when no row within
 * `labelRows` holds it whole, and left out when not even `minLabel` pixels are free.
 */
export interface MarkInput {
  id: string;
  x: number;
  label: string;
}

export interface PlacedMark {
  id: string;
  x: number;
  /** 0 on the axis row, 1 above it… */
  row: number;
  /** The shown (possibly shortened) label, or null when none fits. */
  label: string | null;
  /** The label is shown whole. */
  full: boolean;
  /** Label box: left edge and width in pixels (0 when no label). */
  labelX: number;
  labelWidth: number;
  anchor: 'start' | 'end';
}

/** A label's width in pixels, as drawn. */
export type Measure = (text: string) => number;

export interface LayoutOptions {
  /** Minimum distance between two mark centres in one row (≥ the hit diameter). */
  spacing: number;
  /** Rows a label may use; beyond them marks go without labels. */
  labelRows: number;
  /** Space between a dot's hit area and its label, and after a label. */
  gap: number;
  minX: number;
  maxX: number;
  measure: Measure;
  /** The narrowest cut label worth showing. */
  minLabel: number;
}

const ELLIPSIS = '…';

/**
 * The longest start of `text` that fits in `room` pixels with « … », cut at a
 * word when there is one in its second half; `text` itself when it fits.
 */
export function fitText(text: string, room: number, measure: Measure): string {
  if (measure(text) <= room) return text;
  const chars = Array.from(text);
  const cut = (n: number) => `${chars.slice(0, n).join('').trimEnd()}${ELLIPSIS}`;
  // Binary search for the most characters that fit.
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(cut(mid)) <= room) lo = mid;
    else hi = mid - 1;
  }
  const start = chars.slice(0, lo).join('');
  const space = start.lastIndexOf(' ');
  return space > start.length / 2 ? cut(Array.from(start.slice(0, space)).length) : cut(lo);
}

/** `text` in lines of at most `width` pixels, broken at spaces (a word too long is cut). */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (!line || measure(next) <= width) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines.map((l) => fitText(l, width, measure));
}

export function layoutMarks(marks: readonly MarkInput[], o: LayoutOptions): PlacedMark[] {
  const half = o.spacing / 2;
  // Right-most occupied pixel of each row; rows are added as needed.
  const rowEnds: number[] = [];
  const end = (row: number) => rowEnds[row] ?? -Infinity;

  // Stable: ties (same month) keep the input's order (date order).
  const order = marks.map((m, i) => [m, i] as const).sort((a, b) => a[0].x - b[0].x || a[1] - b[1]);
  const placed = new Array<PlacedMark>(marks.length);

  order.forEach(([m, i], k) => {
    const width = o.measure(m.label);
    // The next mark's hit area: a label run right over it pushes that mark up a row.
    const next = order[k + 1]?.[0].x ?? Infinity;
    const rightX = m.x + half + o.gap;
    const leftEnd = m.x - half - o.gap;
    const cut = (room: number) => fitText(m.label, room, o.measure);
    // The label on one side of the dot in `row`, or none; `text` defaults to the whole label.
    const place = (row: number, side: 'start' | 'end' | null, text = m.label): PlacedMark => {
      const w = side ? o.measure(text) : 0;
      const labelX = side === 'start' ? rightX : leftEnd - w;
      rowEnds[row] = side === 'start' ? rightX + w + o.gap : m.x + half;
      return {
        id: m.id,
        x: m.x,
        row,
        label: side ? text : null,
        full: side !== null && text === m.label,
        labelX: side ? labelX : 0,
        labelWidth: w,
        anchor: side ?? 'start',
      };
    };

    // The whole label in `row` (left when running right would cover the next mark, as left
    // blocks nothing ahead), or null; `best` keeps the widest room seen for a cut label.
    let best = { row: -1, side: 'start' as 'start' | 'end', room: o.minLabel };
    const whole = (row: number): PlacedMark | null => {
      const right = o.maxX - rightX;
      const left = leftEnd - Math.max(o.minX, end(row));
      const fitsRight = width <= right;
      if (width <= left && (!fitsRight || rightX + width + o.gap > next - half))
        return place(row, 'end');
      if (fitsRight) return place(row, 'start');
      if (Math.max(right, left) >= best.room)
        best = { row, side: right >= left ? 'start' : 'end', room: Math.max(right, left) };
      return null;
    };
    const dotFits = (row: number) => end(row) <= m.x - half;

    let result: PlacedMark | null = null;
    for (let row = 0; row < o.labelRows && !result; row++) if (dotFits(row)) result = whole(row);
    if (!result && best.row >= 0) result = place(best.row, best.side, cut(best.room));
    if (!result) {
      // Above the label rows, where the dot goes anyway: its label too, if there is room.
      let row = 0;
      while (!dotFits(row)) row++;
      result = whole(row);
      if (!result)
        result = best.row === row ? place(row, best.side, cut(best.room)) : place(row, null);
    }
    placed[i] = result;
  });
  return placed;
}
