// @vitest-environment node
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATA_TIMEOUT_MS, fetchBytes, loadDataset } from './load';
import { formatProblem, parseDatasetText, type DataProblem } from './parse';

const BASE = 'https://explorer.example/app/';
const serve =
  (status: number, body: BodyInit): typeof fetch =>
  async () =>
    new Response(body, { status });

describe('loadDataset', () => {
  it('loads and validates a same-origin file', async () => {
    const body = readFileSync('tests/fixtures/valid-small.json', 'utf8');
    const result = await loadDataset('data/other.json', BASE, serve(200, body));
    expect(result.ok && result.dataset.campaigns).toHaveLength(3);
  });

  it('drops a byte order mark and refuses bytes that are not UTF-8, as check:data does', async () => {
    const bom = readFileSync('tests/fixtures/valid-small-bom.json');
    const loaded = await loadDataset('data/bom.json', BASE, serve(200, bom));
    expect(loaded.ok && loaded.dataset.campaigns).toHaveLength(3);
    const latin1 = readFileSync('tests/fixtures/broken/not-utf8.json');
    expect(await loadDataset('data/x.json', BASE, serve(200, latin1))).toEqual({
      ok: false,
      lines: ['data/x.json › (encoding): not valid UTF-8 at byte 197'],
    });
  });

  it('refuses another origin with a clear message, without fetching', async () => {
    let fetched = false;
    const result = await loadDataset('https://evil.example/x.json', BASE, async () => {
      fetched = true;
      return new Response('{}');
    });
    expect(fetched).toBe(false);
    expect(result).toEqual({
      ok: false,
      lines: [
        'https://evil.example/x.json: refused — only files from this site (https://explorer.example) can be loaded',
      ],
    });
  });

  it('says when the path does not exist, and that trying again may help when the server failed', async () => {
    expect(await loadDataset('nope.json', BASE, serve(404, 'not found'))).toEqual({
      ok: false,
      retry: false,
      lines: ['nope.json: cannot load it (HTTP 404)'],
    });
    expect(await loadDataset('x.json', BASE, serve(503, 'unavailable'))).toEqual({
      ok: false,
      retry: true,
      lines: ['x.json: cannot load it (HTTP 503)'],
    });
  });

  it('says when a single-page server answers with a web page instead', async () => {
    const html: typeof fetch = async () =>
      new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } });
    expect(await loadDataset('nope.json', BASE, html)).toEqual({
      ok: false,
      lines: ['nope.json: not found (the server answered with a web page)'],
    });
  });

  it('reports an invalid file with the check:data lines', async () => {
    const body = readFileSync('tests/fixtures/broken/unknown-country.json', 'utf8');
    const result = await loadDataset('bad.json', BASE, serve(200, body));
    expect(result).toEqual({
      ok: false,
      lines: [
        'bad.json › chine-free-the-five › countries[0].code: unknown ISO 3166-1 alpha-3 code "XXX"',
      ],
    });
  });

  it('reports a network failure', async () => {
    const result = await loadDataset('x.json', BASE, async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(result).toEqual({
      ok: false,
      retry: true,
      lines: ['x.json: cannot load it (Failed to fetch)'],
    });
  });

  it('reports a file that is not JSON as check:data does, without loading the validator first', async () => {
    const body = '{"campaigns": [ oops ]}';
    const result = await loadDataset('x.json', BASE, serve(200, body));
    const expected = parseDatasetText(body);
    expect(expected.ok).toBe(false);
    expect(result).toEqual({
      ok: false,
      lines: [formatProblem('x.json', (expected as { problems: DataProblem[] }).problems[0]!)],
    });
    expect((result as { lines: string[] }).lines[0]).toMatch(
      /^x\.json › \(json\): not valid JSON: /,
    );
  });
});

describe('fetchBytes and redirects', () => {
  const REFUSED =
    'data/x.json: refused — it redirects to another site, and only files from this site (https://explorer.example) can be loaded';
  /** A response as fetch gives it after following redirects to `url`. */
  const arrivedFrom = (url: string, body = '{}') => {
    const response = new Response(body);
    Object.defineProperty(response, 'url', { value: url });
    return response;
  };

  it('asks in same-origin mode, so that a browser never follows a redirect elsewhere', async () => {
    const modes: (RequestMode | undefined)[] = [];
    await fetchBytes('data/x.json', BASE, async (_, init) => {
      modes.push(init?.mode);
      return new Response('{}');
    });
    expect(modes).toEqual(['same-origin']);
  });

  it('refuses a response that arrived from another origin, without reading it', async () => {
    const response = arrivedFrom('https://evil.example/x.json');
    expect(await fetchBytes('data/x.json', BASE, async () => response)).toEqual({
      ok: false,
      lines: [REFUSED],
    });
    expect(response.bodyUsed).toBe(false);
  });

  it('keeps a redirect within the site', async () => {
    const moved = await fetchBytes('data/x.json', BASE, async () =>
      arrivedFrom('https://explorer.example/elsewhere/x.json', '[1]'),
    );
    expect(moved.ok && new TextDecoder().decode(moved.bytes)).toBe('[1]');
  });

  it('says a failed request was a redirect elsewhere, asking again without following it', async () => {
    const asked: (RequestRedirect | undefined)[] = [];
    const result = await fetchBytes('data/x.json', BASE, async (_, init) => {
      asked.push(init?.redirect);
      // What a browser does in same-origin mode, then with redirect: 'manual'.
      if (init?.redirect !== 'manual') throw new TypeError('Failed to fetch');
      const opaque = new Response(null, { status: 200 });
      Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
      return opaque;
    });
    expect(asked).toEqual([undefined, 'manual']);
    expect(result).toEqual({ ok: false, lines: [REFUSED] });
  });
});

describe('fetchBytes and a server that does not answer', () => {
  afterEach(() => void vi.useRealTimers());
  const TIMED_OUT = {
    ok: false,
    retry: true,
    lines: ['data/x.json: no complete answer within 20 s (the server may be down or too slow)'],
  };

  it('gives up after 20 s without headers, and aborts the request', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let signal: AbortSignal | undefined;
    const pending = fetchBytes('data/x.json', BASE, (_, init) => {
      signal = init?.signal ?? undefined;
      return new Promise<Response>(() => {});
    });
    await vi.advanceTimersByTimeAsync(DATA_TIMEOUT_MS - 1);
    expect(signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toEqual(TIMED_OUT);
    expect(signal?.aborted).toBe(true);
  });

  it('gives up when the body stalls after the headers, 20 s after they came', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const stalled = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(new TextEncoder().encode('{"campaigns": [')),
    });
    let answered = false;
    const pending = fetchBytes('data/x.json', BASE, async () => {
      await new Promise((resolve) => setTimeout(resolve, 15_000));
      answered = true;
      return new Response(stalled);
    });
    await vi.advanceTimersByTimeAsync(15_000);
    expect(answered).toBe(true);
    // The headers came at 15 s: the body has its own 20 s from then.
    await vi.advanceTimersByTimeAsync(DATA_TIMEOUT_MS - 1);
    let settled = false;
    void pending.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toEqual(TIMED_OUT);
  });

  it('leaves no timer behind once the file has arrived', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    expect((await fetchBytes('data/x.json', BASE, serve(200, '{}'))).ok).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});
