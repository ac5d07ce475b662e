// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { monthKey } from '../time/month-key';
import { describeFilters } from './describe';

const none = { themes: [], outcomes: [], query: '', range: null, country: null };

describe('describeFilters', () => {
  it('says nothing when nothing narrows the view', () => {
    expect(describeFilters(none, fr, (t) => t)).toBe('');
  });

  it('names every active filter, in the reader’s language', () => {
    const active = {
      themes: ['sport', 'diplomatie'],
      outcomes: ['victory' as const],
      query: ' sotchi ',
      range: [monthKey('2012-01'), monthKey('2014-12')] as const,
      country: 'Russie',
    };
    expect(describeFilters(active, fr, (t) => t)).toBe(
      'Thèmes\u00a0: sport, diplomatie · Issue\u00a0: Victoire · Rechercher\u00a0: «\u202fsotchi\u202f» · Période\u00a0: 2012 – 2014 · Pays\u00a0: Russie',
    );
    expect(
      describeFilters({ ...active, country: 'Russia' }, en, (t) => en.themeNames[t] ?? t),
    ).toBe(
      'Themes: sport, diplomacy · Outcome: Victory · Search: “sotchi” · Period: 2012 – 2014 · Country: Russia',
    );
  });
});
