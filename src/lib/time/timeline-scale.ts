/**
 * The timeline's horizontal scale: dated months from the data's span, then a
 * separate « en cours » segment after a gap. D3 maps months to pixels; each
 * month owns a band [k, k+1) and a campaign sits in the middle of its month.
 * A band scale, not a linear one: months are slots, and scaleLinear would bring
 * d3-interpolate, d3-color and d3-format along (≈ 7 KB gzip, measured).
 */
import { scaleBand } from 'd3-scale';
import { range } from 'd3-array';
import { keyToDate, ONGOING_KEY, type MonthKey } from './month-key';
import type { TimeRange } from './range';

export interface TimelineScale {
  /** Centre of a month (or of the ongoing segment) in pixels. */
  x(key: MonthKey): number;
  /** The month (or ONGOING_KEY) under a pixel, clamped to the span. */
  invert(px: number): MonthKey;
  /** Left and right pixel edges of a month band (or of the ongoing segment). */
  band(key: MonthKey): [number, number];
  span: TimeRange;
  /** Pixel extent of the dated part and of the ongoing segment (null without ongoing campaigns). */
  dated: [number, number];
  ongoing: [number, number] | null;
  /** Every month key in the span, then ONGOING_KEY if there is an ongoing segment. */
  slots: MonthKey[];
}

export interface ScaleOptions {
  left?: number;
  right?: number;
  /** Blank space between the last month and the ongoing segment. */
  gap?: number;
  /** Width of the ongoing segment. */
  ongoingWidth?: number;
}

/** Every month key of `span`, then ONGOING_KEY when there are ongoing campaigns. */
export function slotsOf(span: TimeRange, hasOngoing: boolean): MonthKey[] {
  const dated = range(span[0], span[1] + 1);
  return hasOngoing ? [...dated, ONGOING_KEY] : dated;
}

export function timelineScale(
  span: TimeRange,
  hasOngoing: boolean,
  width: number,
  { left = 16, right = 16, gap = 28, ongoingWidth = 64 }: ScaleOptions = {},
): TimelineScale {
  const datedEnd = hasOngoing ? width - right - ongoingWidth - gap : width - right;
  const slots = slotsOf(span, hasOngoing);
  const months = scaleBand<number>()
    .domain(hasOngoing ? slots.slice(0, -1) : slots)
    .range([left, datedEnd]);
  const step = months.step();
  const ongoing: [number, number] | null = hasOngoing ? [datedEnd + gap, width - right] : null;

  // D3's starts read by index (months are consecutive keys from span[0]): the timeline
  // asks for thousands, and each lookup through the band scale's InternMap costs more.
  const starts = months.domain().map((key) => months(key)!);
  // Keys outside the span (a range end one month past it) continue the same steps.
  const start = (key: MonthKey) => starts[key - span[0]] ?? left + (key - span[0]) * step;
  const band = (key: MonthKey): [number, number] => {
    if (key === ONGOING_KEY && ongoing) return ongoing;
    const a = start(key);
    return [a, a + step];
  };

  return {
    x: (key) => {
      if (key === ONGOING_KEY && ongoing) return (ongoing[0] + ongoing[1]) / 2;
      const a = start(key);
      return (a + (a + step)) / 2; // the band's middle, computed as before to the last bit
    },
    invert: (px) => {
      if (ongoing && px > datedEnd + gap / 2) return ONGOING_KEY;
      const key = span[0] + Math.floor((px - left) / step);
      return Math.max(span[0], Math.min(span[1], key));
    },
    band,
    span,
    dated: [left, datedEnd],
    ongoing,
    slots,
  };
}

export interface Tick {
  key: MonthKey;
  x: number;
  label: string;
}

/** Year ticks at each January, labelled "2011"…: every year, or every 2, 5, 10 when years are narrow. */
export function yearTicks(scale: TimelineScale, minLabelWidth = 36): Tick[] {
  const [a, b] = scale.span;
  const yearWidth = (scale.band(a)[1] - scale.band(a)[0]) * 12;
  const every = [1, 2, 5, 10, 20, 50].find((k) => k * yearWidth >= minLabelWidth) ?? 100;
  return range(Math.ceil(a / 12), Math.floor(b / 12) + 1).map((year) => ({
    key: year * 12,
    x: scale.band(year * 12)[0],
    label: year % every === 0 ? String(year) : '',
  }));
}

/**
 * Month ticks, labelled in the reader's language: "avr." when a month is wide
 * enough, the initial ("A") when it is narrower, nothing below that. January
 * carries the year instead. Under `minGap` pixels a month there are no month
 * ticks at all: a grey blur of hundreds of lines costs a frame to draw and says
 * nothing the year ticks do not.
 */
export function monthTicks(scale: TimelineScale, locale: string, minGap = 4): Tick[] {
  const [a, b] = scale.span;
  const bandWidth = scale.band(a)[1] - scale.band(a)[0];
  if (bandWidth < minGap) return [];
  const month = bandWidth >= 34 ? 'short' : bandWidth >= 16 ? 'narrow' : null;
  const format = month && new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
  return range(a, b + 1).map((key) => ({
    key,
    x: scale.band(key)[0],
    label: format && key % 12 !== 0 ? format.format(keyToDate(key)) : '',
  }));
}

/**
 * Ticks as ONE path of vertical segments from `y1` to `y2`: sixty months are one
 * element to create, hydrate and paint, not sixty.
 */
export function tickPath(xs: readonly number[], y1: number, y2: number): string {
  return xs.map((x) => `M${x},${y1}V${y2}`).join('');
}
