/**
 * What the build writes in each page's head (title, description, canonical and
 * hreflang links, Open Graph, Twitter, JSON-LD) and beside the pages (sitemap.xml,
 * robots.txt). Pure: scripts/pages.ts feeds it the dataset and writes the files.
 */
import type { Campaign, Dataset } from '../data/schema';
import { attribute as html } from '../../features/embed-dialog/snippet';
import { formatCampaignDate, outcomeBesideDate } from '../format/dates';
import { countryName } from '../format/countries';
import { headlineFigure } from '../format/impact';
import { formatImpactValue } from '../format/numbers';
import { frenchTypography } from '../format/typography';
import type { Messages } from '../i18n/fr';
import { pagePath, pageTitle } from '../url/page-path';
import { rootFrom } from '../url/pages';
import { LANGS, type Lang } from '../view';
import { pageMessages, type FigureText } from './messages';
import type { Totals } from '../scales/totals';
import { CARD, cardKey, cardPath, type CardAlts } from './card-file';

export { CARD, cardPath };

/** A campaign's headline figure as the panel says it: its « plus de », the number, its label. */
export function figureText(c: Campaign, locale: string): FigureText | null {
  const figure = headlineFigure(c.impact);
  if (!figure) return null;
  return {
    over: figure.qualifier === 'over',
    value: formatImpactValue(figure, locale),
    label: frenchTypography(figure.label),
  };
}

/** The campaign's countries, named in `lang`, those it is about first. */
export function countryNames(c: Campaign, lang: Lang): string[] {
  const order = { focus: 0, target: 1 } as Record<string, number>;
  return [...c.countries]
    .sort((a, b) => (order[a.role] ?? 2) - (order[b.role] ?? 2))
    .map((x) => countryName(x.code, lang));
}

export interface PageInput {
  dataset: Dataset;
  campaign: Campaign | null;
  lang: Lang;
  t: Messages;
  totals: Totals;
  /** APP_URL, ending in '/': the addresses are absolute; without it, relative to the page. */
  appUrl: string | null;
  /** Whether the build drew the cards. */
  cards: boolean;
}

export interface PageMeta {
  lang: Lang;
  path: string;
  title: string;
  headline: string;
  description: string;
  canonical: string;
  alternates: { hreflang: string; href: string }[];
  image: { url: string; width: number; height: number; alt: string } | null;
  oembed: string;
  siteName: string;
  locale: string;
  jsonLd: Record<string, unknown>;
}

export function describe(input: Pick<PageInput, 'campaign' | 'lang' | 't' | 'totals'>): string {
  const { campaign: c, lang, t, totals } = input;
  const m = pageMessages[lang];
  if (!c)
    return m.describeAll(
      t.appTagline,
      t.presentOpening(totals.campaigns, totals.firstYear, totals.lastYear, totals.ongoing),
    );
  return m.describe(
    formatCampaignDate(c.date, t.ongoing, t.locale),
    outcomeBesideDate(c, t),
    figureText(c, t.locale),
  );
}

/** og:image:alt (and the embed snippet's fallback): what a view's card shows, from the same data. */
export function cardAlt(input: Pick<PageInput, 'campaign' | 'lang' | 't' | 'totals'>): string {
  const { campaign: c, lang, t } = input;
  const m = pageMessages[lang];
  const title = c ? frenchTypography(c.title) : t.appTitle;
  const description = describe(input);
  return c
    ? m.cardAlt(title, description, countryNames(c, lang))
    : m.cardAltAll(title, description);
}

/** Every card's text alternative, written beside the cards for the « Intégrer » dialog. */
export function cardAlts(
  dataset: Dataset,
  totals: Totals,
  messages: Record<Lang, Messages>,
): CardAlts {
  return Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      Object.fromEntries(
        [null, ...dataset.campaigns].map((campaign) => [
          cardKey(campaign?.id ?? null),
          cardAlt({ campaign, lang, t: messages[lang], totals }),
        ]),
      ),
    ]),
  );
}

