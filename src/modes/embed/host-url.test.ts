// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkSource, embedQuery, scriptOrigin, viewOnly, webOrigins } from './host-url';

const APP = 'https://app.example';
const PAGE = 'https://partner.example/article/';

/** The address checkSource accepts, or its reason prefixed with "refused: ". */
function check(value: string, allowed: string[] = [APP], base = PAGE): string {
  const result = checkSource(value, base, allowed);
  return typeof result === 'string' ? `refused: ${result}` : result.href;
}

describe('checkSource', () => {
  it('accepts http(s) addresses on the script’s origin, as the iframe will load them', () => {
    expect(check(`${APP}/?embed&campaign=a`)).toBe(`${APP}/?embed&campaign=a`);
    expect(check('http://127.0.0.1:4000/?embed', ['http://127.0.0.1:4000'])).toBe(
      'http://127.0.0.1:4000/?embed',
    );
  });

  it('refuses javascript: URLs however they are spelt', () => {
    for (const value of [
      'javascript:alert(document.domain)//',
      'JAVASCRIPT:alert(1)',
      ' \tjava\nscript:alert(1)',
      '\u0000\u001fJaVa\tScRiPt:alert(1)',
      'javascript\r:alert(1)',
    ]) {
      expect(check(value), JSON.stringify(value)).toBe(
        'refused: javascript: URLs are refused, only http(s)',
      );
    }
  });

  it('refuses every other scheme, even when it carries the allowed origin', () => {
    expect(check('data:text/html,<script>parent.postMessage(1,"*")</script>')).toMatch(
      /^refused: data: URLs/,
    );
    expect(check(`blob:${APP}/0b7e1c2a-0000-4000-8000-000000000000`)).toMatch(
      /^refused: blob: URLs/,
    );
    expect(check('about:blank')).toMatch(/^refused: about: URLs/);
    expect(check('file:///etc/passwd')).toMatch(/^refused: file: URLs/);
    expect(check(`ftp://app.example/`)).toMatch(/^refused: ftp: URLs/);
  });

  it('resolves relative addresses against the page, so they name the page’s origin', () => {
    expect(check('./?embed')).toBe(
      `refused: https://partner.example is not allowed (allowed: ${APP}; add it to data-origins on the script tag)`,
    );
    expect(check('./?embed', ['https://partner.example'])).toBe(
      'https://partner.example/article/?embed',
    );
    expect(check('/campagnes/?embed', [APP], `${APP}/x`)).toBe(`${APP}/campagnes/?embed`);
  });

  it('refuses another origin, a protocol-relative one included, unless it is allowed', () => {
    expect(check('https://evil.example/?embed')).toMatch(/^refused: https:\/\/evil\.example is/);
    expect(check('//evil.example/?embed')).toMatch(/^refused: https:\/\/evil\.example is/);
    // Same host, other scheme or port: another origin.
    expect(check('http://app.example/?embed')).toMatch(/^refused: http:\/\/app\.example is/);
    expect(check('https://app.example:8443/?embed')).toMatch(
      /^refused: https:\/\/app\.example:8443/,
    );
    // A look-alike host with the allowed origin as its user name.
    expect(check('https://app.example@evil.example/')).toMatch(/^refused: https:\/\/evil\.example/);
    expect(check('https://evil.example/?embed', [APP, 'https://evil.example'])).toBe(
      'https://evil.example/?embed',
    );
  });

  it('refuses what is not a URL at all', () => {
    expect(check('https://', [APP], PAGE)).toBe('refused: not a URL');
    expect(check('http://[::1', [APP], PAGE)).toBe('refused: not a URL');
  });
});

describe('webOrigins', () => {
  it('reads a space-separated attribute or a list, keeping only http(s) origins', () => {
    expect(webOrigins(' https://a.org/path  http://b.org:8080\nhttps://c.org ')).toEqual([
      'https://a.org',
      'http://b.org:8080',
      'https://c.org',
    ]);
    expect(webOrigins(['https://a.org/x', 'javascript:alert(1)', 'data:,', 'a.org', '*'])).toEqual([
      'https://a.org',
    ]);
  });

  it('is empty for nothing or odd input, and never throws', () => {
    expect(webOrigins(undefined)).toEqual([]);
    expect(webOrigins(null)).toEqual([]);
    expect(webOrigins('')).toEqual([]);
    expect(webOrigins([null, 42, {}] as unknown as string[])).toEqual([]);
  });
});

describe('scriptOrigin', () => {
  it('is the origin the script was loaded from', () => {
    expect(scriptOrigin(`${APP}/campagnes/embed.js`, PAGE)).toBe(APP);
  });

  it('is the page’s own origin when the script’s address is unknown or not http(s)', () => {
    for (const src of [null, undefined, '', 'data:text/javascript,1', 'blob:x'])
      expect(scriptOrigin(src, PAGE), String(src)).toBe('https://partner.example');
  });
});

describe('viewOnly', () => {
  it('keeps the view’s keys and drops mode, dataset and unknown keys', () => {
    expect(
      viewOnly(
        'present&data=other.json&campaign=a&embed&theme=dark&accent=red&hosts=x&tour&slide=2&lang=en&zzz=1',
      ).toString(),
    ).toBe('campaign=a&lang=en');
  });

  it('keeps every view key', () => {
    const all =
      'campaign=a&country=UGA&period=2013&metric=people&tag=sant%C3%A9&outcome=victory&q=x&sort=oldest&lang=en';
    expect(viewOnly(all).toString()).toBe(all);
  });
});

describe('embedQuery', () => {
  it('without a saved view, is the source’s query with embed first', () => {
    expect(embedQuery('?campaign=a&embed&theme=dark', null)).toBe('embed&campaign=a&theme=dark');
  });

  it('restores only view keys from the hash: never a mode or another dataset', () => {
    expect(embedQuery('?embed', 'data=evil.json')).toBe('embed');
    expect(embedQuery('?embed', 'present')).toBe('embed');
    expect(embedQuery('?embed', 'present&tour&slide=3&embed&hosts=x&campaign=b')).toBe(
      'embed&campaign=b',
    );
  });

  it('keeps the partner’s own parameters, data= included, and replaces the view', () => {
    expect(
      embedQuery(
        '?embed&data=data%2Fexample-small.json&campaign=a&theme=dark&accent=%230057b8&hosts=https%3A%2F%2Fp.org&lang=en',
        'campaign=b&period=2015&data=other.json',
      ),
    ).toBe(
      'embed&data=data%2Fexample-small.json&theme=dark&accent=%230057b8&hosts=https%3A%2F%2Fp.org&campaign=b&period=2015',
    );
  });

  it('takes an empty saved view as the default view', () => {
    expect(embedQuery('?embed&campaign=a&data=d.json', '')).toBe('embed&data=d.json');
  });
});
