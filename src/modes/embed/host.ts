/**
 * embed.js, the host script (built on its own to dist/embed.js, IIFE, < 3 KB gz).
 * A partner writes
 *   <div data-campaign-explorer="https://…/?embed&campaign=…"></div>
 *   <script src="https://…/embed.js" async></script>
 * and gets a titled, lazy, responsive iframe that takes the height the explorer
 * reports, an API on the element (`div.campaignExplorer`) and on
 * `window.CampaignExplorer`, and with `data-deeplink` the view mirrored in the
 * page's hash (replaceState: the Back button is untouched).
 */
import type { EmbedMessage, HostMessageData } from './protocol';

type Handler = (message: EmbedMessage) => void;
type Filter = { country?: string | null; period?: string | null };

export interface EmbedApi {
  element: HTMLElement;
  iframe: HTMLIFrameElement;
  select(id: string | null): void;
  filter(filter: Filter): void;
  reset(): void;
  theme(theme: 'light' | 'dark' | 'auto'): void;
  /** Listens to `ready`, `resize`, `select`, `filter`, `state`; returns a function that stops. */
  on(type: EmbedMessage['type'], handler: Handler): () => void;
}

type Host = HTMLElement & { campaignExplorer?: EmbedApi };

(() => {
  const win = window as Window & { CampaignExplorer?: unknown };
  // Keys that belong to the embed's own src, never to a view restored from the hash.
  const MODE_KEYS = ['embed', 'theme', 'accent', 'hosts'];
  const embeds: EmbedApi[] = [];
  let count = 0;

  const hashParams = () => new URLSearchParams(location.hash.slice(1));
  const flags = (params: URLSearchParams) => params.toString().replace(/=(?=&|$)/g, '');

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

  function init(element: Host): EmbedApi {
    if (element.campaignExplorer) return element.campaignExplorer;
    const key = element.dataset.deeplink || 'ce-' + ++count;
    const deeplink = element.hasAttribute('data-deeplink');
    const url = new URL(element.dataset.campaignExplorer || './?embed', location.href);
    const saved = deeplink ? hashParams().get(key) : null;
    // A shared host URL opens the same view: the embed's own keys, then the saved view.
    const params = new URLSearchParams('embed');
    for (const [k, v] of url.searchParams)
      if (k !== 'embed' && (saved === null || MODE_KEYS.includes(k))) params.append(k, v);
    if (saved !== null)
      for (const [k, v] of new URLSearchParams(saved))
        if (!MODE_KEYS.includes(k)) params.append(k, v);
    url.search = flags(params);

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
    const handlers: Record<string, Handler[]> = {};
    let queue: object[] | null = [];
    const send = (message: HostMessageData) => {
      const data = { source: 'campaign-explorer-host', version: 1, ...message };
      if (queue) queue.push(data);
      else frame.contentWindow?.postMessage(data, target);
    };

    addEventListener('message', (event) => {
      const data = event.data as EmbedMessage;
      if (
        event.source !== frame.contentWindow ||
        !data ||
        data.source !== 'campaign-explorer' ||
        data.version !== 1
      )
        return;
      if (data.type === 'resize') {
        const height = Number(data.height);
        if (height > 0 && height < 1e5) {
          frame.style.height = Math.ceil(height) + 'px';
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
        if (typeof query === 'string') mirror(key, query);
      }
      for (const handler of handlers[data.type] || []) {
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
      filter: ({ country, period }) => send({ type: 'filter', country, period }),
      reset: () => send({ type: 'reset' }),
      theme: (theme) => send({ type: 'theme', theme }),
      on(type, handler) {
        (handlers[type] = handlers[type] || []).push(handler);
        return () => {
          handlers[type] = (handlers[type] || []).filter((h) => h !== handler);
        };
      },
    };
    element.campaignExplorer = api;
    embeds.push(api);
    return api;
  }

  function scan(root: ParentNode = document) {
    root.querySelectorAll<Host>('[data-campaign-explorer]').forEach(init);
    return embeds;
  }

  // Loaded twice (two snippets on one page): the first copy does the work.
  const existing = win.CampaignExplorer as { scan?: typeof scan } | undefined;
  if (existing && existing.scan) {
    existing.scan();
    return;
  }
  const first = () => embeds[0];
  win.CampaignExplorer = {
    embeds,
    scan,
    init,
    select: (id: string | null) => first()?.select(id),
    filter: (filter: Filter) => first()?.filter(filter),
    reset: () => first()?.reset(),
    theme: (theme: 'light' | 'dark' | 'auto') => first()?.theme(theme),
    on: (type: EmbedMessage['type'], handler: Handler) => first()?.on(type, handler),
  };
  scan();
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', () => scan());
})();
