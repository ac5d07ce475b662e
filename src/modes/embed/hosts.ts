/**
 * `?hosts=https://a.org,https://b.org`: the origins allowed to command an embed.
 * Apart from protocol.ts so that any page can name the entries it ignores without
 * loading the protocol.
 */
import { webOrigins } from './host-url';

export interface Hosts {
  /** Null when the parameter is absent (any parent may); empty when nothing listed is usable (no parent may). */
  origins: Set<string> | null;
  /** The entries that are not http(s) URLs, as written. */
  rejected: string[];
}

export function readHosts(value: string | null): Hosts {
  if (value === null) return { origins: null, rejected: [] };
  const origins = new Set<string>();
  const rejected: string[] = [];
  for (const part of value.split(',').map((p) => p.trim())) {
    if (!part) continue;
    const [origin] = webOrigins([part]);
    if (origin) origins.add(origin);
    else rejected.push(part);
  }
  return { origins, rejected };
}
