import { fireEvent, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import topology from '../../lib/geo/world-map.json';
import { makeDataset, type CampaignSketch } from '../../../tests/fixtures/make';
import { renderWithApp } from '../../../tests/unit/harness/render';
import { yearRange } from '../../lib/time/range';
import WorldMap from './WorldMap.svelte';

/** Eight countries: Argentine first and Suisse last in French order; Uganda's two campaigns. */
const sketches: CampaignSketch[] = [
  {
    id: 'loi-ouganda',
    title: 'Ouganda : Stopper la loi anti-gay',
    date: '2011-03',
    countries: ['UGA'],
  },
  {
    id: 'tabloid',
    title: 'Contre le pire des tabloïds ougandais',
    date: '2013-03',
    countries: ['UGA', { code: 'FRA', role: 'target' }],
  },
  { id: 'bresil', date: '2012-05', countries: ['BRA'] },
  { id: 'argentine', date: '2010-07', countries: ['ARG'] },
  { id: 'suede', date: '2013-06', countries: ['SWE'] },
  { id: 'paraguay', date: '2015-01', countries: ['PRY'] },
  { id: 'suisse', date: '2014-02', countries: ['CHE', 'USA'] },
  { id: 'usa-1', date: '2016-02', countries: ['USA'] },
  { id: 'usa-2', date: '2017-02', countries: ['USA'] },
];
const dataset = makeDataset(sketches);
const drawn = 8;

/** Uganda in `count` campaigns, the United States in eleven. */
const crowded = (count: number) =>
  makeDataset([
    ...Array.from({ length: count }, (_, i) => ({ id: `uga-${i}`, countries: ['UGA'] })),
    ...Array.from({ length: 11 }, (_, i) => ({ id: `usa-${i}`, countries: ['USA'] })),
  ]);

const renderSmall = (props: Record<string, unknown> = {}) =>
  renderWithApp(WorldMap, props, undefined, dataset);

/** The map as a reader finds it: countries without campaigns come a task later. */
async function renderMap() {
  const result = renderSmall({ topology });
  await tick();
  await new Promise((resolve) => setTimeout(resolve));
  await tick();
  return result;
}

const countries = () => [...document.querySelectorAll<SVGPathElement>('path[data-code]')];

/** A lazy piece's first import is compiled on the spot, slowly on a cold cache. */
const LOADED = { timeout: 10_000 };

describe('WorldMap', () => {
  it('makes the countries with campaigns reachable, named with their campaign count', async () => {
    await renderMap();
    expect(countries()).toHaveLength(drawn);
    const named = screen.getAllByRole('button', { name: /, \d+ campagnes?$/ });
    expect(named).toHaveLength(drawn);
    expect(named.map((b) => b.getAttribute('aria-label'))).toEqual(
      expect.arrayContaining([
        'Ouganda, 2 campagnes',
        'France, 1 campagne',
        'États-Unis, 3 campagnes',
        'Suisse, 1 campagne',
      ]),
    );
  });

  it('is one Tab stop, in French alphabetical order; arrows move and Enter selects', async () => {
    const { app } = await renderMap();
    const inOrder = countries().filter((p) => p.getAttribute('tabindex') === '0');
    expect(inOrder.map((p) => p.dataset.code)).toEqual(['ARG']); // Argentine comes first
    inOrder[0]!.focus();
    await fireEvent.keyDown(inOrder[0]!, { key: 'ArrowRight' });
    expect((document.activeElement as SVGElement).dataset.code).toBe('BRA'); // Brésil
    await fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(app.selection.country).toBe('BRA');
    await fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(app.selection.country).toBeNull();
  });

  it('draws the countries with campaigns at once and the others in a later task', async () => {
    renderSmall({ topology });
    await tick();
    expect(countries()).toHaveLength(drawn);
    expect(document.querySelectorAll('path.country[aria-hidden="true"]')).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve));
    await tick();
    expect(document.querySelectorAll('path.country[aria-hidden="true"]').length).toBeGreaterThan(
      150,
    );
    // Under the others' borders: every decorative path comes before the first reachable one.
    const all = [...document.querySelectorAll('path.country')];
    expect(all.findIndex((p) => p.hasAttribute('data-code'))).toBe(all.length - drawn);
  });

  it('keeps countries without campaigns out of the tab order and of the accessibility tree', async () => {
    await renderMap();
    const decorative = document.querySelectorAll('path.country[aria-hidden="true"]');
    expect(decorative.length).toBeGreaterThan(150);
    expect([...decorative].some((p) => p.hasAttribute('tabindex'))).toBe(false);
  });

  it('lists the selected country’s campaigns to pick from', async () => {
    const { app } = await renderMap();
    await fireEvent.click(screen.getByRole('button', { name: 'Ouganda, 2 campagnes' }));
    // The popup loads with the first country chosen.
    const popup = await screen.findByRole(
      'region',
      { name: 'Campagnes liées à l’Ouganda' },
      LOADED,
    );
    const buttons = popup.querySelectorAll('li button');
    expect([...buttons].map((b) => b.textContent)).toEqual([
      'Ouganda\u00a0: Stopper la loi anti-gay, mars 2011',
      'Contre le pire des tabloïds ougandais, mars 2013',
    ]);
    await fireEvent.click(buttons[1]!);
    expect(app.selection.id).toBe('tabloid');
  });

  it('closes the country’s campaigns with « Désélectionner le pays »', async () => {
    const { app } = await renderMap();
    await fireEvent.click(screen.getByRole('button', { name: 'Ouganda, 2 campagnes' }));
    await fireEvent.click(
      await screen.findByRole('button', { name: 'Désélectionner le pays' }, LOADED),
    );
    expect(app.selection.country).toBeNull();
    expect(screen.queryByRole('region', { name: 'Campagnes liées à l’Ouganda' })).toBeNull();
  });

  it('lists a country’s many campaigns ten at first, fifty more on request', async () => {
    const { app } = renderWithApp(WorldMap, { topology }, undefined, crowded(20));
    await tick();
    app.selectCountry('UGA');
    await tick();
    const popup = await screen.findByRole(
      'region',
      { name: 'Campagnes liées à l’Ouganda' },
      LOADED,
    );
    const items = () => popup.querySelectorAll('li button').length;
    expect(items()).toBe(10);
    expect(popup.textContent).toContain('10 premières sur 20');
    await fireEvent.click(screen.getByRole('button', { name: 'Afficher 10 campagnes de plus' }));
    expect(items()).toBe(20);
    expect(screen.queryByRole('button', { name: /^Afficher/ })).toBeNull();
    // Another country starts again at ten.
    app.selectCountry('USA');
    await tick();
    expect(
      screen
        .getByRole('region', { name: 'Campagnes liées aux États-Unis' })
        .querySelectorAll('li button').length,
    ).toBe(10);
  });

  it('switches the legend with the metric', async () => {
    const { app } = await renderMap();
    const key = (title: RegExp) =>
      [...screen.getByRole('list', { name: title }).children].map((li) => li.textContent);
    expect(key(/^Campagnes liées au pays/)).toEqual([
      'Aucune campagne',
      '1 campagne',
      '2 campagnes',
      '3 campagnes et plus',
    ]);
    await fireEvent.click(screen.getByRole('radio', { name: 'Personnes mobilisées' }));
    expect(app.display.metric).toBe('people');
    expect(key(/^Personnes mobilisées/).at(-1)).toBe('1 million et plus');
  });

  it('on the people map, stripes the countries whose campaigns in view credit them no figure, and says so', async () => {
    const { app } = await renderMap();
    await fireEvent.click(screen.getByRole('radio', { name: 'Personnes mobilisées' }));
    // No campaign of the small dataset has a figure: every country with campaigns is « sans chiffre ».
    const usa = countries().find((p) => p.dataset.code === 'USA')!;
    expect(usa.classList.contains('tone-6')).toBe(true);
    expect(document.querySelector('pattern#no-figure-map')).not.toBeNull();
    const key = [...screen.getByRole('list', { name: /^Personnes mobilisées/ }).children];
    expect(key.map((li) => li.textContent).slice(0, 2)).toEqual([
      'Aucune campagne',
      'Campagnes sans chiffre',
    ]);
    expect(key[1]!.querySelector('.swatch')?.classList.contains('tone-6')).toBe(true);
    screen.getByRole('button', { name: 'États-Unis, 3 campagnes' }).focus();
    expect((await screen.findByRole('tooltip')).textContent).toContain(
      '3 campagnes, sans chiffre de mobilisation',
    );
    // Filtered out, a country is again « Aucune campagne ».
    app.setTimeRange(yearRange(2010, 2012));
    await tick();
    expect(usa.classList.contains('tone-0')).toBe(true);
  });

  it('colours countries by class, the neutral tone for those without campaigns', async () => {
    await renderMap();
    const usa = countries().find((p) => p.dataset.code === 'USA')!;
    expect(usa.classList.contains('tone-5')).toBe(true);
    const others = [...document.querySelectorAll('path.country[aria-hidden="true"]')];
    expect(others.length).toBeGreaterThan(150);
    expect(others.filter((p) => !p.classList.contains('tone-0'))).toEqual([]);
  });

  it('wraps around with the arrows and jumps with Home and End', async () => {
    await renderMap();
    const first = countries().find((p) => p.getAttribute('tabindex') === '0')!;
    first.focus();
    await fireEvent.keyDown(first, { key: 'ArrowLeft' });
    const last = document.activeElement as SVGElement;
    expect(last.dataset.code).toBe('CHE'); // Suisse comes last
    expect(last.getAttribute('tabindex')).toBe('0');
    expect(first.getAttribute('tabindex')).toBe('-1');
    await fireEvent.keyDown(last, { key: 'Home' });
    expect((document.activeElement as SVGElement).dataset.code).toBe('ARG');
    await fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect((document.activeElement as SVGElement).dataset.code).toBe('CHE');
  });

  it('shows the focused country’s name, value and campaigns in a tooltip', async () => {
    const { app } = await renderMap();
    const uganda = screen.getByRole('button', { name: 'Ouganda, 2 campagnes' });
    uganda.focus();
    // It loads with the first hover or focus.
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip.textContent).toMatch(/^Ouganda/);
    expect(tooltip.textContent).toContain('2 campagnes');
    expect(tooltip.textContent).toContain('Ouganda\u00a0: Stopper la loi anti-gay, mars 2011');
    expect(app.selection.hovered).toEqual({ kind: 'country', code: 'UGA' });
    uganda.blur();
    await tick();
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(app.selection.hovered).toBeNull();
  });

  it('leaves the linked highlight alone when the pointer crosses a country without campaigns', async () => {
    const { app } = await renderMap();
    await fireEvent.pointerMove(document.querySelector('path[data-code="UGA"]')!);
    expect(app.selection.hovered).toEqual({ kind: 'country', code: 'UGA' });
    // Above the veil that dims the rest: Uganda, not Brazil.
    expect(document.querySelector('path.veil')?.nextElementSibling).toHaveAttribute(
      'data-lit',
      'UGA',
    );
    expect(document.querySelector('path[data-lit="BRA"]')).toBeNull();
    await fireEvent.pointerMove(document.querySelector('path.country[aria-hidden="true"]')!);
    expect(app.selection.hovered).toBeNull();
  });

  it('says so when the map cannot be drawn', async () => {
    renderSmall({ topology: '<html>not a map</html>' });
    await tick();
    expect(screen.getByRole('status').textContent).toMatch(/La carte n’a pas pu être chargée/);
  });

  describe('in the browser', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('fetches the shapes as a separate file', async () => {
      const fetch = vi.fn(async () => new Response(JSON.stringify(topology)));
      vi.stubGlobal('fetch', fetch);
      renderSmall();
      expect(fetch).toHaveBeenCalledWith(expect.stringMatching(/world-map\.json/));
      await vi.waitFor(() => expect(countries()).toHaveLength(drawn));
    });

    it('loads the full-detail shapes only once the reader zooms in', async () => {
      const fetch = vi.fn(async () => new Response(JSON.stringify(topology)));
      vi.stubGlobal('fetch', fetch);
      renderSmall();
      await vi.waitFor(() => expect(countries()).toHaveLength(drawn));
      expect(fetch).toHaveBeenCalledTimes(1);
      await fireEvent.click(screen.getByRole('button', { name: 'Zoomer' }));
      await vi.waitFor(() =>
        expect(fetch).toHaveBeenLastCalledWith(expect.stringMatching(/world-map-fine/)),
      );
      await fireEvent.click(screen.getByRole('button', { name: 'Zoomer' }));
      await tick();
      expect(fetch).toHaveBeenCalledTimes(2);
    });

    it('keeps the reader’s zoom when the detailed map arrives after a campaign was framed', async () => {
      let arrive: (response: Response) => void = () => {};
      const fine = new Promise<Response>((resolve) => (arrive = resolve));
      const fetch = vi.fn(async (url: string) =>
        /world-map-fine/.test(url) ? fine : new Response(JSON.stringify(topology)),
      );
      vi.stubGlobal('fetch', fetch);
      const { app } = renderSmall();
      await vi.waitFor(() => expect(countries()).toHaveLength(drawn));
      const layer = document.querySelector('.frame svg > g')!;
      app.select('suede');
      await tick();
      // Framed on Sweden, close enough for the detailed map to be asked for.
      expect(layer.getAttribute('transform')).toMatch(/scale\([4-8](\.\d+)?\)$/);
      expect(fetch).toHaveBeenLastCalledWith(expect.stringMatching(/world-map-fine/));
      // The reader goes back to the whole world before the detailed map arrives.
      await fireEvent.click(screen.getByRole('button', { name: 'Vue du monde entier' }));
      await vi.waitFor(() =>
        expect(layer.getAttribute('transform')).toBe('translate(0,0) scale(1)'),
      );
      arrive(new Response(JSON.stringify(topology)));
      await new Promise((resolve) => setTimeout(resolve, 50));
      await tick();
      expect(layer.getAttribute('transform')).toBe('translate(0,0) scale(1)');
      // Another campaign is framed as before.
      app.select('paraguay');
      await tick();
      expect(layer.getAttribute('transform')).not.toBe('translate(0,0) scale(1)');
    });

    it('shows the message, without an error, when the request fails', async () => {
      vi.stubGlobal(
        'fetch',
        vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
      );
      const error = vi.spyOn(console, 'error');
      renderSmall();
      await vi.waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/pas pu/));
      expect(error).not.toHaveBeenCalled();
    });
  });
});
