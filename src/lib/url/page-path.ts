/**
 * A campaign's own page: the build writes one at `campagnes/<id>/` (and the English
 * ones under `en/`). What the first paint needs of it; reading and writing a page's
 * address (./pages.ts) loads apart, so the default view's first load does not carry it.
 */
import type { Campaign } from '../data/schema';
import { frenchTypography } from '../format/typography';
import type { Messages } from '../i18n/fr';

/** The path of a view's page, from the app's root: '', `en/`, `campagnes/<id>/`, `en/campagnes/<id>/`. */
export function pagePath(campaign: string | null, lang?: string | null): string {
  // Ids are slugs (lib/data/schema.ts): nothing to escape.
  return (lang === 'en' ? 'en/' : '') + (campaign ? `campagnes/${campaign}/` : '');
}

/**
 * The app's root, from a built page's `data-root` (the way back to it, e.g. '../../'):
 * null where the build wrote no pages (the single file, a build without them).
 */
export function appRoot(href: string, root: string | undefined): string | null {
  return root === undefined ? null : new URL(root, href).href;
}

/** Reads and writes pages' addresses: loaded by the first view that is not the default. */
export const loadPages = () => import('./pages');

/** The document's title: the open campaign's first, as the page of a campaign says it. */
export function pageTitle(
  campaign: Pick<Campaign, 'title'> | undefined | null,
  t: Pick<Messages, 'appTitle' | 'documentTitle'>,
): string {
  return campaign ? `${frenchTypography(campaign.title)} · ${t.appTitle}` : t.documentTitle;
}
