/**
 * Where marks and their labels go on the timeline. Campaigns of the same month
 * stack upwards; labels take the first free lane above the marks, or none.
 * Pure and O(n log n), so thousands of campaigns stay cheap.
 */
export interface MarkInput {
  id: string;
  key: number;
  x: number;
  label: string;
}

export interface PlacedMark extends MarkInput {
  /** 0 for the first campaign of its month, 1 for the second… */
  level: number;
  /** Label lane (0 nearest the marks), or -1 when the label does not fit. */
  lane: number;
  /** Label box in pixels, when placed. */
  labelX: number;
  labelWidth: number;
}

export interface LabelOptions {
  lanes: number;
  /** Estimated width of one character, in pixels. */
  charWidth: number;
  /** Space kept between two labels of one lane. */
  spacing: number;
  /** Right edge the labels must not pass. */
  maxX: number;
  /** Labels longer than this are cut with an ellipsis. */
  maxChars: number;
}

/** Cuts a long label at a word boundary when there is one in its second half. */
export function shorten(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function layoutMarks(marks: readonly MarkInput[], options: LabelOptions): PlacedMark[] {
  const levels = new Map<number, number>();
  const placed: PlacedMark[] = [...marks]
    .sort((a, b) => a.x - b.x)
    .map((m) => {
      const level = levels.get(m.key) ?? 0;
      levels.set(m.key, level + 1);
      return { ...m, level, lane: -1, labelX: 0, labelWidth: 0 };
    });

  // Each lane remembers where its last label ends; a label takes the lowest lane it fits in.
  const laneEnds = Array.from({ length: options.lanes }, () => -Infinity);
  for (const m of placed) {
    const text = shorten(m.label, options.maxChars);
    const width = text.length * options.charWidth;
    // Labels start at their mark and run right; near the right edge they run left instead.
    const x = m.x + width > options.maxX ? m.x - width : m.x;
    const lane = laneEnds.findIndex((end) => end + options.spacing <= x);
    if (lane === -1 || x < 0) continue;
    laneEnds[lane] = x + width;
    m.lane = lane;
    m.labelX = x;
    m.labelWidth = width;
    m.label = text;
  }
  return placed;
}
