/**
 * A page's card (og:image), drawn by the export's own renderer (exportSvg): the
 * campaign's title, date and outcome, its headline figure with its « plus de », the
 * map framed on its countries, outlined as the map outlines them and named in the
 * key, and the source. Pure: scripts/cards.ts rasterises it at build time.
 */
import { geoPath } from 'd3-geo';
import type { Campaign, Dataset } from '../data/schema';
import { exportSvg, type ExportInput } from '../../features/export/export-svg';
import { formatCampaignDate, outcomeBesideDate } from '../format/dates';
import { formatAmount } from '../format/numbers';
import { OUTLINE_KEY, OUTLINES, outlineKind } from '../geo/outline';
import { boundsOf, mapProjection, MAP_ASPECT, shapePaths } from '../geo/projection';
import { mainShapes } from '../geo/territory';
import { frenchTypography } from '../format/typography';
import type { CountryShape } from '../geo/world';
import type { Messages } from '../i18n/fr';
import type { Totals } from '../scales/totals';
import { CARD, countryNames, figureText } from './meta';

/**
 * The light theme's colours (src/styles/global.css, whose values a test compares):
 * a card is one image for every reader, so it has one scheme.
 */
export const CARD_COLOURS = {
  background: '#ffffff',
  text: '#1a1c21',
  muted: '#4d5361',
  accent: '#b0136a',
  land: '#dfe2e7',
  landStroke: '#ffffff',
  concerned: '#c6dbef',
  roleFocus: '#b0136a',
  roleOther: '#e6a100',
} as const;

const ROLE_COLOUR = { focus: CARD_COLOURS.roleFocus, other: CARD_COLOURS.roleOther } as const;

/** The map's frame, in the map's own units: 1000 wide, as the export draws it. */
const MAP_WIDTH = 1000;
const MAP_HEIGHT = Math.round(MAP_WIDTH / MAP_ASPECT);
/** Text sizes for 860 px high: a card must read at 600 px wide (a feed’s thumbnail) and leave the map room. */
const DESIGN_HEIGHT = 860;
/** A campaign's countries fill at most this share of the frame, so their neighbours show. */
const PADDING = 0.6;
/** The narrowest frame, a fifth of the world: a small country is seen with its region. */
const MIN_WIDTH = MAP_WIDTH / 5;

/** At most this many names in a key row; the rest are counted. */
const NAMES = 3;

export interface CardInput {
  dataset: Dataset;
  campaign: Campaign | null;
  t: Messages;
  totals: Totals;
  shapes: readonly CountryShape[];
}

/**
 * The frame around `codes`' main territories (lib/geo/territory.ts, as the map frames
 * them: France without French Guiana), padded, never narrower than MIN_WIDTH; the world without them.
 */
function frameOf(shapes: readonly CountryShape[], codes: string[]): ExportInput['map'] {
  const box = codes.length
    ? boundsOf(mapProjection(MAP_WIDTH), mainShapes(shapes, codes), codes)
    : undefined;
  if (!box) return { x: 0, y: 0, width: MAP_WIDTH, height: MAP_HEIGHT };
  const [[x0, y0], [x1, y1]] = box;
  const width = Math.min(MAP_WIDTH, Math.max(MIN_WIDTH, (x1 - x0) / PADDING));
  const height = Math.min(MAP_HEIGHT, Math.max(width / 2.4, (y1 - y0) / PADDING));
  const clamp = (v: number, size: number, max: number) => Math.min(Math.max(v, 0), max - size);
  const r = (n: number) => Math.round(n * 10) / 10;
  return {
    x: r(clamp((x0 + x1) / 2 - width / 2, width, MAP_WIDTH)),
    y: r(clamp((y0 + y1) / 2 - height / 2, height, MAP_HEIGHT)),
    width: r(width),
    height: r(height),
  };
}

function namesLine(label: string, names: string[], t: Messages): string {
  const shown = names.slice(0, NAMES).join(', ');
  const more = names.length > NAMES ? ` +${names.length - NAMES}` : '';
  return `${label}${t.lang === 'fr' ? '\u00a0:' : ':'} ${shown}${more}`;
}

/** The world at the cards' projection, the same for every card: projected once per map. */
const projected = new WeakMap<
  readonly CountryShape[],
  {
    paths: ReturnType<typeof shapePaths>;
    bounds: Map<string, [[number, number], [number, number]]>;
  }
