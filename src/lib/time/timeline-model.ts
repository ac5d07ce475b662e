/**
 * The timeline without a DOM (the role OWID's TimelineController plays): from the
 * campaigns, the zoomed period and the width, where every mark, label, bar and
 * tick goes, how tall the drawing is, and the keyboard order of its items. The
 * component only draws this and forwards events.
 */
import { binCampaigns, binPeriod, rowsNeeded, spreadWithinMonths, type Bin } from './aggregate';
import { layoutMarks, wrapText, type Measure, type PlacedMark } from './layout';
import { ONGOING_KEY, type MonthKey } from './month-key';
import { slotsIn, type TimeRange } from './range';
import {
  monthTicks,
  timelineScale,
  yearTicks,
  type Tick,
  type TimelineScale,
} from './timeline-scale';

/** Rows are the hit-area diameter apart, so marks never overlap at any width. */
export const ROW = 24;
/** Beyond this many rows the marks would tower over the axis: counts per period instead. */
export const MAX_ROWS = 6;
/** The tallest bar, in pixels. */
export const BAR = 96;
/** Rows a label may use before it is cut: six hold every title whole from about 1000 px. */
const LABEL_ROWS = MAX_ROWS;
/** The height of one line of the selected title's caption. */
export const LINE = 15;

export interface TimelineInput {
  /** Every campaign in date order, with its month key (DatasetIndex's campaigns and keys). */
  campaigns: readonly { id: string; title: string }[];
  keys: readonly MonthKey[];
  span: TimeRange;
  hasOngoing: boolean;
  /** The period the frise is zoomed into; null for the whole span (and « en cours »). */
  zoom: TimeRange | null;
  width: number;
  /** A mark's label as shown (typography applied). */
  label: (campaign: { id: string; title: string }) => string;
  /**
   * A label's width as drawn in bold: every label has the room of its selected
   * (bold) self, so selecting a campaign never moves a mark or overlaps a label.
   */
  measure: Measure;
  /** For the month ticks' names. */
  locale: string;
}

export interface TimelineModel {
  /** The months drawn: the zoomed period, or the whole span. */
  shown: TimeRange;
  scale: TimelineScale;
  /** Too many campaigns for separate marks: `bins` instead of `marks`. */
  dense: boolean;
  marks: PlacedMark[];
  /**
   * The whole title of each mark whose label is cut or left out, in lines, and
   * its left edge: shown above the rows when that mark is selected. `lane` lines
   * are kept for it whenever some label is not whole, so selecting moves nothing.
   */
  captions: ReadonlyMap<string, { x: number; lines: string[] }>;
  lane: number;
  bins: Bin[];
  /** The most campaigns in one bar (at least 1): bars are drawn against it. */
  most: number;
  /** Which bar holds each campaign (dense only). */
  binOf: ReadonlyMap<string, number>;
  /** The y of the lowest row of marks (or of the bars' feet). */
  baseline: number;
  axisY: number;
  height: number;
  years: Tick[];
  months: Tick[];
  /** The keyboard's items in date order: campaign ids, or bar ids. */
  items: string[];
}

/** A bar's id among the keyboard's items. */
export const binId = (bin: Bin): string => `bin-${bin.range[0]}`;

export function timelineModel(input: TimelineInput): TimelineModel {
  const { zoom, width } = input;
  const shown = zoom ?? input.span;
  const scale = timelineScale(shown, input.hasOngoing && !zoom, width);
  // Zoomed in, the campaigns of the period are a slice of the date-sorted list.
  let campaigns = input.campaigns;
  let keys = input.keys;
  if (zoom) {
    const [lo, hi] = slotsIn(keys, shown);
    campaigns = campaigns.slice(lo, hi);
    keys = keys.slice(lo, hi);
  }
  // Zoomed in, a month's campaigns side by side; at the whole span, each in its month's middle.
  const xs = zoom ? spreadWithinMonths(keys, scale.band) : keys.map(scale.x);
  const dense = rowsNeeded(xs, ROW) > MAX_ROWS;

  const minX = 0;
  const maxX = width - 2;
  const labels = dense ? [] : campaigns.map(input.label);
  const marks = dense
    ? []
    : layoutMarks(
        campaigns.map((c, i) => ({ id: c.id, x: xs[i]!, label: labels[i]! })),
        {
          spacing: ROW,
          labelRows: LABEL_ROWS,
          gap: 4,
          minX,
          maxX,
          measure: input.measure,
          minLabel: 64,
        },
      );
  const captions = new Map<string, { x: number; lines: string[] }>();
  marks.forEach((m, i) => {
    if (m.full) return;
    const lines = wrapText(labels[i]!, maxX - minX, input.measure);
    const w = Math.max(...lines.map(input.measure));
    captions.set(m.id, { x: Math.max(minX, Math.min(maxX - w, m.x - w / 2)), lines });
  });
  const lane = Math.max(0, ...[...captions.values()].map((c) => c.lines.length));
  const laneHeight = lane ? lane * LINE + 6 : 0;
  const monthWidth = scale.band(shown[0])[1] - scale.band(shown[0])[0];
  const bins = dense
    ? binCampaigns(
        campaigns.map((c, i) => ({ id: c.id, key: keys[i]! })),
        shown,
        binPeriod(monthWidth, 40),
        input.hasOngoing && !zoom,
      )
    : [];
  const binOf = new Map(bins.flatMap((b, i) => b.ids.map((id) => [id, i] as const)));
  const rows = Math.max(0, ...marks.map((m) => m.row)) + 1;
  const baseline = dense ? 8 + 16 + BAR : 8 + laneHeight + (rows - 1) * ROW + ROW / 2;
  const axisY = baseline + 18;
  return {
    shown,
    scale,
    dense,
    marks,
    captions,
    lane,
    bins,
    most: Math.max(1, ...bins.map((b) => b.ids.length)),
    binOf,
    baseline,
    axisY,
    height: axisY + 46,
    years: yearTicks(scale),
    months: monthTicks(scale, input.locale),
    items: dense ? bins.map(binId) : campaigns.map((c) => c.id),
  };
}

/** Left and right pixel edges of a bar. */
export function binBox(model: TimelineModel, bin: Bin): [number, number] {
  const { scale } = model;
  return bin.range[0] === ONGOING_KEY
    ? scale.band(ONGOING_KEY)
    : [scale.band(bin.range[0])[0], scale.band(bin.range[1])[1]];
}

/**
 * Per bar, how many of its campaigns stay lit: those the filters keep and, when
 * something is emphasised, among its campaigns. An emphasis visits only its own
 * campaigns, so a selection among thousands stays cheap.
 */
export function litCounts(
  model: TimelineModel,
  isVisible: (id: string) => boolean,
  emphasis: ReadonlySet<string> | null,
): number[] {
  if (!emphasis) return model.bins.map((b) => b.ids.filter(isVisible).length);
  const counts = model.bins.map(() => 0);
  for (const id of emphasis) {
    const i = model.binOf.get(id);
    if (i !== undefined && isVisible(id)) counts[i]! += 1;
  }
  return counts;
}

/**
 * The item that holds the one Tab stop: the one last focused if still there, else
 * the selected campaign's mark, else the first item.
 */
export function tabStop(
  model: TimelineModel,
  focused: string | null,
  selected: string | null,
): string | undefined {
  if (focused && model.items.includes(focused)) return focused;
  if (!model.dense && selected && model.items.includes(selected)) return selected;
  return model.items[0];
}
