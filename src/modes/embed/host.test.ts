/**
 * embed.js in a DOM (jsdom): what becomes an iframe, which messages it listens to,
 * and an API that takes odd input without throwing. The browser side (real frames,
 * two origins) is tests/e2e/embed-hostile.spec.ts.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EmbedApi } from './host';

interface Global {
  embeds: EmbedApi[];
  scan(root?: unknown, options?: unknown): EmbedApi[];
  init(element: unknown, options?: unknown): EmbedApi | undefined;
  filter(filter: unknown): void;
  on(type: unknown, handler: unknown): () => void;
}

const explorer = () => (window as unknown as { CampaignExplorer: Global }).CampaignExplorer;
// Vitest's page; no document.currentScript for an imported module: the page's origin is the one allowed.
const APP = location.origin;

function div(source: string, attributes: Record<string, string> = {}): HTMLElement {
  const element = document.createElement('div');
  element.dataset.campaignExplorer = source;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.innerHTML = '<a href="https://app.example/">Nos mobilisations</a>';
  document.body.append(element);
  return element;
}

/** A message as if from `source`, from `origin`. */
function post(source: Window | null, origin: string, data: object) {
  dispatchEvent(
    new MessageEvent('message', {
      source,
      origin,
      data: { source: 'campaign-explorer', version: 1, ...data },
    }),
  );
}

beforeAll(async () => {
  await import('./host');
});

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('embed.js sources', () => {
  it('makes an iframe of a source on the allowed origin', () => {
    const element = div(`${APP}/?embed&campaign=a`);
    const api = explorer().init(element);
    expect(api?.iframe.src).toBe(`${APP}/?embed&campaign=a`);
    expect(element.querySelector('iframe')).toBe(api?.iframe);
    expect(element.querySelector('a')).toBeNull();
  });

  it('leaves a refused source’s fallback link, makes no iframe and warns once, naming it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bad = [
      'javascript:alert(document.domain)//',
      'data:text/html,<script>alert(1)</script>',
      'https://evil.example/?embed',
    ].map((source) => div(source));
    explorer().scan();
    explorer().scan();
    for (const element of bad) {
      expect(element.querySelector('iframe')).toBeNull();
      expect(element.querySelector('a')?.getAttribute('href')).toBe('https://app.example/');
    }
    expect(warn.mock.calls.map(([text]) => String(text))).toEqual([
      'CampaignExplorer: data-campaign-explorer="javascript:alert(document.domain)//" refused: javascript: URLs are refused, only http(s)',
      'CampaignExplorer: data-campaign-explorer="data:text/html,<script>alert(1)</script>" refused: data: URLs are refused, only http(s)',
      `CampaignExplorer: data-campaign-explorer="https://evil.example/?embed" refused: https://evil.example is not allowed (allowed: ${APP}; add it to data-origins on the script tag)`,
    ]);
  });

  it('accepts another origin that the scan or init option lists', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = div('https://other.example/campagnes/?embed');
    explorer().scan(document, { origins: ['https://other.example'] });
    expect(element.querySelector('iframe')?.src).toBe('https://other.example/campagnes/?embed');
  });
});

describe('embed.js messages', () => {
  function embed(attributes: Record<string, string> = {}) {
    const api = explorer().init(div(`${APP}/?embed`, attributes))!;
    return { api, frame: api.iframe, win: api.iframe.contentWindow };
  }

  it('takes heights only from its own frame’s window on the app’s origin', () => {
    const { frame, win } = embed();
    post(win, APP, { type: 'resize', height: 640 });
    expect(frame.style.height).toBe('640px');
    post(window, APP, { type: 'resize', height: 700 });
    post(null, APP, { type: 'resize', height: 700 });
    post(win, 'https://evil.example', { type: 'resize', height: 700 });
    post(win, 'null', { type: 'resize', height: 700 });
    expect(frame.style.height).toBe('640px');
  });

  it('takes a sandboxed frame’s heights from its opaque origin', () => {
    const { frame, win } = embed({ 'data-sandbox': 'allow-scripts' });
    post(win, APP, { type: 'resize', height: 700 });
    expect(frame.style.height).toBe('');
    post(win, 'null', { type: 'resize', height: 512.2 });
    expect(frame.style.height).toBe('513px');
  });

  it('clamps heights to 20 000 px and ignores non-finite, negative and absent ones', () => {
    const { frame, win } = embed();
    post(win, APP, { type: 'resize', height: 99_999 });
    expect(frame.style.height).toBe('20000px');
    post(win, APP, { type: 'resize', height: 800 });
    for (const height of [Infinity, -Infinity, NaN, -5, 0, '1e400', 'tall', null, undefined])
      post(win, APP, { type: 'resize', height });
    expect(frame.style.height).toBe('800px');
  });

  it('mirrors only the view’s keys in the host page’s hash', () => {
    const { win } = embed({ 'data-deeplink': 'map' });
    post(win, APP, { type: 'state', query: 'present&data=evil.json&campaign=a&tour&lang=en' });
    expect(location.hash).toBe('#map=campaign%3Da%26lang%3Den');
    post(win, APP, { type: 'ready', ids: [], state: { query: 'data=x.json' } });
    expect(location.hash).toBe('');
  });
});

describe('embed.js API', () => {
  it('on() takes any type, prototype names included, and calls handlers of that type only', () => {
    const api = explorer().init(div(`${APP}/?embed`))!;
    const win = api.iframe.contentWindow;
    const seen: string[] = [];
    for (const type of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'select'])
      expect(() => api.on(type as 'select', () => seen.push(type))).not.toThrow();
    expect(() => explorer().on('constructor', () => {})).not.toThrow();
    expect(() => api.on('select', null as unknown as () => void)).not.toThrow();
    for (const type of ['constructor', '__proto__', 'toString', 'select', 'valueOf'])
      expect(() => post(win, APP, { type, id: null })).not.toThrow();
    expect(seen).toEqual(['constructor', '__proto__', 'toString', 'select']);
  });

  it('filter(null) clears both the country and the period; odd filters do not throw', () => {
    const api = explorer().init(div(`${APP}/?embed`))!;
    const win = api.iframe.contentWindow!;
    const sent = vi.spyOn(win, 'postMessage').mockImplementation(() => {});
    post(win, APP, { type: 'ready', ids: [], state: { query: '' } });
    api.filter(null);
    for (const odd of [undefined, 'x', 42, { country: 'UGA' }])
      expect(() => api.filter(odd as unknown as null)).not.toThrow();
    expect(() => explorer().filter(null)).not.toThrow();
    expect(sent.mock.calls[0]?.[0]).toEqual({
      source: 'campaign-explorer-host',
      version: 1,
      type: 'filter',
      country: null,
      period: null,
    });
  });

  it('init and scan shrug off what is not an element', () => {
    for (const odd of [null, undefined, 42, 'div', {}])
      expect(explorer().init(odd), String(odd)).toBeUndefined();
    expect(() => explorer().scan(42, 'x')).not.toThrow();
  });
});
