/**
 * The HTML a partner pastes: either the host script (auto height, deep links, API)
 * or a plain iframe that still displays well through a CSS aspect ratio. Pure, so
 * the « Intégrer » dialog and the oEmbed file at build time share it.
 */
import type { Theme } from '../../modes/embed/protocol';
import { CARD, cardKey, cardPath, type CardAlts } from '../../lib/pages/card-file';
import type { Lang } from '../../lib/view';

export type SnippetKind = 'script' | 'iframe';

export interface EmbedOptions {
  /** The app's address, e.g. "https://example.org/campagnes/" (any query is dropped). */
  base: string;
  /** The explorer's view query, from toParams (no `?`, no mode keys). */
  query?: string;
  theme?: Theme;
  lang?: 'fr' | 'en';
  accent?: string;
  /** The `?data=` dataset to embed, as a path that works from `base` (see `dataFrom`). */
  data?: string | null;
  /** `full`: the whole page (filters, list) rather than the compact embed. */
  layout?: 'compact' | 'full';
}

/** The view's card (a PNG the build drew) and its text alternative. */
export interface SnippetCard {
  src: string;
  alt: string;
  width: number;
  height: number;
}

/** A view's card at the app's `root`, where the build drew it and wrote its text alternative. */
export function cardFor(
  root: string,
  alts: CardAlts | null,
  campaign: string | null,
  lang: Lang,
): SnippetCard | null {
  const alt = alts?.[lang]?.[cardKey(campaign)];
  return typeof alt === 'string'
    ? { src: new URL(cardPath(campaign, lang), root).href, alt, ...CARD }
    : null;
}

export interface SnippetOptions extends EmbedOptions {
  kind: SnippetKind;
  /** Shown by the script form's fallback link, where the build drew one. */
  card?: SnippetCard | null;
  /** The iframe's accessible name. */
  title: string;
  /** Mirror the view in the host page's address (script only). */
  deeplink?: boolean;
}

/** Keys the embed URL sets itself; a view query never overrides them. */
const OWN_KEYS = new Set(['embed', 'data', 'layout', 'theme', 'accent', 'lang']);

function baseWithoutQuery(base: string): string {
  return base.replace(/[?#].*$/, '');
}

/**
 * The `?data=` path of the page at `page`, written so that it names the same file from
 * `base`: as the page had it when it resolves the same, else as an absolute path (or URL).
 */
export function dataFrom(page: string, base: string): string | null {
  const path = new URL(page).searchParams.get('data');
  if (!path) return null;
  try {
    const file = new URL(path, page);
    if (new URL(path, base).href === file.href) return path;
    return file.origin === new URL(base).origin ? file.pathname + file.search : file.href;
  } catch {
    // Not a path: the embed reports it as the page did.
    return path;
  }
}

/** "…/?embed&data=…&campaign=…&theme=dark": flags without "=", the rest URL-encoded. */
export function embedUrl({
  base,
  query = '',
  theme = 'auto',
  lang,
  accent,
  data,
  layout = 'compact',
}: EmbedOptions): string {
  const params = new URLSearchParams();
  params.set('embed', '');
  // The dataset being viewed: the partner's to keep, never part of the view.
  if (data) params.set('data', data);
  if (layout === 'full') params.set('layout', 'full');
  for (const [key, value] of new URLSearchParams(query)) {
    if (!OWN_KEYS.has(key)) params.append(key, value);
  }
  if (lang && lang !== 'fr') params.set('lang', lang);
  if (theme !== 'auto') params.set('theme', theme);
  if (accent) params.set('accent', accent);
  return `${baseWithoutQuery(base)}?${params.toString().replace(/=(?=&|$)/g, '')}`;
}

/** The host script's address beside the app: "…/embed.js". */
export function scriptUrl(base: string): string {
  const path = baseWithoutQuery(base);
  const dir = /^[a-z][a-z0-9+.-]*:\/\/[^/]*$/i.test(path) ? `${path}/` : path.replace(/[^/]*$/, '');
  return `${dir}embed.js`;
}

/** Escapes text for a double-quoted HTML attribute. */
export function attribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** The 4:3 fallback shape a plain iframe keeps without the host script. */
export const FRAME_STYLE = 'width:100%;aspect-ratio:4/3;border:0';
export const FRAME_ALLOW = 'fullscreen; clipboard-write';

export function iframeSnippet(options: EmbedOptions & { title: string }): string {
  return (
    `<iframe src="${attribute(embedUrl(options))}" title="${attribute(options.title)}"` +
    ` loading="lazy" allow="${FRAME_ALLOW}" style="${FRAME_STYLE}"></iframe>`
  );
}

export function scriptSnippet(
  options: EmbedOptions & {
    title: string;
    deeplink?: boolean;
    script?: string;
    card?: SnippetCard | null;
  },
): string {
  const url = embedUrl(options);
  // The link inside the div is what readers get where scripts do not run: the explorer
  // itself, with the view's card where there is one (its alt text the link's name), else the title.
  const page = embedUrl({ ...options, layout: 'compact' })
    .replace(/\?embed&?/, '?')
    .replace(/\?$/, '');
  const deeplink = options.deeplink ? ' data-deeplink' : '';
  const { card } = options;
  const label = card
    ? `<img src="${attribute(card.src)}" alt="${attribute(card.alt)}" width="${card.width}"` +
      ` height="${card.height}" style="max-width:100%;height:auto">`
    : attribute(options.title);
  return (
    `<div data-campaign-explorer="${attribute(url)}" data-title="${attribute(options.title)}"${deeplink}>` +
    `<a href="${attribute(page)}">${label}</a></div>\n` +
    `<script src="${attribute(options.script ?? scriptUrl(options.base))}" async></script>`
  );
}

export function buildSnippet(options: SnippetOptions): string {
  return options.kind === 'script' ? scriptSnippet(options) : iframeSnippet(options);
}
