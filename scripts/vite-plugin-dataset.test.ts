// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { campaignDataset, sourceCopy } from './vite-plugin-dataset';

const saved = process.env.DATA;
afterEach(() => {
  if (saved === undefined) delete process.env.DATA;
  else process.env.DATA = saved;
});

/** What the plugin serves for a virtual module, and the files it asked Vite to watch. */
function load(data: string, id: 'virtual:campaigns' | 'virtual:narratives') {
  process.env.DATA = data;
  const plugin = campaignDataset();
  const watched: string[] = [];
  const context = {
    addWatchFile: (file: string) => watched.push(file),
    error: (message: string) => {
      throw new Error(message);
    },
  };
  const resolved = (plugin.resolveId as unknown as (id: string) => string)(id);
  const code = (plugin.load as unknown as (this: typeof context, id: string) => string).call(
    context,
    resolved,
  );
  const body = code
    .replace(/^export default /, '')
    .replace(/\nexport const sourceFile = .*$/, '')
    .replace(/;$/, '');
  // The narratives are a Map of [id, narrative] entries, the dataset a JSON object.
  const entries = /^new Map\((.*)\)$/s.exec(body);
  const value = entries ? new Map(JSON.parse(entries[1]!)) : JSON.parse(body);
  return { value, watched };
}

describe('campaignDataset (the build reads DATA)', () => {
  it('builds a dataset whose narratives are apart like one that keeps them inline', () => {
    const inline = load('tests/fixtures/valid-small.json', 'virtual:campaigns').value;
    const split = load('tests/fixtures/split/valid.json', 'virtual:campaigns');
    expect(split.value).toEqual(inline);
    expect(split.value.narratives).toBeUndefined();
    expect(split.watched.some((f) => f.endsWith('split/valid.narratives.json'))).toBe(true);
    expect(load('tests/fixtures/split/valid.json', 'virtual:narratives').value).toEqual(
      load('tests/fixtures/valid-small.json', 'virtual:narratives').value,
    );
  });

  it('leaves out of the app what it never shows: evidence of roles and kinds, data notes', () => {
    const { value } = load('data/campaigns.json', 'virtual:campaigns');
    const text = JSON.stringify(value);
    expect(text).not.toMatch(/"evidence"|"dataNotes"/);
    // The outcome's evidence is shown (the panel quotes it).
    expect(text).toContain('"outcomeEvidence"');
  });

  it('serves the narratives as a Map by id, ids such as constructor included', () => {
    const { value } = load('tests/fixtures/odd-ids.json', 'virtual:narratives');
    expect(value).toBeInstanceOf(Map);
    expect([...value.keys()]).toEqual(['constructor', 'prototype', 'jeux-de-sotchi']);
    expect(value.get('constructor')[0]).toMatch(/^Dès que 5 militantes/);
  });

  it('stops on a problem in the file of narratives, naming it', () => {
    expect(() => load('tests/fixtures/split/narrative-missing.json', 'virtual:campaigns')).toThrow(
      'tests/fixtures/split/narrative-missing.narratives.json › egalite-au-paraguay › narrative: missing from this file',
    );
  });

  it('copies the source beside the page only from a plain relative path', () => {
    expect(sourceCopy('source/nos-mobilisations.txt')).toBe('source/nos-mobilisations.txt');
    expect(sourceCopy('./source/../source/a.txt')).toBe('source/a.txt');
    for (const path of [
      '../secret.txt',
      '/etc/passwd',
      'https://x.org/a.txt',
      'a b.txt',
      undefined,
    ])
      expect(sourceCopy(path)).toBeUndefined();
  });
});
