/**
 * What embed.js decides about addresses, pure so that it is unit-tested apart from
 * the DOM: which `data-campaign-explorer` sources may become an iframe (a partner's
 * HTML sanitiser commonly lets any `data-*` attribute through, so the attribute is
 * untrusted), and which keys a deep link in the host page's hash may carry.
 */
import { VIEW_KEYS } from '../../lib/url/keys';

const WEB = ['https:', 'http:'];

/** The http(s) origins of a list of addresses (`data-origins="https://a.org https://b.org"`); anything else is skipped. */
export function webOrigins(list: string | readonly string[] | null | undefined): string[] {
  const origins: string[] = [];
  for (const item of typeof list === 'string' ? list.split(/\s+/) : list || []) {
    try {
      const url = new URL(String(item));
      if (WEB.includes(url.protocol)) origins.push(url.origin);
    } catch {
      // Not an absolute address: skipped.
    }
  }
  return origins;
}

/** Where the script came from (`document.currentScript.src`); the page's own origin when that cannot be known. */
export function scriptOrigin(src: string | null | undefined, page: string): string {
  return webOrigins([src || ''])[0] || new URL(page).origin;
}

/**
 * The iframe's address for an element's value, resolved against `base`, or why not:
 * only http(s), and only on an allowed origin. The URL parser strips the whitespace and
 * control characters that could disguise a scheme (" java\tscript:"), and the iframe is
 * given the parsed URL's own serialisation, so what is checked is what loads.
 */
export function checkSource(value: string, base: string, allowed: readonly string[]): URL | string {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return 'not a URL';
  }
  if (!WEB.includes(url.protocol)) return `${url.protocol} URLs are refused, only http(s)`;
  if (!allowed.includes(url.origin))
    return `${url.origin} is not allowed (allowed: ${allowed.join(' ')}; add it to data-origins on the script tag)`;
  return url;
}

const isView = (key: string) => VIEW_KEYS.includes(key);

/** Only the view's keys of a query string (mode, dataset and unknown keys dropped). */
export function viewOnly(query: string): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(query)) if (isView(key)) params.append(key, value);
  return params;
}

/**
 * The iframe's query: `embed` first, then the partner's own parameters (`data`, `theme`,
 * `accent`, `hosts`, anything that is not a view key), then the view: the saved one from
 * the host's hash when there is one (its view keys only), else the one in the source.
 */
export function embedQuery(source: string, saved: string | null): string {
  const params = new URLSearchParams('embed');
  for (const [key, value] of new URLSearchParams(source))
    if (key !== 'embed' && (saved === null || !isView(key))) params.append(key, value);
  if (saved !== null) for (const [key, value] of viewOnly(saved)) params.append(key, value);
  // Value-less flags without "=" ("?embed&campaign=…"), as the app writes its own URL.
  return params.toString().replace(/=(?=&|$)/g, '');
}
