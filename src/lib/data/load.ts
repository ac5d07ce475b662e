/**
 * `?data=<path>`: another dataset at run time, same origin only, validated by the
 * same schema with the same messages as `npm run check:data`. The schema code is
 * loaded only here, so the default view does not carry it.
 */
import { formatProblem, jsonProblem } from './problem.ts';
import type { Dataset } from './schema.ts';
import { decodeUtf8 } from './utf8.ts';

/** `retry`: the failure may pass (a timeout, the network, the server's own error). */
type Failed = { ok: false; lines: string[]; retry?: boolean };

export type LoadResult = { ok: true; dataset: Dataset } | Failed;

/**
 * How long a data file may take to answer, and then its body to arrive. The real
 * dataset arrives in well under a second, and a file of 10 000 campaigns (3 MB
 * gzipped) in a few seconds on a slow line; after 20 s of « Chargement des
 * campagnes… » a reader is better told, and offered a retry or the default campaigns.
 */
export const DATA_TIMEOUT_MS = 20_000;

/**
 * The bytes of a file from this site, never another's, even through a redirect.
 * `shown` names it in the lines that say what went wrong.
 */
export async function fetchBytes(
  path: string,
  base: string,
  fetchFn: typeof fetch = fetch,
  shown = path,
): Promise<{ ok: true; bytes: ArrayBuffer } | Failed> {
  let url: URL;
  try {
    url = new URL(path, base);
  } catch {
    return { ok: false, lines: [`${shown}: not a valid path`] };
  }
  const origin = new URL(base).origin;
  const site = `only files from this site (${origin}) can be loaded`;
  if (url.origin !== origin) return { ok: false, lines: [`${shown}: refused — ${site}`] };
  const redirected: Failed = {
    ok: false,
    lines: [`${shown}: refused — it redirects to another site, and ${site}`],
  };
  const controller = new AbortController();
  const startClock = () => setTimeout(() => controller.abort(), DATA_TIMEOUT_MS);
  let timer = startClock();
  // Settles the race at the deadline whatever fetchFn does with the signal: a body
  // may stall after its headers.
  const deadline = new Promise<never>((_, reject) =>
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason)),
  );
  deadline.catch(() => {});
  const within = <T>(work: Promise<T>) => Promise.race([work, deadline]);
  // same-origin: a redirect to another origin fails as a network error, before any
  // request goes there; the final URL is checked all the same.
  const init: RequestInit = { mode: 'same-origin', signal: controller.signal };
  try {
    let response: Response;
    try {
      response = await within(fetchFn(url, init));
    } catch (error) {
      // A network error says nothing more: ask again without following, to tell a redirect.
      if (!controller.signal.aborted) {
        const manual = await within(fetchFn(url, { ...init, redirect: 'manual' })).catch(
          () => undefined,
        );
        const { type = '', status = 0 } = manual ?? {};
        if (type === 'opaqueredirect' || (status >= 300 && status < 400)) return redirected;
      }
      throw error;
    }
    if (response.url && new URL(response.url).origin !== origin) return redirected;
    if (!response.ok)
      return {
        ok: false,
        retry: response.status >= 500,
        lines: [`${shown}: cannot load it (HTTP ${response.status})`],
      };
    // Single-page servers answer unknown paths with the app itself.
    if (response.headers.get('content-type')?.includes('html')) {
      return { ok: false, lines: [`${shown}: not found (the server answered with a web page)`] };
    }
    clearTimeout(timer);
    timer = startClock();
    // Not json(): that streams the body through this thread chunk by chunk, while a
    // blob is gathered by the network stack and read back in one copy. Measured in
    // Chromium on a 14 MB file: json() 320–680 ms, blob → decode → parse 200–230 ms.
    return { ok: true, bytes: await within(response.blob().then((blob) => blob.arrayBuffer())) };
  } catch (error) {
    const why = controller.signal.aborted
      ? `no complete answer within ${DATA_TIMEOUT_MS / 1000} s (the server may be down or too slow)`
      : `cannot load it (${(error as Error).message})`;
    return { ok: false, retry: true, lines: [`${shown}: ${why}`] };
  } finally {
    clearTimeout(timer);
  }
}

/** JSON text parsed, not checked; a syntax error becomes the line that places it. */
export function parseJson(text: string, shown: string): { ok: true; raw: unknown } | Failed {
  try {
    return { ok: true, raw: JSON.parse(text) };
  } catch (error) {
    return { ok: false, lines: [formatProblem(shown, jsonProblem(error))] };
  }
}

export async function loadDataset(
  path: string,
  base: string,
  fetchFn: typeof fetch = fetch,
): Promise<LoadResult> {
  // The validator's chunk downloads while the file does (a failure is reported below, once).
  const validator = import('./parse.ts').catch((error: Error) => error);
  const fetched = await fetchBytes(path, base, fetchFn);
  if (!fetched.ok) return fetched;
  const decoded = decodeUtf8(fetched.bytes);
  if (!decoded.ok) return { ok: false, lines: [formatProblem(path, decoded.problem)] };
  const parsed = parseJson(decoded.text, path);
  if (!parsed.ok) return parsed;
  const parser = await validator;
  if (parser instanceof Error)
    return { ok: false, lines: [`${path}: cannot check it (${parser.message})`] };
  const result = parser.parseDataset(parsed.raw);
  return result.ok
    ? result
    : { ok: false, lines: result.problems.map((p) => formatProblem(path, p)) };
}
