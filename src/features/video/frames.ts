/**
 * A video's frames as SVG documents, drawn by the export's renderer (exportSvg) at
 * 1920×1080: a slide of the tour is its page's card (lib/pages/card), a month of the
 * time-lapse is the world with its lit campaigns' countries filled and the month
 * large. Self-contained (fonts inlined, no external reference), so that the canvas
 * they are drawn on stays untainted and can be recorded.
 */
import type { Campaign } from '../../lib/data/schema';
import { formatCampaignDate } from '../../lib/format/dates';
import { frenchTypography } from '../../lib/format/typography';
import type { CountryShape } from '../../lib/geo/world';
import { cardInput, CARD_COLOURS } from '../../lib/pages/card';
import { totalsOf, type Totals } from '../../lib/scales/totals';
import {
  arrivingCampaignIds,
  litCampaignIds,
  litCountryCodes,
  type PlayMode,
} from '../../lib/time/playback';
import type { Slide } from '../../modes/present/tour';
import type { AppState } from '../../state/app-state.svelte';
import { exportSvg, headingHeight, type ExportInput } from '../export/export-svg';
import { EXPORT_FONTS } from '../export/run-export';
import type { VideoMessages } from './messages';
import type { Layer } from './record';
import { VIDEO_HEIGHT, VIDEO_WIDTH } from './schedule';

/** A line that takes its place and shows nothing. */
const BLANK = '\u00a0';

/** What every frame shares: the card's layout and light colours, at video size. */
function frameInput(
  app: AppState,
  shapes: readonly CountryShape[],
  campaign: Campaign | null,
  totals: Totals = totalsOf(app.index.campaigns),
): ExportInput {
  return {
    ...cardInput({ dataset: app.index.dataset, campaign, t: app.locale.messages, totals, shapes }),
    width: VIDEO_WIDTH,
    height: VIDEO_HEIGHT,
    fonts: EXPORT_FONTS,
  };
}

/** The tour's slide as a frame (one layer): the opening and a campaign as their cards, the closing's totals. */
export function slideFrame(
  app: AppState,
  shapes: readonly CountryShape[],
  slide: Slide,
  words: VideoMessages,
): Layer[] {
  const t = app.locale.messages;
  const campaign = slide.kind === 'campaign' ? (app.index.byId.get(slide.id) ?? null) : null;
  const totals = totalsOf(app.index.campaigns);
  const input = frameInput(app, shapes, campaign, totals);
  if (slide.kind !== 'closing') return [{ svg: exportSvg(input) }];
  return [
    {
      svg: exportSvg({
        ...input,
        title: t.presentClosing,
        subtitle: words.closing(totals.countries, totals.victories),
      }),
    },
  ];
}

/**
 * The time-lapse's frames: for a month, the month large, how many campaigns are lit,
 * those that light up this month named, their countries filled (this month's in the
 * accent). The world is projected once for all the months. Two layers: the whole
 * frame without the month's words, the same from month to month until a campaign
 * lights up (so rasterised once for them all), and the band above the map with them,
 * a fifth of a frame to rasterise and keep each month.
 */
export function monthFrames(
  app: AppState,
  shapes: readonly CountryShape[],
  campaigns: readonly Campaign[],
  mode: PlayMode,
  words: VideoMessages,
): (month: string) => Layer[] {
  const t = app.locale.messages;
  const base = frameInput(app, shapes, null);
  const legend = [
    { label: words.legendNone, fill: CARD_COLOURS.land },
    ...(mode === 'accumulate' ? [{ label: words.legendLit, fill: CARD_COLOURS.concerned }] : []),
    { label: words.legendArriving, fill: CARD_COLOURS.accent },
  ];
  return (month) => {
    const lit = litCampaignIds(campaigns, month, mode);
    const arriving = arrivingCampaignIds(campaigns, month);
    const litCountries = litCountryCodes(campaigns, lit);
    const arrivingCountries = litCountryCodes(campaigns, arriving);
    const fill = (code: string) =>
      arrivingCountries.has(code)
        ? CARD_COLOURS.accent
        : litCountries.has(code)
          ? CARD_COLOURS.concerned
          : CARD_COLOURS.land;
    const titles = campaigns
      .filter((c) => arriving.has(c.id))
      .map((c) => frenchTypography(c.title));
    const frame: ExportInput = {
      ...base,
      stamp: formatCampaignDate(month, t.ongoing, t.locale),
      subtitle: words.lit(lit.size),
      headline: undefined,
      // Always a line (a blank one without arrivals): the map never moves between months.
      filters: titles.length ? words.arriving(titles.join(' · ')) : BLANK,
      legendTitle: words.legendTitle,
      legend,
      // The world card draws one path per shape, in the shapes' order.
      countries: base.countries.map((c, i) => ({ ...c, fill: fill(shapes[i]!.code) })),
    };
    const still: ExportInput = { ...frame, stamp: undefined, subtitle: BLANK, filters: BLANK };
    const band = headingHeight(frame);
    // A title long enough to wrap differently beside the stamp would move the map: one layer then.
    if (headingHeight(still) !== band) return [{ svg: exportSvg(frame) }];
    return [
      { svg: exportSvg(still) },
      { svg: exportSvg({ ...frame, countries: [] }), height: Math.ceil(band) },
    ];
  };
}
