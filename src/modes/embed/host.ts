/**
 * embed.js, the host script (built on its own to dist/embed.js, IIFE, < 3 KB gz).
 * A partner writes
 *   <div data-campaign-explorer="https://…/?embed&campaign=…"></div>
 *   <script src="https://…/embed.js" async></script>
 * and gets a titled, lazy, responsive iframe that takes the height the explorer
 * reports, an API on the element (`div.campaignExplorer`) and on
 * `window.CampaignExplorer`, and with `data-deeplink` the view mirrored in the
 * page's hash (replaceState: the Back button is untouched).
 *
 * The div's attribute is untrusted (sanitisers let `data-*` through): only http(s)
 * sources on the script's own origin, or on origins its tag's `data-origins` or the
 * `origins` option lists, become iframes (host-url.ts); others keep their fallback
 * link and get a console warning.
 */
import type { EmbedMessage, HostMessageData } from './protocol';
import { checkSource, embedQuery, scriptOrigin, viewOnly, webOrigins } from './host-url';

type Handler = (message: EmbedMessage) => void;
type Filter = { country?: string | null; period?: string | null };
/** `origins`: more origins whose sources are accepted, e.g. ["https://a.org"]. */
type Options = { origins?: readonly string[] };

/**
 * Taller than any real content: 320 px wide, the list is 2 400 px with the 13 campaigns
 * and 6 700 px with 1 000 (50 rows shown), 5 900 and 8 400 px with the longest campaign
 * open. Past it (a reader showing many more rows) the frame scrolls inside itself rather
 * than lengthen the partner's page without bound.
 */
const MAX_HEIGHT = 20_000;

export interface EmbedApi {
  element: HTMLElement;
  iframe: HTMLIFrameElement;
  select(id: string | null): void;
  /** `filter(null)` clears both the country and the period. */
  filter(filter: Filter | null): void;
  reset(): void;
  theme(theme: 'light' | 'dark' | 'auto'): void;
  /** Listens to `ready`, `resize`, `select`, `filter`, `state`; returns a function that stops. */
  on(type: EmbedMessage['type'], handler: Handler): () => void;
}

type Host = HTMLElement & { campaignExplorer?: EmbedApi };

