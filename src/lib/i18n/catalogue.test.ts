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
