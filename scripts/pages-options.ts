/**
 * The build's options for the campaigns' pages and cards, from the environment
 * (docs/hosting.md): APP_URL makes their addresses absolute; PAGES=0 skips the
 * pages and the cards (the explorer keeps `?campaign=` links); CARDS=0 skips the cards.
 */
export interface PagesOptionsEnv {
  appUrl: string | null;
  pages: boolean;
  cards: boolean;
}

/** APP_URL as a directory URL ending in '/', or null. */
export function appUrlFrom(env: NodeJS.ProcessEnv): string | null {
  const value = env.APP_URL?.trim();
  if (!value) return null;
  const url = new URL(value);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

const off = (value: string | undefined) => value === '0' || value === 'false';

export function pagesOptions(env: NodeJS.ProcessEnv = process.env): PagesOptionsEnv {
  const pages = !off(env.PAGES);
  return { appUrl: appUrlFrom(env), pages, cards: pages && !off(env.CARDS) };
}
