import { describe, expect, it } from 'vitest';
import { loadCatalogue } from './catalogue';
import { en } from './en';
import { fr } from './fr';

describe('loadCatalogue', () => {
  it('gives the French strings for fr and the English ones for en', async () => {
    expect(await loadCatalogue('fr')).toBe(fr);
    expect(await loadCatalogue('en')).toBe(en);
  });
});

describe('the English catalogue', () => {
  it('names every theme of the dataset, and writes English typography', async () => {
    const { default: dataset } = await import('../../../data/campaigns.json');
    const tags = new Set(dataset.campaigns.flatMap((c) => c.tags ?? []));
    for (const tag of tags) expect(en.themeNames[tag], tag).toMatch(/^[a-z’ ]+$/);
    expect(en.themeNames['droits des femmes']).toBe('women’s rights');
    expect(en.source('All Out', 'Nos mobilisations')).toMatch(/^Source: All Out, /);
    expect(fr.source('All Out', 'Nos mobilisations')).toMatch(/^Source\u00a0: All Out, /);
  });
});
