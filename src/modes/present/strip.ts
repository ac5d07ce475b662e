/**
 * The stage's timeline strip, without a DOM: every campaign a dot at its month
 * (dots too close to share a row stack upwards), the years under the axis, and
 * the current campaign's whole title above the dots, wrapped to the strip and
 * kept inside it. Only that one title is written, so it never meets another.
 * Sizes follow the stage's type (`font`, in pixels), so the strip reads from the
 * back of the room at any screen size.
 */
import { wrapText, type Measure } from '../../lib/time/layout';
import type { MonthKey } from '../../lib/time/month-key';
import type { TimeRange } from '../../lib/time/range';
import {
  timelineScale,
  yearTicks,
  type Tick,
  type TimelineScale,
} from '../../lib/time/timeline-scale';

export interface StripInput {
  ids: readonly string[];
  keys: readonly MonthKey[];
  span: TimeRange;
  hasOngoing: boolean;
  width: number;
  /** The stage's body size in pixels. */
  font: number;
  /** The current campaign, whose title is written; null on the opening and closing slides. */
  current: string | null;
  title: (id: string) => string;
  /** A bold line's width at `font` pixels. */
  measure: Measure;
  /** « En cours », in the reader's language. */
  ongoingLabel: string;
}

export interface Strip {
  scale: TimelineScale;
  dots: { id: string; x: number; y: number }[];
  /** The current title's lines and where they start (its left edge and first baseline). */
  caption: { x: number; y: number; lines: string[] } | null;
  years: Tick[];
  axisY: number;
  /** Where the year labels sit (their baseline). */
  yearY: number;
  radius: number;
  lineHeight: number;
  height: number;
}

export function stripLayout(o: StripInput): Strip {
  const radius = Math.round(o.font * 0.32);
  const lineHeight = Math.round(o.font * 1.2);
  const pad = o.font / 2;
  const scale = timelineScale(o.span, o.hasOngoing, o.width, {
    left: pad,
    right: pad,
    gap: o.font,
    ongoingWidth: o.measure(o.ongoingLabel) + o.font,
  });
  const xs = o.keys.map((k) => scale.x(k));
  // Greedy rows, left to right: a dot takes the lowest row where it clears the last one.
  const spacing = radius * 2.6;
  const lastInRow: number[] = [];
  const rows = xs.map((x) => {
    let row = lastInRow.findIndex((last) => x - last >= spacing);
    if (row < 0) row = lastInRow.length;
    lastInRow[row] = x;
    return row;
  });
  const rowCount = Math.max(1, lastInRow.length);
  const lines =
    o.current === null ? [] : wrapText(o.title(o.current), o.width - 2 * pad, o.measure);
  const captionHeight = Math.max(1, lines.length) * lineHeight;
  const axisY = captionHeight + o.font * 0.4 + rowCount * spacing;
  const dots = o.ids.map((id, i) => ({ id, x: xs[i]!, y: axisY - spacing * (rows[i]! + 0.5) }));
  let caption: Strip['caption'] = null;
  const at = o.current === null ? -1 : o.ids.indexOf(o.current);
  if (at >= 0) {
    const wide = Math.max(...lines.map((l) => o.measure(l)));
    // Centred on its dot, slid along the strip as little as needed to stay inside it.
    const x = Math.min(Math.max(pad, xs[at]! - wide / 2), o.width - pad - wide);
    caption = { x, y: o.font, lines };
  }
  const yearY = axisY + o.font * 1.3;
  return {
    scale,
    dots,
    caption,
    years: yearTicks(scale, o.measure('2000') + o.font),
    axisY,
    yearY,
    radius,
    lineHeight,
    height: yearY + o.font * 0.4,
  };
}
