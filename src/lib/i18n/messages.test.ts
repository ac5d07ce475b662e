import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';

describe('counting messages', () => {
  it('resultsCount agrees in number in French: none, one, several, all', () => {
    expect(fr.resultsCount(0, 13)).toBe('aucune campagne sur 13');
    expect(fr.resultsCount(1, 13)).toBe('1 campagne sur 13');
    expect(fr.resultsCount(2, 13)).toBe('2 campagnes sur 13');
    expect(fr.resultsCount(13, 13)).toBe('13 campagnes');
    expect(fr.resultsCount(1, 10000)).toBe('1 campagne sur 10\u202f000');
  });

  it('presentOpening says how many are ongoing from the data, not a fixed « une »', () => {
    expect(fr.presentOpening(13, 2011, 2015, 1)).toBe(
      '13 campagnes, de 2011 à 2015, dont une en cours',
    );
    expect(fr.presentOpening(500, 2006, 2025, 10)).toBe(
      '500 campagnes, de 2006 à 2025, dont 10 en cours',
    );
    expect(fr.presentOpening(12, 2011, 2015, 0)).toBe('12 campagnes, de 2011 à 2015');
    expect(en.presentOpening(13, 2011, 2015, 1)).toBe(
      '13 campaigns, from 2011 to 2015, one of them ongoing',
    );
  });

  it('listMore agrees in number: « 1 campagne », « 50 campagnes »', () => {
    expect(fr.listMore(1)).toBe('Afficher 1 campagne de plus');
    expect(fr.listMore(50)).toBe('Afficher 50 campagnes de plus');
    expect(en.listMore(1)).toBe('Show 1 more campaign');
    expect(en.listMore(50)).toBe('Show 50 more campaigns');
  });
});

describe('the tab title', () => {
  it('is in French what index.html paints before the app runs, so hydration changes nothing', () => {
    const html = readFileSync('index.html', 'utf8');
    expect(html).toContain(`<title>${fr.documentTitle}</title>`);
  });

  it('has an English version that names the app as the English page does', () => {
    expect(en.documentTitle.startsWith(`${en.appTitle} · `)).toBe(true);
  });
});
