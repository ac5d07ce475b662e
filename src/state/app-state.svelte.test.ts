import { describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import raw from '../../data/campaigns.json';
import { narrativesOf } from '../lib/data/parse';
import type { Dataset } from '../lib/data/schema';
import { totalsOf, type Totals } from '../lib/scales/totals';
import { yearRange } from '../lib/time/range';
import { AppState } from './app-state.svelte';

const dataset = raw as Dataset;
const make = () => new AppState(dataset);
const ids = (list: readonly { id: string }[]) => list.map((c) => c.id);

describe('AppState', () => {
  it('orders campaigns by date, oldest first, ongoing last', () => {
    const app = make();
    expect(app.campaigns[0]?.id).toBe('reportage-tv9');
    expect(app.campaigns.at(-1)?.id).toBe('contre-les-traitements-anti-gays');
  });

  it('derives the span from the data: whole years 2011 to 2015, plus ongoing', () => {
    const app = make();
    expect(app.span).toEqual(yearRange(2011, 2015));
    expect(app.hasOngoing).toBe(true);
  });

  it('select opens a campaign and announces it in French', () => {
    const app = make();
    app.select('chine-free-the-five');
    expect(app.selected?.title).toBe('Chine : #FreeTheFive');
    expect(app.announcement).toBe('Chine : #FreeTheFive, avril 2015, sélectionnée');
  });

  it('select ignores unknown ids', () => {
    const app = make();
    app.select('nope');
    expect(app.selectedId).toBeNull();
  });

  it('setTimeRange keeps only the campaigns of the range visible', () => {
    const app = make();
    app.setTimeRange(yearRange(2013));
    flushSync();
    expect(ids(app.visible)).toEqual([
      'mariage-pour-tous-france',
      'tabloid-ougandais',
      'blocage-loi-transphobe',
    ]);
    expect(app.campaignStatus('reportage-tv9')).toBe('background');
    expect(app.campaignStatus('tabloid-ougandais')).toBe('idle');
  });

  it('selectCountry emphasises the country’s campaigns and toggles off on a second call', () => {
    const app = make();
    app.selectCountry('UGA');
    expect(app.announcement).toBe('Ouganda\u00a0: 2 campagnes');
    expect(app.campaignStatus('tabloid-ougandais')).toBe('active');
    expect(app.campaignStatus('chine-free-the-five')).toBe('background');
    expect([...app.emphasis!.countries]).toEqual(['UGA']);
    app.selectCountry('UGA');
    expect(app.selectedCountry).toBeNull();
    expect(app.campaignStatus('chine-free-the-five')).toBe('idle');
  });

  it('a hover previews the link without changing the selection', () => {
    const app = make();
    app.select('jeux-de-sotchi');
    app.hoverCountry('SWE');
    expect(app.campaignStatus('sterilisation-forcee-suede')).toBe('active');
    expect(app.campaignStatus('jeux-de-sotchi')).toBe('background');
    app.hoverCountry(null);
    expect(app.campaignStatus('jeux-de-sotchi')).toBe('active');
    expect(app.selectedId).toBe('jeux-de-sotchi');
  });

  it('hovering the same country or campaign again keeps the emphasis, so the views do not redraw', () => {
    const app = make();
    app.hoverCountry('UGA');
    const first = app.emphasis;
    app.hoverCountry('UGA');
    expect(app.emphasis).toBe(first);
    app.hoverCampaign('jeux-de-sotchi');
    const second = app.emphasis;
    expect(second).not.toBe(first);
    app.hoverCampaign('jeux-de-sotchi');
    expect(app.emphasis).toBe(second);
    app.hoverCampaign(null);
    expect(app.emphasis).toBeNull();
  });

  it('inView adds up the visible campaigns as totalsOf does, following the filters', () => {
    const app = make();
    const pick = ({ campaigns, people, countries, victories }: Totals) => ({
      campaigns,
      people,
      countries,
      victories,
    });
    expect(app.inView).toEqual(pick(totalsOf(app.campaigns)));
    app.setTimeRange(yearRange(2013));
    expect(app.inView.campaigns).toBeLessThan(13);
    expect(app.inView).toEqual(pick(totalsOf(app.visible)));
    app.setTimeRange(null);
    app.toggleOutcome('victory');
    expect(app.inView).toEqual(pick(totalsOf(app.visible)));
    expect(app.inView.victories).toBe(app.inView.campaigns);
  });

  it('countryRole tells focus countries from target countries of the emphasised campaign', () => {
    const app = make();
    app.select('jeux-de-sotchi');
    expect(app.countryRole('RUS')).toBe('focus');
    expect(app.countryRole('CHE')).toBe('target');
    expect(app.countryRole('FRA')).toBeUndefined();
  });

  it('values count campaigns per country, any role, and people for focus countries only', () => {
    const app = make();
    expect(app.values.get('FRA')).toBe(3);
    expect(app.values.get('UGA')).toBe(2);
    app.setMetric('people');
    // Uganda: 240 000 (anti-gay law) + 85 000 (tabloid).
    expect(app.values.get('UGA')).toBe(325000);
    // Switzerland is only a target (the IOC): no people counted.
    expect(app.values.get('CHE') ?? 0).toBe(0);
  });

  it('search ignores case and accents', () => {
    const app = make();
    app.setQuery('sterilisation');
    expect(ids(app.visible)).toEqual(['sterilisation-forcee-suede']);
    app.setQuery('OUGANDA');
    expect(ids(app.visible)).toContain('ouganda-loi-anti-gay');
  });

  it('theme and outcome filters combine', () => {
    const app = make();
    app.toggleTheme('transidentité');
    expect(ids(app.visible)).toEqual(['sterilisation-forcee-suede', 'blocage-loi-transphobe']);
    app.toggleOutcome('victory');
    expect(app.visible).toHaveLength(2);
    app.toggleOutcome('victory');
    app.toggleOutcome('partial');
    expect(app.visible).toHaveLength(0);
    app.clearFilters();
    expect(app.visible).toHaveLength(13);
  });

  it('step walks the campaigns in date order and stops at the ends', () => {
    const app = make();
    app.select('reportage-tv9');
    app.step(-1);
    expect(app.selectedId).toBe('reportage-tv9');
    app.step(1);
    expect(app.selectedId).toBe('ouganda-loi-anti-gay');
  });

  it('step stays among the visible campaigns when the selection is one of them', () => {
    const app = make();
    app.toggleTheme('transidentité');
    app.select('sterilisation-forcee-suede');
    app.step(1);
    expect(app.selectedId).toBe('blocage-loi-transphobe');
    app.step(1);
    expect(app.selectedId).toBe('blocage-loi-transphobe');
    app.step(-1);
    expect(app.selectedId).toBe('sterilisation-forcee-suede');
    // A hidden selection walks every campaign.
    app.select('reportage-tv9');
    app.step(1);
    expect(app.selectedId).toBe('ouganda-loi-anti-gay');
  });

  it('view and applyView round-trip', () => {
    const app = make();
    app.select('egalite-au-paraguay');
    app.setTimeRange(yearRange(2014));
    app.toggleTheme('santé');
    const other = make();
    other.applyView(app.view);
    expect(other.view).toEqual(app.view);
  });
});

describe('AppState with narratives kept apart (the build’s dataset)', () => {
  const full = raw as Dataset;
  const stripped: Dataset = {
    ...full,
    campaigns: full.campaigns.map((c) => ({ ...c, narrative: [] })),
  };
  const stories = narrativesOf(full);

  it('loads them once, on the first selection, and then gives each campaign its own', async () => {
    const load = vi.fn(async () => stories);
    const app = new AppState(stripped, {}, load);
    const c = app.byId.get('chine-free-the-five')!;
    expect(load).not.toHaveBeenCalled();
    expect(app.narrativeOf(c)).toBeNull();
    app.select(c.id);
    app.select('tabloid-ougandais');
    expect(load).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(app.narrativeOf(c)).toEqual(stories.get(c.id)));
  });

  it('finds the stories of campaigns whose ids are also names of Object.prototype', async () => {
    const [first, second] = full.campaigns;
    const odd = ['constructor', 'prototype'];
    const renamed = full.campaigns.map((c, i) => ({ ...c, id: odd[i] ?? c.id }));
    const apart: Dataset = { ...full, campaigns: renamed.map((c) => ({ ...c, narrative: [] })) };
    const app = new AppState(apart, {}, async () => narrativesOf({ ...full, campaigns: renamed }));
    app.select('constructor');
    const [constructor, prototype] = odd.map((id) => app.byId.get(id)!);
    await vi.waitFor(() => expect(app.narrativeOf(constructor!)).toEqual(first!.narrative));
    expect(app.narrativeOf(prototype!)).toEqual(second!.narrative);
  });

  it('loads them for a campaign in the URL, and for a search in the stories', async () => {
    const load = vi.fn(async () => stories);
    new AppState(stripped, { campaign: 'chine-free-the-five' }, load);
    expect(load).toHaveBeenCalledTimes(1);

    const app = new AppState(stripped, {}, async () => stories);
    app.setQuery('stérilisation');
    // Titles first; the stories join the search when they arrive.
    expect(ids(app.visible)).toEqual(['sterilisation-forcee-suede']);
    // « parlement » is only in a story.
    app.setQuery('parlement');
    await vi.waitFor(() => expect(ids(app.visible)).toEqual(['ouganda-loi-anti-gay']));
  });

  it('starts loading them when a campaign is hovered or focused, before its click', () => {
    const load = vi.fn(async () => stories);
    const app = new AppState(stripped, {}, load);
    app.hoverCountry('UGA');
    app.hoverCampaign(null);
    expect(load).not.toHaveBeenCalled();
    app.hoverCampaign('chine-free-the-five');
    app.hoverCampaign('tabloid-ougandais');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again on the next selection when loading failed', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(stories);
    const app = new AppState(stripped, {}, load);
    app.select('chine-free-the-five');
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await Promise.resolve();
    app.select('tabloid-ougandais');
    await vi.waitFor(() =>
      expect(app.narrativeOf(app.byId.get('tabloid-ougandais')!)).not.toBeNull(),
    );
    expect(load).toHaveBeenCalledTimes(2);
  });
});