>();
function worldAt(shapes: readonly CountryShape[]) {
  let world = projected.get(shapes);
  if (!world) {
    const path = geoPath(mapProjection(MAP_WIDTH));
    world = {
      paths: shapePaths(mapProjection(MAP_WIDTH), shapes),
      bounds: new Map(shapes.map((s) => [s.key, path.bounds(s.feature)])),
    };
    projected.set(shapes, world);
  }
  return world;
}

export function cardInput({ dataset, campaign: c, t, totals, shapes }: CardInput): ExportInput {
  const { paths, bounds } = worldAt(shapes);
  const credit = t.source(dataset.source.publisher, dataset.source.title);
  const base = {
    ...CARD,
    designHeight: DESIGN_HEIGHT,
    credit,
    legendTitle: '',
    legend: [],
    colours: CARD_COLOURS,
  };
  if (!c) {
    // The whole view: the countries concerned, on the world.
    const concerned = new Set(
      dataset.campaigns.flatMap((x) =>
        x.countries.filter((y) => y.role === 'focus').map((y) => y.code),
      ),
    );
    return {
      ...base,
      title: t.appTitle,
      subtitle: t.presentOpening(
        totals.campaigns,
        totals.firstYear,
        totals.lastYear,
        totals.ongoing,
      ),
      headline: {
        over: totals.people.atLeast ? t.over : '',
        value: formatAmount(totals.people, t.locale),
        label: t.totalsPeople,
      },
      countries: paths.map((p) => ({
        d: p.d,
        fill: concerned.has(p.code) ? CARD_COLOURS.concerned : CARD_COLOURS.land,
        stroke: CARD_COLOURS.landStroke,
        strokeWidth: 0.4,
      })),
      map: { x: 0, y: 0, width: MAP_WIDTH, height: MAP_HEIGHT },
    };
  }
  const roles = new Map(c.countries.map((x) => [x.code, outlineKind(x.role)]));
  const frame = frameOf(
    shapes,
    c.countries.map((x) => x.code),
  );
  // Only what the frame may show (with a frame's margin for the letterbox): the rest is work for nothing.
  const seen = (shape: CountryShape) => {
    const [[x0, y0], [x1, y1]] = bounds.get(shape.key)!;
    const { x, y, width, height } = frame;
    return x1 >= x - width && x0 <= x + 2 * width && y1 >= y - height && y0 <= y + 2 * height;
  };
  const shown = new Set(shapes.filter(seen).map((s) => s.key));
  // Strokes keep the world view's width however close the frame is.
  const k = frame.width / MAP_WIDTH;
  const scaled = (n: number) => Math.round(n * k * 100) / 100;
  const countries = paths
    .filter((p) => shown.has(p.key))
    .map((p) => {
      const kind = roles.get(p.code);
      if (!kind)
        return {
          d: p.d,
          fill: CARD_COLOURS.land,
          stroke: CARD_COLOURS.landStroke,
          strokeWidth: scaled(0.4),
        };
      const outline = OUTLINES[kind];
      return {
        d: p.d,
        fill: CARD_COLOURS.concerned,
        stroke: kind === 'plain' ? CARD_COLOURS.text : ROLE_COLOUR[kind],
        strokeWidth: scaled(outline.width),
        dash: outline.dash?.replace(/\d+(\.\d+)?/g, (n) => String(scaled(+n))),
      };
    })
    // Outlined countries go last, so their strokes are not covered by neighbours.
    .sort((a, b) => a.strokeWidth - b.strokeWidth);
  const figure = figureText(c, t.locale);
  const named = (kind: 'focus' | 'other') =>
    countryNames(
      { ...c, countries: c.countries.filter((x) => outlineKind(x.role) === kind) },
      t.lang,
    );
  const date = formatCampaignDate(c.date, t.ongoing, t.locale);
  const outcome = outcomeBesideDate(c, t);
  return {
    ...base,
    // As the app and og:title write it (a space before the colon of « Ouganda: … »).
    title: frenchTypography(c.title),
    subtitle: outcome ? `${date} · ${outcome}` : date,
    headline: figure
      ? { over: figure.over ? t.over : '', value: figure.value, label: figure.label }
      : undefined,
    countries,
    map: frame,
    outlines: OUTLINE_KEY.filter((kind) => named(kind).length).map((kind) => ({
      label: namesLine(kind === 'focus' ? t.outlineFocus : t.outlineOther, named(kind), t),
      stroke: ROLE_COLOUR[kind],
      width: OUTLINES[kind].width,
      dash: OUTLINES[kind].dash,
    })),
  };
}

export function cardSvg(input: CardInput): string {
  return exportSvg(cardInput(input));
}
