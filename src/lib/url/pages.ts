/**
 * A campaign's own page: the build writes one at `campagnes/<id>/` (and the English
 * ones under `en/`), so the campaign and the language can live in the path rather
 * than in `?campaign=` and `?lang=`. Pure, so it is tested in Node; the build
 * writes the files, the URL writer and « Copier le lien » write the addresses.
 */
import type { Campaign } from '../data/schema';
import { frenchTypography } from '../format/typography';
import type { Messages } from '../i18n/fr';
import type { Lang } from '../view';
import { pageAddress, toSearch } from './params';

/** The folder of the campaigns' pages, under the app's root (and under `en/`). */
export const PAGES_DIR = 'campagnes';

/** The path of a view's page, from the app's root: '', `en/`, `campagnes/<id>/`, `en/campagnes/<id>/`. */
export function pagePath(campaign: string | null, lang: Lang | null = null): string {
  return `${lang === 'en' ? 'en/' : ''}${campaign ? `${PAGES_DIR}/${encodeURIComponent(campaign)}/` : ''}`;
}

/** From a page back to the app's root: './', '../', '../../'… */
export function rootFrom(path: string): string {
  return '../'.repeat(path.split('/').length - 1) || './';
}

/** The campaign and language a page's path says, as view params (`path` from the app's root). */
export function paramsOfPath(path: string): URLSearchParams {
  const params = new URLSearchParams();
  const match = /^(en\/)?(?:campagnes\/([a-z0-9-]+)\/)?(?:index\.html)?$/.exec(path);
  if (match?.[2]) params.set('campaign', match[2]);
  if (match?.[1]) params.set('lang', 'en');
  return params;
}

/**
 * The address of a view's search on the page that shows it: `campaign` and `lang`
 * move into the path, every other key stays in the query, in its order.
 */
export function viewAddress(root: string, search: string): string {
  const params = new URLSearchParams(search);
  const campaign = params.get('campaign');
  const lang = params.get('lang') === 'en' ? 'en' : null;
  params.delete('campaign');
  params.delete('lang');
  // `root` ends with '/', absolute (the page's) or relative (the build's '../../').
  return root + pagePath(campaign, lang) + toSearch(params);
}

/** The link to share for a view: its page where the build wrote pages, else this page with the view's query. */
export function shareLink(root: string | null, view: URLSearchParams, href: string): string {
  return root === null ? pageAddress(href) + toSearch(view) : viewAddress(root, view.toString());
}

/**
 * The search a page's address stands for: its path's campaign and language, then
 * its query, which wins (`campagnes/a/?campaign=b` shows b, as `?campaign=b` would).
 */
export function pageSearch(href: string, root: string | null): string {
  const url = new URL(href);
  const base = root && new URL(root).pathname;
  if (!base || !url.pathname.startsWith(base)) return url.search;
  const params = paramsOfPath(url.pathname.slice(base.length));
  for (const key of url.searchParams.keys()) params.delete(key);
  for (const [key, value] of url.searchParams) params.append(key, value);
  const search = params.toString();
  return search && `?${search}`;
}

/**
 * The app's root, from a built page's `data-root` (the way back to it, e.g. '../../'):
 * null where the build wrote no pages (the single file, a build without them).
 */
export function appRoot(href: string, root: string | undefined): string | null {
  return root === undefined ? null : new URL(root, href).href;
}

/** The document's title: the open campaign's first, as the page of a campaign says it. */
export function pageTitle(
  campaign: Pick<Campaign, 'title'> | undefined | null,
  t: Pick<Messages, 'appTitle' | 'documentTitle'>,
): string {
  return campaign ? `${frenchTypography(campaign.title)} · ${t.appTitle}` : t.documentTitle;
}
