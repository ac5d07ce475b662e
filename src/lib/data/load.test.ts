// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from './load';
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

  it('says when the path does not exist', async () => {
    expect(await loadDataset('nope.json', BASE, serve(404, 'not found'))).toEqual({
      ok: false,
      lines: ['nope.json: cannot load it (HTTP 404)'],
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
    expect(result).toEqual({ ok: false, lines: ['x.json: cannot load it (Failed to fetch)'] });
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
