import { describe, expect, it, vi } from 'vitest';
import { makeCampaign } from '../../tests/fixtures/make';
import { en } from '../lib/i18n/en';
import type { Messages } from '../lib/i18n/fr';
import type { Lang } from '../lib/view';
import { Locale } from './locale.svelte';

describe('Locale', () => {
  it('speaks French first, with French dates and country names', () => {
    const locale = new Locale();
    const c = makeCampaign({ id: 'a', title: 'Chine : #FreeTheFive', date: '2015-04' });
    expect(locale.lang).toBe('fr');
    expect(locale.formatDate(c)).toBe('avril 2015');
    expect(locale.countryName('UGA')).toBe('Ouganda');
    expect(locale.themeName('diplomatie')).toBe('diplomatie');
    expect(locale.campaignLabel(c)).toBe('Chine : #FreeTheFive, avril 2015');
  });

  it('switches once the catalogue has arrived', async () => {
    const locale = new Locale(async () => en);
    const switching = locale.set('en');
    expect(locale.loading).toBe('en');
    expect(locale.lang).toBe('fr');
    expect(await switching).toBe(true);
    expect(locale.lang).toBe('en');
    expect(locale.loading).toBeNull();
    expect(locale.countryName('UGA')).toBe('Uganda');
    expect(locale.themeName('diplomatie')).toBe('diplomacy');
    expect(locale.themeName('un tag neuf')).toBe('un tag neuf');
  });

  it('keeps the language shown when a catalogue fails, and tries again when asked again', async () => {
    const load = vi
      .fn<(lang: Lang) => Promise<Messages>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(en);
    const locale = new Locale(load);
    expect(await locale.set('en')).toBe(false);
    expect(locale.lang).toBe('fr');
    expect(locale.loading).toBeNull();
    expect(await locale.set('en')).toBe(true);
    expect(locale.lang).toBe('en');
  });

  it('lets a later choice win over a catalogue still on its way', async () => {
    let arrive: (m: Messages) => void = () => {};
    const locale = new Locale(() => new Promise((resolve) => (arrive = resolve)));
    const english = locale.set('en');
    await locale.set('fr');
    arrive(en);
    await english;
    expect(locale.lang).toBe('fr');
  });
});
