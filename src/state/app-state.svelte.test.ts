import { describe, expect, it, vi } from 'vitest';
import { makeDataset } from '../../tests/fixtures/make';
import { en } from '../lib/i18n/en';
import { yearRange } from '../lib/time/range';
import { AppState } from './app-state.svelte';

const dataset = makeDataset([
  {
    id: 'tv9',
    title: 'Le reportage de TV9',
    date: '2011-02',
    countries: ['IND'],
    tags: ['médias'],
  },
  { id: 'loi', title: 'Ouganda : la loi', date: '2011-03', countries: ['UGA'] },
  { id: 'free', title: 'Chine : #FreeTheFive', date: '2015-04', countries: ['CHN'] },
]);
const make = (options?: ConstructorParameters<typeof AppState>[1]) =>
  new AppState(dataset, options);

describe('AppState', () => {
  it('opens a campaign, says so in French, and closes it', () => {
    const app = make();
    app.select('free');
    expect(app.selection.campaign?.title).toBe('Chine : #FreeTheFive');
    expect(app.announcer.text).toBe('Chine : #FreeTheFive, avril 2015, sélectionnée');
    app.select(null);
    expect(app.selection.id).toBeNull();
    expect(app.announcer.text).toBe(app.locale.messages.announceClosed);
  });

  it('ignores an unknown campaign', () => {
    const app = make();
    app.select('nope');
    expect(app.selection.id).toBeNull();
    expect(app.announcer.text).toBe('');
  });

  it('toggles a country and says how many campaigns it has', () => {
    const app = make();
    app.selectCountry('UGA');
    expect(app.announcer.text).toBe('Ouganda\u00a0: 1 campagne');
    app.selectCountry('UGA');
    expect(app.selection.country).toBeNull();
  });

  it('steps to the neighbour in date order', () => {
    const app = make();
    app.select('tv9');
    app.step(1);
    expect(app.selection.id).toBe('loi');
    app.step(-1);
    app.step(-1);
    expect(app.selection.id).toBe('tv9');
  });

  it('says how many campaigns a theme keeps', () => {
    const app = make();
    app.toggleTheme('médias');
    expect(app.filters.visible.map((c) => c.id)).toEqual(['tv9']);
    expect(app.announcer.text).toBe(app.locale.messages.announceFilters(1));
  });

  it('writes its view and reads it back', () => {
    const app = make();
    app.select('free');
    app.setTimeRange(yearRange(2015));
    app.toggleTheme('médias');
    app.setMetric('people');
    const other = make({ view: app.view });
    expect(other.view).toEqual(app.view);
    expect(other.view.period).toEqual(yearRange(2015));
  });

  it('draws a preloaded catalogue at once, and loads one in the intent otherwise', async () => {
    expect(make({ view: { lang: 'en' }, messages: en }).locale.lang).toBe('en');
    const app = make({ catalogue: async () => en });
    await app.setLang('en');
    expect(app.locale.messages.lang).toBe('en');
    expect(app.view.lang).toBe('en');
  });

  it('keeps French and says so when English cannot be loaded', async () => {
    const app = make({ catalogue: () => Promise.reject(new Error('offline')) });
    await app.setLang('en');
    expect(app.locale.lang).toBe('fr');
    expect(app.view.lang).toBe('fr');
    expect(app.announcer.notices).toEqual([app.locale.messages.languageFailed]);
  });

  it('asks for narratives kept apart with a selection, a hover or a search, once', () => {
    const load = vi.fn(async () => new Map());
    const app = make({ narratives: load });
    app.hoverCountry('UGA');
    expect(load).not.toHaveBeenCalled();
    app.hoverCampaign('tv9');
    app.select('loi');
    app.setQuery('loi');
    expect(load).toHaveBeenCalledTimes(1);
    expect(app.narratives.status).toBe('loading');
  });

  it('is read-only from outside: fields change through intents only', () => {
    const app = make();
    expect(() => {
      // @ts-expect-error the facade has no setters
      app.selection.id = 'free';
    }).toThrow(TypeError);
    expect(app.selection.id).toBeNull();
  });
});
