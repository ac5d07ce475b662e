/**
 * Builds the export of the current view, in the browser, on demand (this module
 * and the fonts load only when the reader asks for an export).
 */
import worldUrl from '../../lib/geo/world-map-fine.json?url';
import regular from '@fontsource/inter/files/inter-latin-400-normal.woff2?inline';
import bold from '@fontsource/inter/files/inter-latin-700-normal.woff2?inline';
import { OUTLINE_KEY, OUTLINES, outlineKind } from '../../lib/geo/outline';
import { mapProjection, MAP_ASPECT, shapePaths } from '../../lib/geo/projection';
import { isWorldMap, worldShapes, type CountryShape } from '../../lib/geo/world';
import { choropleth, NO_FIGURE } from '../../lib/scales/choropleth';
import { formatAmount } from '../../lib/format/numbers';
import { methodMessages } from '../method/messages';
import { periodText } from '../../lib/time/period-text';
import type { AppState } from '../../state/app-state.svelte';
import { exportSvg, NO_FIGURE_FILL } from './export-svg';
import { describeFilters } from '../../lib/filter/describe';

/** Resolves a theme colour (light-dark(), var()) to rgb() as the page shows it now. */
function colour(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  document.body.append(probe);
  const resolved = getComputedStyle(probe).color;
  probe.remove();
  return resolved;
}

/** The fonts every export embeds (the video's frames too). */
export const EXPORT_FONTS = { regular, bold };

let shapes: Promise<CountryShape[]> | undefined;

/** The fine map's countries, fetched once per page (a failed fetch is tried again next time). */
export function exportShapes(): Promise<CountryShape[]> {
  shapes ??= fetch(worldUrl)
    .then((response) => response.json() as Promise<unknown>)
    .then((topology) => {
      if (!isWorldMap(topology)) throw new Error('map unavailable');
      return worldShapes(topology);
    })
    .catch((error: unknown) => {
      shapes = undefined;
      throw error;
    });
  return shapes;
}

export async function buildExport(app: AppState, width: number, height: number): Promise<string> {
  const t = app.locale.messages;
  const mapWidth = 1000;
  const mapHeight = Math.round(mapWidth / MAP_ASPECT);
  const paths = shapePaths(mapProjection(mapWidth), await exportShapes());
  const scale = choropleth(app.display.metric, t);
  const fills = [0, 1, 2, 3, 4, 5].map((cls) =>
    colour(cls ? `var(--choro-${cls})` : 'var(--land)'),
  );
  fills[NO_FIGURE] = NO_FIGURE_FILL;
  const stroke = colour('var(--land-stroke)');
  const emphasised = app.selection.emphasised;

  const countries = paths.map((p) => {
    const fill =
      fills[scale.classOf(app.tally.values.get(p.code), app.tally.campaignCount(p.code))]!;
    const role = emphasised?.countries.find((c) => c.code === p.code)?.role;
    if (!role) return { d: p.d, fill, stroke, strokeWidth: 0.4 };
    // Outlined as the map outlines it (lib/geo/outline).
    const outline = OUTLINES[outlineKind(role)];
    return {
      d: p.d,
      fill,
      stroke: colour(outline.colour),
      strokeWidth: outline.width,
      dash: outline.dash,
    };
  });
  // Outlined countries go last, so their strokes are not covered by neighbours.
  countries.sort((a, b) => a.strokeWidth - b.strokeWidth);

  const range = app.filters.range ?? [app.index.span[0], app.index.span[1]];
  const period = t.periodLabel(...periodText(range[0], range[1], t));
  const selected = app.selection.campaign;
  // The people map's total, said as what it is (a sum of participations, a lower bound or not).
  const people = app.tally.inView.people;
  const note =
    app.display.metric === 'people'
      ? methodMessages[t.lang].exportNote(
          `${people.atLeast ? `${t.over} ` : ''}${formatAmount(people, t.locale)}`,
          people.atLeast,
        )
      : undefined;
  return exportSvg({
    width,
    height,
    title: selected ? selected.title : t.appTitle,
    subtitle: selected
      ? `${app.locale.formatDate(selected)} · ${t.outcome[selected.outcome]}`
      : `${period}${!app.filters.range && app.index.hasOngoing ? ` · ${t.ongoing}` : ''} · ${t.resultsCount(app.filters.visible.length, app.index.campaigns.length)}`,
    credit: t.source(app.index.dataset.source.publisher, app.index.dataset.source.title),
    legendTitle: scale.title,
    note,
    hatch: { ground: colour('var(--land)'), stripe: colour('var(--no-figure-stripe)') },
    filters: describeFilters(
      {
        themes: app.filters.themes,
        outcomes: app.filters.outcomes,
        query: app.filters.query,
        // Without a campaign, the subtitle already says the period.
        range: selected ? app.filters.range : null,
        country: app.selection.country ? app.locale.countryName(app.selection.country) : null,
      },
      t,
      (tag) => app.locale.themeName(tag),
    ),
    legend: scale.legend.map((item) => ({ label: item.label, fill: fills[item.cls]! })),
    outlines: emphasised?.countries.length
      ? OUTLINE_KEY.map((kind) => ({
          label: kind === 'focus' ? t.outlineFocus : t.outlineOther,
          stroke: colour(OUTLINES[kind].colour),
          width: OUTLINES[kind].width,
          dash: OUTLINES[kind].dash,
        }))
      : [],
    countries,
    map: { x: 0, y: 0, width: mapWidth, height: mapHeight },
    colours: {
      background: colour('var(--bg)'),
      text: colour('var(--text)'),
      muted: colour('var(--muted)'),
    },
    fonts: EXPORT_FONTS,
  });
}

export function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function exportAs(app: AppState, format: 'svg' | 'png', width = 1920, height = 1080) {
  const svg = await buildExport(app, width, height);
  const name = `nos-mobilisations-${app.selection.id ?? 'carte'}`;
  if (format === 'svg') return download(new Blob([svg], { type: 'image/svg+xml' }), `${name}.svg`);
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  image.src = url;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')!.drawImage(image, 0, 0, width, height);
  URL.revokeObjectURL(url);
  const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (png) download(png, `${name}-${width}x${height}.png`);
}
