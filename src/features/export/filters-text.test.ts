// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { en } from '../../lib/i18n/en';
import { fr } from '../../lib/i18n/fr';
import { filtersText } from './filters-text';

const none = { themes: [], outcomes: [], query: '', country: null };

describe('filtersText', () => {
  it('says every active filter: themes, outcomes, search and country', () => {
    expect(
      filtersText(fr, {
        themes: ['sport', 'mariage'],
        outcomes: ['victory', 'ongoing'],
        query: ' Sotchi ',
        country: 'Suisse',
      }),
    ).toBe(
      'Thèmes\u00a0: sport, mariage · Issue\u00a0: Victoire, En cours · ' +
        'Recherche\u00a0: «\u202fSotchi\u202f» · Pays\u00a0: Suisse',
    );
  });

  it('says the period first when asked to', () => {
    expect(filtersText(fr, { ...none, period: '2012 – 2013', themes: ['sport'] })).toBe(
      'Période\u00a0: 2012 – 2013 · Thèmes\u00a0: sport',
    );
  });

  it('says nothing when no filter is active', () => {
    expect(filtersText(fr, none)).toBe('');
  });

  it('follows English typography in English', () => {
    expect(filtersText(en, { ...none, query: 'Sochi', country: 'Uganda' })).toBe(
      'Search: “Sochi” · Country: Uganda',
    );
  });
});