export function pageMeta(input: PageInput): PageMeta {
  const { dataset, campaign: c, lang, t, appUrl } = input;
  const m = pageMessages[lang];
  const path = pagePath(c?.id ?? null, lang);
  const base = appUrl ?? rootFrom(path);
  const url = (p: string) => base + p;
  const title = c ? frenchTypography(c.title) : t.appTitle;
  const description = describe(input);
  const canonical = url(path);
  const home = url(pagePath(null, lang));
  const publisher = { '@type': 'Organization', name: dataset.source.publisher };
  const source = {
    '@type': 'CreativeWork',
    name: dataset.source.title,
    publisher,
    inLanguage: dataset.source.language,
  };
  const image = input.cards
    ? {
        url: url(cardPath(c?.id ?? null, lang)),
        ...CARD,
        alt: cardAlt(input),
      }
    : null;
  // JSON-LD and og:url take absolute URLs only: without APP_URL they are left out.
  const links = appUrl ? { url: canonical, ...(image ? { image: image.url } : {}) } : {};
  // A campaign's page is an account of it (Article); the default view presents them all
  // as data (Dataset). Not Event: a search engine would list a 2011 campaign as an event.
  const jsonLd: Record<string, unknown> = c
    ? {
        '@context': 'https://schema.org',
        '@type': 'Article',
        headline: title,
        description,
        ...links,
        inLanguage: lang,
        ...(c.date === 'ongoing' ? {} : { temporalCoverage: c.date }),
        spatialCoverage: c.countries.map((x) => ({
          '@type': 'Country',
          name: countryName(x.code, lang),
        })),
        author: publisher,
        publisher,
        isBasedOn: source,
        isPartOf: { '@type': 'Dataset', name: t.appTitle, ...(appUrl ? { url: home } : {}) },
      }
    : // The first load carries this one: no more than a Dataset needs (the page credits the source).
      {
        '@context': 'https://schema.org',
        '@type': 'Dataset',
        name: t.appTitle,
        description,
        ...links,
        inLanguage: lang,
        temporalCoverage: `${input.totals.firstYear}/${input.totals.ongoing ? '..' : input.totals.lastYear}`,
        creator: publisher,
      };
  return {
    lang,
    path,
    title: pageTitle(c, t),
    headline: title,
    description,
    canonical,
    alternates: alternatesOf(c?.id ?? null, base),
    image,
    oembed: url(`${path}oembed.json`),
    siteName: `${t.appTitle} (${dataset.source.publisher})`,
    locale: m.ogLocale,
    jsonLd,
  };
}

/**
 * JSON-LD inside `<script type="application/ld+json">`: data, never run (the CSP
 * governs scripts that execute). `<` is escaped so no text can close the element.
 */
export function jsonLdScript(data: unknown): string {
  const json = JSON.stringify(data)
    .replaceAll('<', '\\u003c')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
  return `<script type="application/ld+json">${json}</script>`;
}

/** The tags a page's head gains (its `<title>` and description are replaced apart). */
export function headTags(meta: PageMeta): string {
  const tag = (property: string, content: string | number) =>
    `<meta property="${property}" content="${html(String(content))}">`;
  const named = (name: string, content: string) =>
    `<meta name="${name}" content="${html(content)}">`;
  return [
    `<link rel="canonical" href="${html(meta.canonical)}">`,
    ...meta.alternates.map(
      (a) => `<link rel="alternate" hreflang="${a.hreflang}" href="${html(a.href)}">`,
    ),
    tag('og:type', meta.jsonLd['@type'] === 'Article' ? 'article' : 'website'),
    tag('og:site_name', meta.siteName),
    tag('og:locale', meta.locale),
    tag('og:title', meta.headline),
    tag('og:description', meta.description),
    ...(meta.canonical.includes('://') ? [tag('og:url', meta.canonical)] : []),
    ...(meta.image
      ? [
          tag('og:image', meta.image.url),
          tag('og:image:width', meta.image.width),
          tag('og:image:height', meta.image.height),
          tag('og:image:alt', meta.image.alt),
        ]
      : []),
    // X reads og:title, og:description and og:image where its own tags are absent.
    named('twitter:card', meta.image ? 'summary_large_image' : 'summary'),
    jsonLdScript(meta.jsonLd),
  ].join('');
}

/** The same page in each language, and the default (French) for any other. */
function alternatesOf(campaign: string | null, base: string) {
  return [
    ...LANGS.map((l) => ({ hreflang: l, href: base + pagePath(campaign, l) || './' })),
    { hreflang: 'x-default', href: base + pagePath(campaign, 'fr') || './' },
  ];
}

/**
 * sitemap.xml at the app's root: every page in every language, with its
 * alternates (xhtml:link, where search engines read hreflang in a sitemap).
 * Addresses are absolute with APP_URL, as the protocol asks; relative to the root without.
 */
export function sitemap(campaigns: readonly (string | null)[], appUrl: string | null): string {
  const base = appUrl ?? '';
  const xml = (text: string) => html(text).replaceAll("'", '&apos;');
  const urls = campaigns.flatMap((id) =>
    LANGS.map(
      (lang) =>
        `<url><loc>${xml(base + pagePath(id, lang) || './')}</loc>` +
        alternatesOf(id, base)
          .map(
            (a) => `<xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${xml(a.href)}"/>`,
          )
          .join('') +
        `</url>`,
    ),
  );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n` +
    urls.join('\n') +
    `\n</urlset>\n`
  );
}

/** robots.txt: everything may be read; the sitemap, when its address is absolute (APP_URL). */
export function robots(appUrl: string | null): string {
  return (
    `User-agent: *\nAllow: /\n` +
    (appUrl
      ? `Sitemap: ${appUrl}sitemap.xml\n`
      : `# Build with APP_URL=https://…/ to point to sitemap.xml (it needs an absolute URL).\n`)
  );
}