(() => {
  const win = window as Window & { CampaignExplorer?: unknown };
  // Read now: currentScript is null once this first run is over.
  const script = document.currentScript as HTMLScriptElement | null;
  const src = script && script.src;
  const allowed = [
    scriptOrigin(src, location.href),
    ...webOrigins(script && script.dataset.origins),
  ];
  const embeds: EmbedApi[] = [];
  const warned = new WeakSet<Element>();
  let count = 0;

  const hashParams = () => new URLSearchParams(location.hash.slice(1));

  function mirror(key: string, query: string) {
    const params = hashParams();
    if (query) params.set(key, query);
    else params.delete(key);
    const hash = params.toString();
    if (hash === location.hash.slice(1)) return;
    history.replaceState(
      history.state,
      '',
      location.pathname + location.search + (hash && '#' + hash),
    );
  }

  function init(element: Host, options?: Options): EmbedApi | undefined {
    if (!element || !element.dataset) return;
    if (element.campaignExplorer) return element.campaignExplorer;
    const value = element.dataset.campaignExplorer || '';
    // An empty attribute means the app beside this script.
    const url = checkSource(value || './?embed', value ? document.baseURI : src || location.href, [
      ...allowed,
      ...webOrigins(options && options.origins),
    ]);
    if (typeof url === 'string') {
      if (!warned.has(element))
        console.warn(
          `CampaignExplorer: data-campaign-explorer="${value.slice(0, 200)}" refused: ${url}`,
        );
      warned.add(element);
      return;
    }
    const key = element.dataset.deeplink || 'ce-' + ++count;
    const deeplink = element.hasAttribute('data-deeplink');
    // A shared host URL opens the same view, but never another dataset or mode.
    url.search = embedQuery(url.search, deeplink ? hashParams().get(key) : null);

    const frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = element.dataset.title || element.title || 'Nos mobilisations';
    frame.loading = 'lazy';
    frame.allow = 'fullscreen; clipboard-write';
    const sandbox = element.dataset.sandbox;
    if (sandbox != null) frame.setAttribute('sandbox', sandbox);
    // CSSOM, not a style attribute: allowed under a host's strict style-src.
    Object.assign(frame.style, {
      display: 'block',
      width: '100%',
      border: '0',
      aspectRatio: '4 / 3',
    });
    element.replaceChildren(frame);

    // A sandboxed frame without allow-same-origin has an opaque origin: only "*" reaches it.
    const target = sandbox != null && !/allow-same-origin/.test(sandbox) ? '*' : url.origin;
    // Keyed by strings a partner passes to on(): a Map, where "__proto__" is just a key.
    const handlers = new Map<unknown, Handler[]>();
    let queue: object[] | null = [];
    const send = (message: HostMessageData) => {
      const data = { source: 'campaign-explorer-host', version: 1, ...message };
      if (queue) queue.push(data);
      else frame.contentWindow?.postMessage(data, target);
    };

    addEventListener('message', (event) => {
      const data = event.data as EmbedMessage;
      // That frame's window, still showing the app's origin (an opaque sandbox says "null").
      if (
        event.source !== frame.contentWindow ||
        event.origin !== (target === '*' ? 'null' : target) ||
        !data ||
        data.source !== 'campaign-explorer' ||
        data.version !== 1
      )
        return;
      if (data.type === 'resize') {
        const height = Number(data.height);
        if (height > 0 && isFinite(height)) {
          frame.style.height = Math.ceil(Math.min(height, MAX_HEIGHT)) + 'px';
          frame.style.aspectRatio = 'auto';
        }
      }
      if (data.type === 'ready') {
        const pending = queue || [];
        queue = null;
        for (const message of pending) frame.contentWindow?.postMessage(message, target);
      }
      if (deeplink && (data.type === 'ready' || data.type === 'state')) {
        const query = data.type === 'ready' ? data.state && data.state.query : data.query;
        if (typeof query === 'string') mirror(key, viewOnly(query).toString());
      }
      for (const handler of handlers.get(data.type) || []) {
        try {
          handler(data);
        } catch (error) {
          // One partner handler's bug must not stop the others.
          setTimeout(() => {
            throw error;
          });
        }
      }
    });

    const api: EmbedApi = {
      element,
      iframe: frame,
      select: (id) => send({ type: 'select', id }),
      // filter(null) clears both; omitted keys stay unchanged.
      filter: (filter) =>
        send(
          filter == null
            ? { type: 'filter', country: null, period: null }
            : { type: 'filter', country: filter.country, period: filter.period },
        ),
      reset: () => send({ type: 'reset' }),
      theme: (theme) => send({ type: 'theme', theme }),
      on(type, handler) {
        if (typeof handler === 'function')
          handlers.set(type, [...(handlers.get(type) || []), handler]);
        return () => {
          handlers.set(
            type,
            (handlers.get(type) || []).filter((h) => h !== handler),
          );
        };
      },
    };
    element.campaignExplorer = api;
    embeds.push(api);
    return api;
  }

  function scan(root?: ParentNode | null, options?: Options) {
    // Called by partners' code: anything but a node scans the whole page.
    (root && typeof root.querySelectorAll == 'function' ? root : document)
      .querySelectorAll<Host>('[data-campaign-explorer]')
      .forEach((element) => init(element, options));
    return embeds;
  }

  // Loaded twice (two snippets on one page): the first copy does the work, with this
  // copy's origins too (the second may come from another site of the app).
  const existing = win.CampaignExplorer as { scan?: typeof scan } | undefined;
  if (existing && existing.scan) {
    existing.scan(document, { origins: allowed });
    return;
  }
  const first = () => embeds[0];
  win.CampaignExplorer = {
    embeds,
    scan,
    init,
    select: (id: string | null) => first()?.select(id),
    filter: (filter: Filter | null) => first()?.filter(filter),
    reset: () => first()?.reset(),
    theme: (theme: 'light' | 'dark' | 'auto') => first()?.theme(theme),
    on: (type: EmbedMessage['type'], handler: Handler) => {
      const api = first();
      return api ? api.on(type, handler) : () => {};
    },
  };
  scan();
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', () => scan());
})();
