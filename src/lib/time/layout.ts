/**
 * Where each timeline mark and its label go. Marks stay at their month's x;
 * rows stack upwards from the axis. A label sits beside its own dot (no leader
 * lines to cross other labels), running right, or left near the right edge.
 * Greedy, one pass in x order: O(n log n + n·rows). Within a row nothing
 * overlaps: dots keep `spacing` between centres (the hit-area diameter), so
 * neither dots, hit areas nor labels ever collide, at any width.
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
  /** Label box: left edge and width in pixels (0 when no label). */
  labelX: number;
  labelWidth: number;
  anchor: 'start' | 'end';
}

export interface LayoutOptions {
  /** Minimum distance between two mark centres in one row (≥ the hit diameter). */
  spacing: number;
  /** Rows a label may use; beyond them marks go without labels. */
  labelRows: number;
  /** Estimated width of one character, in pixels. */
  charWidth: number;
  /** Space between a dot's hit area and its label. */
  gap: number;
  minX: number;
  maxX: number;
  maxChars: number;
}

/** Cuts a long label at a word boundary when there is one in its second half. */
export function shorten(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function layoutMarks(marks: readonly MarkInput[], o: LayoutOptions): PlacedMark[] {
  const half = o.spacing / 2;
  // Right-most occupied pixel of each row; rows are added as needed.
  const rowEnds: number[] = [];
  const free = (row: number, from: number) => (rowEnds[row] ?? -Infinity) <= from;

  // Stable: ties (same month) keep the input's order (date order).
  const order = marks.map((m, i) => [m, i] as const).sort((a, b) => a[0].x - b[0].x || a[1] - b[1]);
  const placed = new Array<PlacedMark>(marks.length);

  for (const [m, i] of order) {
    const text = shorten(m.label, o.maxChars);
    const width = text.length * o.charWidth;
    let result: PlacedMark | null = null;

    for (let row = 0; row < o.labelRows && !result; row++) {
      const rightEnd = m.x + half + o.gap + width;
      const leftStart = m.x - half - o.gap - width;
      if (rightEnd <= o.maxX && free(row, m.x - half)) {
        rowEnds[row] = rightEnd;
        result = {
          id: m.id,
          x: m.x,
          row,
          label: text,
          labelX: m.x + half + o.gap,
          labelWidth: width,
          anchor: 'start',
        };
      } else if (rightEnd > o.maxX && leftStart >= o.minX && free(row, leftStart)) {
        rowEnds[row] = m.x + half;
        result = {
          id: m.id,
          x: m.x,
          row,
          label: text,
          labelX: leftStart,
          labelWidth: width,
          anchor: 'end',
        };
      }
    }
    if (!result) {
      let row = 0;
      while (!free(row, m.x - half)) row++;
      rowEnds[row] = m.x + half;
      result = { id: m.id, x: m.x, row, label: null, labelX: 0, labelWidth: 0, anchor: 'start' };
    }
    placed[i] = result;
  }
  return placed;
}
