// @vitest-environment node
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadNarratives } from './load-narratives';
import { parseDatasetText } from './parse';
import type { Dataset } from './schema';

const BASE = 'https://explorer.example/app/?data=sets/big.json';
const read = (name: string) => readFileSync(`tests/fixtures/split/${name}`, 'utf8');
const parsed = (text: string): Dataset => {
  const result = parseDatasetText(text);
  if (!result.ok) throw new Error('fixture');
  return result.dataset;
};
/** Answers `body` and records the URL asked for. */
const serving = (body: BodyInit, status = 200) => {
  const asked: string[] = [];
  const fetchFn: typeof fetch = async (input) => {
    asked.push(String(input));
    return new Response(body, { status });
  };
  return { asked, fetchFn };
};

describe('loadNarratives', () => {
  afterEach(() => void vi.useRealTimers());
  const dataset = parsed(read('valid.json'));

  it('fetches the file the dataset names, beside the dataset, and returns it checked', async () => {
    const { asked, fetchFn } = serving(read('valid.narratives.json'));
    const narratives = await loadNarratives('sets/big.json', dataset, BASE, fetchFn);
    expect(asked).toEqual(['https://explorer.example/app/sets/valid.narratives.json']);
    expect([...narratives.keys()]).toEqual(dataset.campaigns.map((c) => c.id));
  });

  it('rejects with the check:data lines, naming the file from the site root', async () => {
    const { fetchFn } = serving(read('narrative-missing.narratives.json'));
    await expect(loadNarratives('sets/big.json', dataset, BASE, fetchFn)).rejects.toThrow(
      'app/sets/valid.narratives.json › egalite-au-paraguay › narrative: missing from this file',
    );
  });

  it('reads, parses and checks the file in tasks of its own, pausing between them', async () => {
    const { fetchFn } = serving(read('valid.narratives.json'));
    const steps: string[] = [];
    const pause = async () => void steps.push('pause');
    const narratives = await loadNarratives('sets/big.json', dataset, BASE, fetchFn, pause);
    expect([...narratives.keys()]).toEqual(dataset.campaigns.map((c) => c.id));
    // A small file: one slice to decode, then a pause before the parse and one before the checks.
    expect(steps).toEqual(['pause', 'pause']);
  });

  it('says where a file that is not JSON breaks', async () => {
    const { fetchFn } = serving('{ "egalite-au-paraguay": [ "Texte." ');
    await expect(loadNarratives('sets/big.json', dataset, BASE, fetchFn)).rejects.toThrow(
      /^app\/sets\/valid\.narratives\.json › \(json\): not valid JSON/,
    );
  });

  it('reads the file by the rule of check:data: a BOM dropped, UTF-8 or the offset where it is not', async () => {
    const text = read('valid.narratives.json');
    const bom = serving(`\uFEFF${text}`).fetchFn;
    const narratives = await loadNarratives('sets/big.json', dataset, BASE, bom);
    expect([...narratives.keys()]).toEqual(dataset.campaigns.map((c) => c.id));
    const bytes = new TextEncoder().encode(text);
    const at = bytes.indexOf(0xc3); // the first accented letter, written in Latin-1 below
    const latin1 = new Uint8Array([...bytes.subarray(0, at), 0xe9, ...bytes.subarray(at + 2)]);
    await expect(
      loadNarratives('sets/big.json', dataset, BASE, serving(latin1).fetchFn),
    ).rejects.toThrow(`app/sets/valid.narratives.json › (encoding): not valid UTF-8 at byte ${at}`);
  });

  it('gives up on a server that does not answer, after the same 20 s as the dataset', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const hung = loadNarratives('sets/big.json', dataset, BASE, () => new Promise(() => {}));
    const outcome = expect(hung).rejects.toThrow(
      'app/sets/valid.narratives.json: no complete answer within 20 s (the server may be down or too slow)',
    );
    await vi.advanceTimersByTimeAsync(20_000);
    await outcome;
  });

  it('refuses a file that a redirect brought from another site', async () => {
    const foreign = new Response(read('valid.narratives.json'));
    Object.defineProperty(foreign, 'url', { value: 'https://evil.example/n.json' });
    await expect(
      loadNarratives('sets/big.json', dataset, BASE, async () => foreign),
    ).rejects.toThrow('app/sets/valid.narratives.json: refused — it redirects to another site');
  });

  it('says when the file is missing', async () => {
    const { fetchFn } = serving('not found', 404);
    await expect(loadNarratives('sets/big.json', dataset, BASE, fetchFn)).rejects.toThrow(
      'app/sets/valid.narratives.json: cannot load it (HTTP 404)',
    );
  });

  it('refuses a file on another site without fetching it', async () => {
    const { asked, fetchFn } = serving('{}');
    const elsewhere = { ...dataset, narratives: 'https://evil.example/n.json' };
    await expect(loadNarratives('sets/big.json', elsewhere, BASE, fetchFn)).rejects.toThrow(
      'https://evil.example/n.json: refused — only files from this site (https://explorer.example) can be loaded',
    );
    expect(asked).toEqual([]);
  });
});
