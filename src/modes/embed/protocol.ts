/**
 * The embed's postMessage contract, version 1 (documented in README.md, "Embedding").
 * Hosts may import these types. The embed posts `EmbedMessage`s to its parent and
 * accepts `HostMessage`s from its parent only; `parseHostMessage` validates every
 * inbound message and returns null for anything else, which is then ignored.
 */
import { isIsoAlpha3 } from '../../lib/geo/iso';
import { formatPeriod, parsePeriod, toParams } from '../../lib/url/params';
import { type View } from '../../lib/view';
import type { TimeRange } from '../../lib/time/range';

export const EMBED_SOURCE = 'campaign-explorer';
export const HOST_SOURCE = 'campaign-explorer-host';
export const PROTOCOL_VERSION = 1;

export type Theme = 'light' | 'dark' | 'auto';
export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/** The view as the host sees it; `query` is the explorer's own query string (no `?`, no mode keys). */
export interface EmbedView {
  query: string;
  campaign: string | null;
  country: string | null;
  /** In URL form: "2013", "2012..2014", "2015..ongoing". */
  period: string | null;
}

interface Envelope {
  source: typeof EMBED_SOURCE;
  version: typeof PROTOCOL_VERSION;
}

/** Sent once the explorer listens: every campaign id and the current view. */
export interface ReadyMessage extends Envelope {
  type: 'ready';
  ids: string[];
  state: EmbedView;
}
/** The content's height in CSS pixels, whenever it changes. */
export interface ResizeMessage extends Envelope {
  type: 'resize';
  height: number;
}
export interface SelectMessage extends Envelope {
  type: 'select';
  id: string | null;
}
export interface FilterMessage extends Envelope {
  type: 'filter';
  country: string | null;
  period: string | null;
}
export interface StateMessage extends Envelope, EmbedView {
  type: 'state';
}

export type EmbedMessage =
  ReadyMessage | ResizeMessage | SelectMessage | FilterMessage | StateMessage;
export type EmbedEvent = EmbedMessage['type'];

/** What a host posts: `{ source: "campaign-explorer-host", version: 1, type, … }`. */
export type HostMessageData =
  | { type: 'select'; id: string | null }
  | { type: 'filter'; country?: string | null; period?: string | null }
  | { type: 'reset' }
  | { type: 'theme'; theme: Theme };
export type HostMessage = HostMessageData & {
  source: typeof HOST_SOURCE;
  version: typeof PROTOCOL_VERSION;
};

/** A validated host message, in the explorer's own terms. Absent filter keys mean "unchanged". */
export type HostCommand =
  | { type: 'select'; id: string | null }
  | { type: 'filter'; country?: string | null; period?: TimeRange | null }
  | { type: 'reset' }
  | { type: 'theme'; theme: Theme };

export interface KnownIds {
  campaignIds: ReadonlySet<string>;
}

const MAX_TEXT = 64;

type Field<T> = { value: T } | null;

/** A string of sane length or null; `absent` when the key is missing or undefined. */
function textOrNull(data: Record<string, unknown>, key: string): Field<string | null> | 'absent' {
  if (!Object.hasOwn(data, key) || data[key] === undefined) return 'absent';
  const value = data[key];
  if (value === null) return { value: null };
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_TEXT) return null;
  return { value };
}

function filterCommand(data: Record<string, unknown>): HostCommand | null {
  const country = textOrNull(data, 'country');
  const period = textOrNull(data, 'period');
  if (country === null || period === null) return null;
  if (country === 'absent' && period === 'absent') return null;
  const command: HostCommand & { type: 'filter' } = { type: 'filter' };
  if (country !== 'absent') {
    const code = country.value?.toUpperCase() ?? null;
    if (code !== null && !isIsoAlpha3(code)) return null;
    command.country = code;
  }
  if (period !== 'absent') {
    if (period.value === null) command.period = null;
    else {
      const range = parsePeriod(period.value);
      if (!range) return null;
      command.period = range;
    }
  }
  return command;
}

function parse(data: unknown, known: KnownIds): HostCommand | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const message = data as Record<string, unknown>;
  if (message.source !== HOST_SOURCE || message.version !== PROTOCOL_VERSION) return null;
  switch (message.type) {
    case 'select': {
      const id = textOrNull(message, 'id');
      if (id === null || id === 'absent') return null;
      if (id.value !== null && !known.campaignIds.has(id.value)) return null;
      return { type: 'select', id: id.value };
    }
    case 'filter':
      return filterCommand(message);
    case 'reset':
      return { type: 'reset' };
    case 'theme': {
      const theme = message.theme;
      return typeof theme === 'string' && (THEMES as readonly string[]).includes(theme)
        ? { type: 'theme', theme: theme as Theme }
        : null;
    }
    default:
      return null;
  }
}

/** Validates a message from the host; null for anything malformed or unknown (never throws). */
export function parseHostMessage(data: unknown, known: KnownIds): HostCommand | null {
  try {
    return parse(data, known);
  } catch {
    return null;
  }
}

/** The view in the protocol's terms: the query string the explorer would put in its URL. */
export function toEmbedView(view: View): EmbedView {
  return {
    query: toParams(view).toString(),
    campaign: view.campaign,
    country: view.country,
    period: view.period ? formatPeriod(view.period) : null,
  };
}
