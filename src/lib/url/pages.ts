/**
 * A page's address (./page-path.ts): the campaign and the language live in its path
 * rather than in `?campaign=` and `?lang=`. Pure, so it is tested in Node; loaded
 * apart (`loadPages`) by the URL writer, « Copier le lien » and a campaign's page.
 */
import { pagePath } from './page-path';
import { pageAddress, toSearch } from './params';

/** From a page back to the app's root: './', '../', '../../'… (the build's). */
export function rootFrom(path: string): string {
  return '../'.repeat(path.split('/').length - 1) || './';
}

/**
 * The address of a view's search on the page that shows it: `campaign` and `lang`
 * move into the path, every other key stays in the query, in its order.
 */
export function viewAddress(root: string, search: string): string {
  const params = new URLSearchParams(search);
  const path = pagePath(params.get('campaign'), params.get('lang'));
  params.delete('campaign');
  params.delete('lang');
  // `root` ends with '/', absolute (the page's) or relative (the build's '../../').
  return root + path + toSearch(params);
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
  const [, en, campaign] =
    /^(en\/)?(?:campagnes\/([a-z0-9-]+)\/)?(?:index\.html)?$/.exec(
      url.pathname.slice(base.length),
    ) ?? [];
  const params = new URLSearchParams();
  if (campaign) params.set('campaign', campaign);
  if (en) params.set('lang', 'en');
  for (const key of url.searchParams.keys()) params.delete(key);
  for (const [key, value] of url.searchParams) params.append(key, value);
  return toSearch(params);
}
