/**
 * The embed's side of the wire: posts to the parent (only when framed), in the
 * protocol's envelope, and sends each kind of update only when it changed.
 */
import { EMBED_SOURCE, PROTOCOL_VERSION, type EmbedMessage } from './protocol';

type Payload<T extends EmbedMessage['type']> = Omit<
  Extract<EmbedMessage, { type: T }>,
  'source' | 'version' | 'type'
>;

export interface Channel {
  post<T extends EmbedMessage['type']>(type: T, payload: Payload<T>): void;
  /** Posts unless the same payload was the last one of this type. */
  postIfChanged<T extends EmbedMessage['type']>(type: T, payload: Payload<T>): void;
  /** Records a payload as already known to the host (sent in `ready`). */
  remember<T extends EmbedMessage['type']>(type: T, payload: Payload<T>): void;
  /** The three resize dialects (ours, AMP, embed.ly), deduplicated. */
  resize(height: number, href: string): void;
}

/**
 * `hosts` (from `?hosts=`) limits who can read the messages: each is posted to
 * those origins only. Without it, to any parent: the messages carry only the
 * public view.
 */
export function createChannel(parent: Window, hosts: ReadonlySet<string> | null): Channel {
  const last = new Map<string, string>();
  const targets = hosts ? [...hosts] : ['*'];
  const send = (message: unknown) => {
    for (const origin of targets) parent.postMessage(message, origin);
  };
  const channel: Channel = {
    post(type, payload) {
      last.set(type, JSON.stringify(payload));
      send({ source: EMBED_SOURCE, version: PROTOCOL_VERSION, type, ...payload });
    },
    postIfChanged(type, payload) {
      if (last.get(type) !== JSON.stringify(payload)) channel.post(type, payload);
    },
    remember(type, payload) {
      last.set(type, JSON.stringify(payload));
    },
    resize(height, href) {
      const key = String(height);
      if (last.get('resize') === key) return;
      last.set('resize', key);
      send({ source: EMBED_SOURCE, version: PROTOCOL_VERSION, type: 'resize', height });
      send({ sentinel: 'amp', type: 'embed-size', height });
      send(JSON.stringify({ src: href, context: 'iframe.resize', height }));
    },
  };
  return channel;
}

/**
 * The content's own height: the root's box, not scrollHeight, which never drops
 * below the viewport and would keep an auto-height iframe from shrinking.
 */
export function contentHeight(doc: Document): number {
  return Math.ceil(doc.documentElement.getBoundingClientRect().height);
}
